import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import { analyse } from '../analyse/analyse.js'
import { defaultLexicon } from '../analyse/lexicon.js'
import { alignCorpus } from '../pipeline.js'
import { reportFiles } from '../render/report.js'
import type { ReportInput } from '../render/view-model.js'
import { defaultThreads, loadCorpusParallel } from '../workers/load-parallel.js'
import { fullGc } from '../cli/full-gc.js'
import { boundHeapGrowth } from '../cli/heap-growth.js'
import { crossPairScores } from './align.js'
import { writeSyntheticFiles, type PostRef } from './synthetic-files.js'

/** Options of `runBench`; every field is optional. */
export interface BenchOptions {
  /** Accounts in the synthetic corpus. @default 2000 */
  accounts?: number
  /** Threads loading files, this one included (see `loadCorpusParallel`). @default `defaultThreads` of the corpus */
  workers?: number
  /** PRNG seed of the corpus. @default 20240610 */
  seed?: number
  /** Where to write the corpus; a fresh temp folder (removed afterwards) when not given. @default none */
  dir?: string
}

/** The figures of one bench run. Seconds are wall-clock; MB are 10^6 bytes. */
export interface BenchResult {
  accounts: number
  /** Accounts the pipeline produced (fewer than `accounts` if some were rejected). */
  accountsLoaded: number
  files: number
  inputMb: number
  /** Seconds from the first file read to the end of analysis. */
  endToEndSeconds: number
  accountsPerSec: number
  mbPerSec: number
  loadSeconds: number
  /** Full garbage collections after loading, alignment and analysis (the first two fall inside the end-to-end time). */
  gcSeconds: number
  alignSeconds: number
  analyseSeconds: number
  /** Every file of the report made (not written). */
  renderSeconds: number
  pairPages: number
  /** Making one pair page: its data (sentences, diffs, themes) and its HTML. */
  msPerPairPage: number | null
  peakRssMb: number
  /** The RSS target: 3 × input + 300 MB. */
  rssBudgetMb: number
  events: number
  pairedEvents: number
  truePairs: number
  pairPrecision: number
  pairRecall: number
  errors: number
  warnings: number
  winkMbPerSec: number
  regexMbPerSec: number
  /** End-to-end MB/s over wink-nlp tokenization MB/s, both on the same bytes in this run. */
  ratioVsWink: number
  ratioVsRegex: number
  /** Threads asked for with `--workers`, or null for the default. */
  workers: number | null
  /** Threads that loaded the files: `workers`, or `defaultThreads` of the corpus. */
  threads: number
  seed: number
}

/**
 * Generates a synthetic corpus on disk and times the pipeline on it: loading on this thread and worker threads, align,
 * analyse, then rendering (view model, index, pair pages); then two baselines over the same bytes in
 * this thread: wink-nlp tokenization (`winkNLP(model, [])`, `readDoc(text).tokens().out()` per
 * account) and a regex word count into a Map. Pair precision and recall are measured against the
 * generator's truth. Timings depend on the machine's load: compare runs made on an idle machine.
 */
export async function runBench(options: BenchOptions = {}): Promise<BenchResult> {
  const seed = options.seed ?? 20240610
  const accounts = options.accounts ?? 2000
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), 'parallax-bench-')))
  try {
    const corpus = await writeSyntheticFiles(dir, { accounts, seed })
    return await measure(corpus, options.workers ?? null, seed)
  } finally {
    if (!options.dir) await rm(dir, { recursive: true, force: true })
  }
}

async function measure(generated: Awaited<ReturnType<typeof writeSyntheticFiles>>, workers: number | null, seed: number): Promise<BenchResult> {
  // Collections between stages as the CLI makes them (see CliIo.betweenStages): timed apart from the
  // stages, and counted in the end-to-end time.
  const collect = fullGc()
  let gcSeconds = 0
  const betweenStages = () => {
    const start = performance.now()
    collect()
    gcSeconds += (performance.now() - start) / 1000
  }
  // The generator's garbage is not the pipeline's: start from a collected heap, as the CLI starts from a fresh one.
  collect()
  const rss = rssSampler()
  const t0 = performance.now()
  const threads = workers ?? defaultThreads(generated.files.map((file) => join(generated.corpusDir, file)))
  const corpus = await loadCorpusParallel([generated.corpusDir], { workers: threads })
  const t1 = performance.now()
  betweenStages()
  const t1b = performance.now()
  const aligned = alignCorpus(corpus)
  const t2 = performance.now()
  betweenStages()
  const t2b = performance.now()
  const analysis = analyse(corpus.accounts, aligned.events, defaultLexicon())
  const t3 = performance.now()
  betweenStages()
  const render = renderTimes({ ...corpus, events: aligned.events, analysis, lexiconName: 'built-in' })
  const peakRssMb = rss.stop()

  const idOf = new Map(corpus.accounts.map((a) => [`${a.source.name}#${a.n}`, a.id]))
  const key = (ref: PostRef) => idOf.get(`${ref.file.slice(ref.file.lastIndexOf('/') + 1)}#${ref.n}`) ?? `missing:${ref.file}#${ref.n}`
  const truth = { crossPairs: generated.crossPairs.map(([ru, cn]): [string, string] => [key(ru), key(cn)]), sameSideGroups: [] }
  const predicted = aligned.events.flatMap((e) => e.ru.flatMap((r) => e.cn.map((c): [string, string] => [r, c])))
  const scores = crossPairScores(predicted, truth)

  const inputMb = generated.bytes / 1e6
  const texts = () => accountTexts(generated.corpusDir, generated.files)
  const wink = await baseline(texts, winkTokens())
  const regex = await baseline(texts, regexCount())
  const endToEnd = (t3 - t0) / 1000
  const mbPerSec = inputMb / endToEnd
  const diagnostics = [...corpus.diagnostics, ...aligned.diagnostics]
  return {
    accounts: generated.accounts,
    accountsLoaded: corpus.accounts.length,
    files: generated.files.length,
    inputMb,
    endToEndSeconds: endToEnd,
    accountsPerSec: corpus.accounts.length / endToEnd,
    mbPerSec,
    loadSeconds: (t1 - t0) / 1000,
    alignSeconds: (t2 - t1b) / 1000,
    analyseSeconds: (t3 - t2b) / 1000,
    gcSeconds,
    ...render,
    peakRssMb,
    rssBudgetMb: 3 * inputMb + 300,
    events: aligned.events.length,
    pairedEvents: aligned.events.filter((e) => e.ru.length > 0 && e.cn.length > 0).length,
    truePairs: truth.crossPairs.length,
    pairPrecision: scores.precision,
    pairRecall: scores.recall,
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    winkMbPerSec: inputMb / wink,
    regexMbPerSec: inputMb / regex,
    ratioVsWink: mbPerSec / (inputMb / wink),
    ratioVsRegex: mbPerSec / (inputMb / regex),
    workers,
    threads,
    seed,
  }
}

type RenderFigures = Pick<BenchResult, 'renderSeconds' | 'pairPages' | 'msPerPairPage'>

/**
 * Renders the whole report as the CLI's `report` does (every page, data.json and terms.csv, each file
 * made when asked for), without writing it. A pair page's time is that of building its data and its
 * HTML: the time between the files before and after it.
 */
function renderTimes(input: ReportInput): RenderFigures {
  const start = performance.now()
  let last = start
  let pairPages = 0
  let pairMs = 0
  for (const file of reportFiles(input)) {
    if (typeof file.content !== 'string') for (const _piece of file.content);
    const now = performance.now()
    if (file.path.startsWith('pairs/')) {
      pairPages++
      pairMs += now - last
    }
    last = now
  }
  return { renderSeconds: (last - start) / 1000, pairPages, msPerPairPage: pairPages > 0 ? pairMs / pairPages : null }
}

/** Peak RSS in MB: sampled every 20 ms (while the event loop runs) and the kernel's high-water mark. */
function rssSampler(): { stop: () => number } {
  let peak = process.memoryUsage().rss
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 20)
  timer.unref()
  return {
    stop() {
      clearInterval(timer)
      return Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024) / 1e6
    },
  }
}

/** The raw text of each account, file by file: a Telegram dump cut at its "Forwarded from" lines, a page whole. */
async function* accountTexts(dir: string, files: readonly string[]): AsyncGenerator<string> {
  for (const file of files) {
    const text = await readFile(join(dir, file), 'utf8')
    if (!text.startsWith('Forwarded from')) {
      yield text
      continue
    }
    for (const post of text.split(/\n(?=Forwarded from )/)) yield post
  }
}

/** Seconds to read every file and run `work` over each account's text. */
async function baseline(texts: () => AsyncGenerator<string>, work: (text: string) => void): Promise<number> {
  const start = performance.now()
  for await (const text of texts()) work(text)
  return (performance.now() - start) / 1000
}

function winkTokens(): (text: string) => void {
  // Model loading (~100 ms) is left out of the baseline's time: only tokenizing is timed.
  const nlp = winkNLP(model, [])
  let sink = 0
  return (text) => {
    sink += nlp.readDoc(text).tokens().out().length
    if (sink < 0) throw new Error('unreachable')
  }
}

function regexCount(): (text: string) => void {
  const word = /[\p{L}\p{N}]+/gu
  const counts = new Map<string, number>()
  return (text) => {
    for (const m of text.matchAll(word)) {
      const w = m[0].toLowerCase()
      counts.set(w, (counts.get(w) ?? 0) + 1)
    }
  }
}

/** The figures as text, one line each, with the targets of issue 7 checked. */
export function formatBench(r: BenchResult): string[] {
  const s = (x: number | null, digits = 2) => (x === null ? 'n/a' : x.toFixed(digits))
  const check = (ok: boolean) => (ok ? 'ok' : 'MISSED')
  const lines = [
    `accounts: ${r.accounts} (${r.accountsLoaded} loaded from ${r.files} files; ${r.errors} errors, ${r.warnings} warnings)`,
    `input: ${s(r.inputMb)} MB`,
    `end-to-end (ingest → analysis): ${s(r.endToEndSeconds)} s, ${s(r.accountsPerSec, 0)} accounts/s, ${s(r.mbPerSec)} MB/s`,
    `load (read, segment, extract on ${r.threads} ${r.threads === 1 ? 'thread' : 'threads'}): ${s(r.loadSeconds)} s`,
    `garbage collections after loading, alignment and analysis: ${s(r.gcSeconds)} s`,
    `alignment: ${s(r.alignSeconds)} s (${r.events} events, ${r.pairedEvents} told by both sides)`,
    `analysis: ${s(r.analyseSeconds)} s`,
    r.renderSeconds === null
      ? 'render: n/a'
      : `render (${r.pairPages} pair pages, list pages, index, data.json, terms.csv; not written): ${s(r.renderSeconds)} s, ${s(r.msPerPairPage)} ms per pair page`,
    `peak RSS: ${s(r.peakRssMb, 0)} MB (budget 3 × input + 300 = ${s(r.rssBudgetMb, 0)} MB)`,
    `pairs vs truth: precision ${s(100 * r.pairPrecision, 1)}%, recall ${s(100 * r.pairRecall, 1)}% (${r.truePairs} true pairs)`,
    `baseline wink-nlp tokenization (1 thread): ${s(r.winkMbPerSec)} MB/s`,
    `baseline regex word count (1 thread): ${s(r.regexMbPerSec)} MB/s`,
    `ratio vs wink: ${s(r.ratioVsWink)}× (vs regex ${s(r.ratioVsRegex)}×)`,
    `target end-to-end ≥ 1.0× wink: ${check(r.ratioVsWink >= 1)}`,
    `target peak RSS ≤ 3 × input + 300 MB: ${check(r.peakRssMb <= r.rssBudgetMb)}`,
  ]
  if (r.msPerPairPage !== null) lines.push(`target pair page < 20 ms: ${check(r.msPerPairPage < 20)}`)
  if (r.accounts >= 100_000) lines.push(`target ${r.accounts} accounts aligned < 5 s: ${check(r.alignSeconds < 5)}`)
  return lines
}

function positiveInteger(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value.replace(/_/g, ''))
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name}: expected a positive integer, found "${value}"`)
  return n
}

async function main(argv: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        accounts: { type: 'string' },
        workers: { type: 'string' },
        seed: { type: 'string' },
        dir: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    })
    const accounts = positiveInteger('accounts', parsed.values.accounts)
    const workers = positiveInteger('workers', parsed.values.workers)
    const seed = positiveInteger('seed', parsed.values.seed)
    const result = await runBench({
      ...(accounts === undefined ? {} : { accounts }),
      ...(workers === undefined ? {} : { workers }),
      ...(seed === undefined ? {} : { seed }),
      ...(parsed.values.dir === undefined ? {} : { dir: parsed.values.dir }),
    })
    process.stdout.write(parsed.values.json ? `${JSON.stringify(result)}\n` : `${formatBench(result).join('\n')}\n`)
    return 0
  } catch (error) {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`)
    return 2
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // As the CLI runs: the bench measures what an analyst's `parallax report` would use.
  boundHeapGrowth()
  process.exitCode = await main(process.argv.slice(2))
}
