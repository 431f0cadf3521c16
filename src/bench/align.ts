import { availableParallelism, loadavg } from 'node:os'
import { pathToFileURL } from 'node:url'
import { alignAccounts } from '../align/align-accounts.js'
import { leadText } from '../align/features.js'
import { alignDefaults } from '../align/options.js'
import { buildTextModel, contentTerms, cosine } from '../align/text-similarity.js'
import type { AlignedEvent } from '../types.js'
import { syntheticAccounts, type SyntheticCorpus } from './synthetic-accounts.js'

export interface AlignBenchOptions {
  /** Corpus sizes to time alignment at. @default [10_000, 100_000] */
  sizes?: number[]
  /** Size for the all-pairs baselines. @default 10_000 */
  baselineSize?: number
  /** Wall-clock budget for each baseline; past it, the rest is extrapolated from the rows done. @default 20_000 ms */
  baselineBudgetMs?: number
  /** Cosine at or above which a baseline pairs a Russian account with its best Chinese match. @default 0.3 */
  baselineThreshold?: number
  /** Runs per size up to 20,000 accounts, of which the median is reported. @default 3 */
  repeat?: number
  /** PRNG seed of the synthetic corpus. @default 20240610 */
  seed?: number
  /** Where each result line goes. @default console.log */
  log?: (line: string) => void
}

export interface AlignBenchRun {
  accounts: number
  ms: number
  cpuMs: number
  events: number
  precision: number
  recall: number
}

export interface AlignBenchResult {
  runs: AlignBenchRun[]
  baselines: BaselineResult[]
  /** Wall time at the largest size over wall time at the smallest. */
  growth: number
  /** Each baseline's time over alignment time at the baseline's size (null when that size was not aligned). */
  speedup: Record<string, number> | null
}

/** Precision and recall of cross-side pairs (every ru × cn account pair of an event) against the truth. */
export function crossPairScores(predicted: Iterable<readonly [string, string]>, truth: SyntheticCorpus['truth']): { precision: number; recall: number } {
  const gold = new Set(truth.crossPairs.map(([a, b]) => `${a}|${b}`))
  let found = 0
  let right = 0
  for (const [a, b] of predicted) {
    found++
    if (gold.has(`${a}|${b}`)) right++
  }
  return { precision: found ? right / found : 1, recall: gold.size ? right / gold.size : 1 }
}

function eventPairs(events: readonly AlignedEvent[]): [string, string][] {
  return events.flatMap((e) => e.ru.flatMap((r) => e.cn.map((c): [string, string] => [r, c])))
}

const format = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`)
const pct = (x: number) => `${(100 * x).toFixed(1)}%`

/** What a baseline run measured. */
export interface BaselineResult {
  name: string
  accounts: number
  ms: number
  extrapolated: boolean
  rowsTimed: number
  rows: number
  precision: number
  recall: number
}

/**
 * All-pairs baselines: TF-IDF over every account, the cosine of every Russian account with every
 * Chinese one, each Russian account paired with its best Chinese match at or above `threshold`.
 * No blocking, no other signal.
 * - `naive`: the textbook implementation, each vector a `Map` from term to weight, the cosine
 *   iterating one map and looking terms up in the other (what `natural`'s TfIdf documents hold).
 * - `flat`: the aligner's own vectors and merge cosine, so the difference is blocking alone.
 * Past `budgetMs` the rows left are extrapolated from the rows done (said so in the result).
 */
export function allPairsBaseline(corpus: SyntheticCorpus, kind: 'naive' | 'flat', threshold: number, budgetMs: number): BaselineResult {
  const start = performance.now()
  const texts = corpus.accounts.map((a) => leadText(a, alignDefaults.textChars))
  let score: (i: number, j: number) => number
  if (kind === 'flat') {
    const model = buildTextModel(texts)
    score = (i, j) => cosine(model.vectors[i]!, model.vectors[j]!)
  } else {
    const counts = texts.map((text) => {
      const tf = new Map<string, number>()
      for (const term of contentTerms(text)) tf.set(term, (tf.get(term) ?? 0) + 1)
      return tf
    })
    const df = new Map<string, number>()
    for (const tf of counts) for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1)
    const vectors = counts.map((tf) => {
      const vector = new Map<string, number>()
      let norm = 0
      for (const [term, count] of tf) {
        const w = (1 + Math.log(count)) * (Math.log((1 + texts.length) / (1 + (df.get(term) ?? 0))) + 1)
        vector.set(term, w)
        norm += w * w
      }
      norm = Math.sqrt(norm) || 1
      for (const [term, w] of vector) vector.set(term, w / norm)
      return vector
    })
    score = (i, j) => {
      let sum = 0
      for (const [term, w] of vectors[i]!) sum += w * (vectors[j]!.get(term) ?? 0)
      return sum
    }
  }
  const ru = corpus.accounts.flatMap((a, i) => (a.side.value === 'ru' ? [i] : []))
  const cn = corpus.accounts.flatMap((a, i) => (a.side.value === 'cn' ? [i] : []))
  const pairs: [string, string][] = []
  let rowsTimed = 0
  const rowsStart = performance.now()
  const buildMs = rowsStart - start
  for (const i of ru) {
    let best = -1
    let bestScore = threshold
    for (const j of cn) {
      const s = score(i, j)
      if (s >= bestScore) {
        bestScore = s
        best = j
      }
    }
    if (best >= 0) pairs.push([corpus.accounts[i]!.id, corpus.accounts[best]!.id])
    rowsTimed++
    if (performance.now() - start > budgetMs) break
  }
  const rowsMs = performance.now() - rowsStart
  const ms = buildMs + (rowsMs / rowsTimed) * ru.length
  // Recall over the rows done, so a sampled run still gives a fair estimate.
  const doneRu = new Set(ru.slice(0, rowsTimed).map((i) => corpus.accounts[i]!.id))
  const truth = { ...corpus.truth, crossPairs: corpus.truth.crossPairs.filter(([a]) => doneRu.has(a)) }
  return { name: kind, accounts: corpus.accounts.length, ms, extrapolated: rowsTimed < ru.length, rowsTimed, rows: ru.length, ...crossPairScores(pairs, truth) }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

/**
 * Times `alignAccounts` on synthetic corpora (wall and CPU time; the median of `repeat` runs at
 * sizes up to 20,000, one run above) and the all-pairs baselines; prints one line per figure.
 */
export function runAlignBench(options: AlignBenchOptions = {}): AlignBenchResult {
  const sizes = options.sizes ?? [10_000, 100_000]
  const baselineSize = options.baselineSize ?? 10_000
  const log = options.log ?? ((line: string) => console.log(line))
  const seed = options.seed ?? 20240610
  const threshold = options.baselineThreshold ?? 0.3
  const budget = options.baselineBudgetMs ?? 20_000
  const repeat = options.repeat ?? 3

  // Wall time on a shared machine includes waiting for a core: say how busy it was.
  const [load] = loadavg()
  log(`machine: ${availableParallelism()} cores, load average ${load!.toFixed(2)} over the last minute (wall times include waiting for a core; CPU times less so)`)

  // Warm-up, so the first timed size does not pay for JIT compilation.
  alignAccounts(syntheticAccounts(5_000, { seed: seed + 1 }).accounts)

  const runs: AlignBenchRun[] = []
  for (const size of sizes) {
    const corpus = syntheticAccounts(size, { seed })
    const timings: { ms: number; cpuMs: number }[] = []
    let events: AlignedEvent[] = []
    for (let k = 0; k < (size <= 20_000 ? repeat : 1); k++) {
      const cpu = process.cpuUsage()
      const start = performance.now()
      events = alignAccounts(corpus.accounts).events
      const used = process.cpuUsage(cpu)
      timings.push({ ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 })
    }
    const ms = median(timings.map((t) => t.ms))
    const cpuMs = median(timings.map((t) => t.cpuMs))
    const scores = crossPairScores(eventPairs(events), corpus.truth)
    runs.push({ accounts: size, ms, cpuMs, events: events.length, ...scores })
    const how = timings.length > 1 ? `median of ${timings.length} runs` : 'one run'
    log(`align: ${size} accounts in ${format(ms)} wall, ${format(cpuMs)} CPU (${how}; ${Math.round(size / (ms / 1000))} accounts/s; ${events.length} events)`)
    log(`align: ${size} accounts: cross-side pairs precision ${pct(scores.precision)}, recall ${pct(scores.recall)} (${corpus.truth.crossPairs.length} true pairs)`)
  }
  const first = runs[0]!
  const last = runs[runs.length - 1]!
  const growth = last.ms / first.ms
  if (runs.length > 1) log(`align: time ×${growth.toFixed(1)} from ${first.accounts} to ${last.accounts} accounts (×${(last.accounts / first.accounts).toFixed(0)} accounts)`)

  const baselineCorpus = syntheticAccounts(baselineSize, { seed })
  const aligned = runs.find((r) => r.accounts === baselineSize)
  const baselines: BaselineResult[] = []
  for (const kind of ['naive', 'flat'] as const) {
    const baseline = allPairsBaseline(baselineCorpus, kind, threshold, budget)
    baselines.push(baseline)
    const label = kind === 'naive' ? 'naive all-pairs TF-IDF cosine (Map vectors)' : 'all-pairs TF-IDF cosine with the aligner\'s flat vectors'
    const how = baseline.extrapolated ? `extrapolated from ${baseline.rowsTimed} of ${baseline.rows} ru rows` : `all ${baseline.rows} ru rows × cn`
    log(`baseline ${kind}: ${label}, ${baselineSize} accounts in ${format(baseline.ms)} (${how})`)
    log(`baseline ${kind}: cross-side pairs precision ${pct(baseline.precision)}, recall ${pct(baseline.recall)} (best match ≥ ${threshold}${baseline.extrapolated ? ', over the rows done' : ''})`)
    if (aligned) log(`align vs baseline ${kind} at ${baselineSize} accounts: ×${(baseline.ms / aligned.ms).toFixed(0)} faster`)
  }
  const speedup = aligned ? Object.fromEntries(baselines.map((b) => [b.name, b.ms / aligned.ms])) : null
  return { runs, baselines, growth, speedup }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runAlignBench()
  console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`)
}
