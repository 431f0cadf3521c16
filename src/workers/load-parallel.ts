import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { basename } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { listInputs, type InputEntry } from '../ingest/read-input.js'
import { unusedSideOverrides, type Corpus, type PipelineOptions } from '../pipeline.js'
import { idPrefixes } from '../segment/segment-document.js'
import type { Diagnostic, Side, Source } from '../types.js'
import { loadFile, type FileResult, type FileTask } from './load-file.js'
import type { WorkerReply } from './worker.js'

/** Options of `loadCorpusParallel`: the pipeline's, and how many threads to use. */
export interface ParallelOptions extends PipelineOptions {
  /**
   * Worker threads reading, segmenting and extracting files; capped at the number of files. With 1
   * (or a single file) everything runs in this thread. @default os.availableParallelism()
   */
  workers?: number
}

/** The compiled worker; missing when the library runs from its TypeScript sources (under vitest). */
const WORKER_SCRIPT = new URL('./worker.js', import.meta.url)

/** The path of the worker script `loadCorpusParallel` starts, or null when it will work in this thread. */
export function workerScriptPath(): string | null {
  const path = fileURLToPath(WORKER_SCRIPT)
  return existsSync(path) ? path : null
}

/**
 * `loadCorpus` with the per-file work (read → segment → extract) spread over worker threads. Gives the
 * same corpus as `loadCorpus` (accounts and diagnostics equal, in file order then post order): files go
 * out one at a time to whichever worker is free and the results are put back in input order. Only the
 * workers hold a file's bytes, one file each at a time; this thread holds the accounts.
 *
 * `onProgress(done, total, file)` is called as files finish, in the order they finish, with `total` the
 * number of input files (`loadCorpus` counts only the files it could read). Runs in this thread when the
 * compiled worker script is missing (running from `src/`). Throws on a `workers` that is not a positive
 * integer, and when a worker fails (an exception in segment or extract, as `loadCorpus` would throw).
 */
export async function loadCorpusParallel(paths: readonly string[], options: ParallelOptions = {}): Promise<Corpus> {
  const requested = options.workers ?? availableParallelism()
  if (!Number.isInteger(requested) || requested < 1) {
    throw new Error(`loadCorpusParallel: expected workers to be a positive integer, found ${String(options.workers)}`)
  }
  const entries = await listInputs(paths)
  const files = entries.flatMap((e) => ('file' in e ? [e.file] : []))
  const overrides = options.sideOverrides ?? new Map<string, Side>()

  // Prefixes depend on which files can be read; assume all can, and redo the rare file whose prefix that changes.
  const assumed = idPrefixes(files.map(stubSource))
  const tasks: FileTask[] = files.map((file, index) => ({
    index,
    file,
    idPrefix: assumed.get(file)!,
    sideOverride: overrides.get(file) ?? overrides.get(basename(file)),
  }))
  let done = 0
  const onResult = (result: FileResult) => options.onProgress?.(++done, files.length, files[result.index]!)
  const threads = Math.min(requested, files.length)
  const results =
    threads > 1 && workerScriptPath() !== null ? await inWorkers(tasks, threads, onResult) : await inProcess(tasks, onResult)

  const prefixes = idPrefixes(results.flatMap((r) => (r.source ? [r.source] : [])))
  for (const [i, result] of results.entries()) {
    const prefix = result.source ? prefixes.get(result.source.path)! : tasks[i]!.idPrefix
    if (prefix !== tasks[i]!.idPrefix) results[i] = await loadFile({ ...tasks[i]!, idPrefix: prefix })
  }
  return assemble(entries, results, overrides)
}

/** Puts the results together in the order `loadCorpus` does. */
function assemble(entries: readonly InputEntry[], results: FileResult[], overrides: ReadonlyMap<string, Side>): Corpus {
  const diagnostics: Diagnostic[] = []
  let next = 0
  for (const entry of entries) {
    if ('diagnostic' in entry) diagnostics.push(entry.diagnostic)
    else diagnostics.push(...results[next++]!.readDiagnostics)
  }
  const sources = results.flatMap((r) => (r.source ? [r.source] : []))
  diagnostics.push(...unusedSideOverrides(overrides, sources))
  for (const result of results) diagnostics.push(...result.segmentDiagnostics)
  return { sources, accounts: results.flatMap((r) => r.accounts), diagnostics }
}

async function inProcess(tasks: readonly FileTask[], onResult: (r: FileResult) => void): Promise<FileResult[]> {
  const results: FileResult[] = []
  for (const task of tasks) {
    const result = await loadFile(task)
    results.push(result)
    onResult(result)
  }
  return results
}

/**
 * Tasks a worker holds at once: while one is segmented, the next one's file is being read (the read
 * is asynchronous), so a worker does not sit idle between files; more would only unbalance the queue.
 */
const IN_FLIGHT = 2

/** Runs the tasks on `threads` workers, each given the next task as soon as it returns one. */
function inWorkers(tasks: readonly FileTask[], threads: number, onResult: (r: FileResult) => void): Promise<FileResult[]> {
  return new Promise((resolve, reject) => {
    const results: FileResult[] = new Array(tasks.length)
    const workers: Worker[] = []
    let sent = 0
    let received = 0
    let settled = false
    const finish = (error?: Error) => {
      if (settled) return
      settled = true
      void Promise.all(workers.map((w) => w.terminate())).finally(() => (error ? reject(error) : resolve(results)))
    }
    const feed = (worker: Worker) => {
      if (sent < tasks.length) worker.postMessage(tasks[sent++])
    }
    for (let t = 0; t < threads; t++) {
      const worker = new Worker(WORKER_SCRIPT)
      workers.push(worker)
      worker.on('message', (reply: WorkerReply) => {
        if (settled) return
        if (!reply.ok) {
          finish(new Error(`loadCorpusParallel: loading ${tasks[reply.index]!.file} failed in a worker: ${reply.error}`))
          return
        }
        results[reply.result.index] = reply.result
        onResult(reply.result)
        if (++received === tasks.length) finish()
        else feed(worker)
      })
      worker.on('error', (error) => finish(error))
      worker.on('exit', (code) => {
        if (!settled) finish(new Error(`loadCorpusParallel: a worker exited (code ${code}) with ${tasks.length - received} files to go`))
      })
      for (let k = 0; k < IN_FLIGHT; k++) feed(worker)
    }
  })
}

/** Enough of a `Source` for `idPrefixes`, which looks only at `path` and `name` (`name` = basename, as read-input sets it). */
function stubSource(file: string): Source {
  return { path: file, name: basename(file), sha256: '', format: 'web-text', bytes: 0 }
}
