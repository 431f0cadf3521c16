import { existsSync, statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { basename } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { listInputs, type InputEntry } from '../ingest/read-input.js'
import { unusedSideOverrides, type Corpus, type PipelineOptions } from '../pipeline.js'
import { idPrefixes } from '../segment/segment-document.js'
import type { Diagnostic, Side, Source } from '../types.js'
import { loadFile, type FileResult, type FileTask } from './load-file.js'
import { SharedValues } from './share-values.js'
import { TaskQueue } from './task-queue.js'
import type { WorkerData, WorkerReply } from './worker.js'

/** Options of `loadCorpusParallel`: the pipeline's, and how many threads to use. */
export interface ParallelOptions extends PipelineOptions {
  /**
   * Threads reading, segmenting and extracting files, this one included (so `workers - 1` worker
   * threads are started); capped at the number of files. With 1 (or a single file) everything runs in
   * this thread. @default `defaultThreads`: one per 6 MB of input, up to os.availableParallelism()
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
 * `loadCorpus` with the per-file work (read → segment → extract) spread over this thread and worker threads.
 * Gives the same corpus as `loadCorpus` (accounts and diagnostics equal, in file order then post order):
 * each thread takes the next file from a shared queue when it is free, and the results are put back in
 * input order. A thread holds one file's bytes at a time; this thread holds the accounts.
 *
 * `onProgress(done, total, file)` is called as files finish, in the order they finish, with `total` the
 * number of input files (`loadCorpus` counts only the files it could read). Runs in this thread when the
 * compiled worker script is missing (running from `src/`). Throws on a `workers` that is not a positive
 * integer, and when a worker fails (an exception in segment or extract, as `loadCorpus` would throw).
 */
export async function loadCorpusParallel(paths: readonly string[], options: ParallelOptions = {}): Promise<Corpus> {
  if (options.workers !== undefined && (!Number.isInteger(options.workers) || options.workers < 1)) {
    throw new Error(`loadCorpusParallel: expected workers to be a positive integer, found ${String(options.workers)}`)
  }
  const entries = await listInputs(paths)
  const files = entries.flatMap((e) => ('file' in e ? [e.file] : []))
  const requested = options.workers ?? defaultThreads(files)
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
  const shared = new SharedValues()
  const onResult = (result: FileResult) => {
    shared.share(result.accounts)
    options.onProgress?.(++done, files.length, files[result.index]!)
  }
  const threads = Math.min(requested, files.length)
  const results =
    threads > 1 && workerScriptPath() !== null ? await inThreads(tasks, threads, onResult) : await inProcess(tasks, onResult)

  const prefixes = idPrefixes(results.flatMap((r) => (r.source ? [r.source] : [])))
  for (const [i, result] of results.entries()) {
    const prefix = result.source ? prefixes.get(result.source.path)! : tasks[i]!.idPrefix
    if (prefix !== tasks[i]!.idPrefix) {
      results[i] = await loadFile({ ...tasks[i]!, idPrefix: prefix })
      shared.share(results[i]!.accounts)
    }
  }
  return assemble(entries, results, overrides)
}

/**
 * Input a worker must have to pay for itself: starting one (its modules and model, its code not yet
 * optimised) and copying its accounts into this thread cost about what it saves on a few MB (measured
 * on the benchmark's corpora: 4.3 MB loaded no faster on two threads than on one, 8.5 MB 5–9% faster,
 * 17 MB 20–25%).
 */
const BYTES_PER_THREAD = 6_000_000

/** Threads to load `files` on when the caller does not say: one per 6 MB of input (one at least), up to `cores`. */
export function defaultThreads(files: readonly string[], cores: number = availableParallelism()): number {
  let bytes = 0
  let threads = 1
  for (const file of files) {
    if (threads >= cores) break
    try {
      bytes += statSync(file).size
    } catch {
      continue // reading it will say what is wrong
    }
    threads = Math.min(cores, 1 + Math.floor(bytes / BYTES_PER_THREAD))
  }
  return Math.max(1, threads)
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

/**
 * Runs the tasks in this thread and on `threads - 1` workers, all taking the next task from one shared
 * queue (`TaskQueue`), so no thread waits for another to hand it work. This thread works too rather
 * than only coordinating: every worker's accounts are cloned into it (the copy costs about a third of
 * loading them), and each worker holds its own heap and model, so a worker fewer is both faster and
 * smaller on a two-core machine (measured: 20,000 accounts in 7.0–7.3 s and 374 MB peak, against 7.5 s
 * and 437 MB with two workers).
 */
async function inThreads(tasks: readonly FileTask[], threads: number, onResult: (r: FileResult) => void): Promise<FileResult[]> {
  const results: FileResult[] = new Array(tasks.length)
  const next = TaskQueue.newPosition()
  const queue = new TaskQueue(tasks, next)
  let failure: Error | null = null
  const fail = (error: unknown) => {
    failure ??= error instanceof Error ? error : new Error(String(error))
    queue.close()
  }
  const record = (result: FileResult) => {
    results[result.index] = result
    onResult(result)
  }
  const workerData: WorkerData = { tasks, next }
  const workers = Array.from({ length: threads - 1 }, () => new Worker(WORKER_SCRIPT, { workerData }))
  const inWorkers = workers.map((worker) => untilDone(worker, tasks, record).catch(fail))
  try {
    for (let task = queue.take(); task !== undefined; task = queue.take()) {
      record(await loadFile(task))
      // Let the workers' results in as they come, so progress is reported as files finish.
      await new Promise((resolve) => setImmediate(resolve))
    }
  } catch (error) {
    fail(error)
  }
  await Promise.all(inWorkers)
  await Promise.all(workers.map((w) => w.terminate()))
  if (failure !== null) throw failure
  return results
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

/** Records `worker`'s results until it says the queue is empty; rejects when it fails. */
function untilDone(worker: Worker, tasks: readonly FileTask[], record: (r: FileResult) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    worker.on('message', (reply: WorkerReply) => {
      if (reply.kind === 'result') record(reply.result)
      else if (reply.kind === 'failed') reject(new Error(`loadCorpusParallel: loading ${tasks[reply.index]!.file} failed in a worker: ${reply.error}`))
      else resolve()
    })
    worker.on('error', reject)
    worker.on('exit', (code) => reject(new Error(`loadCorpusParallel: a worker exited (code ${code}) before the queue was empty`)))
  })
}

/** Enough of a `Source` for `idPrefixes`, which looks only at `path` and `name` (`name` = basename, as read-input sets it). */
function stubSource(file: string): Source {
  return { path: file, name: basename(file), sha256: '', format: 'web-text', bytes: 0 }
}
