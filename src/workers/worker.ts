import { parentPort, workerData } from 'node:worker_threads'
import { AnalysisPreparer } from '../analyse/prepare.js'
import type { SideCounts } from '../analyse/term-counts.js'
import type { Lexicon, Side } from '../types.js'
import { loadFile, type FileTask } from './load-file.js'
import { TaskQueue } from './task-queue.js'

/** What a worker is started with: every task, the queue position it shares with the other threads, and the lexicon to prepare the analysis with (null: none). */
export interface WorkerData {
  tasks: readonly FileTask[]
  next: SharedArrayBuffer
  lexicon: Lexicon | null
}

/** A worker's messages: one file's result, what threw, or that the queue is empty (with the words it counted). */
export type WorkerReply =
  | { kind: 'result'; result: Awaited<ReturnType<typeof loadFile>> }
  | { kind: 'failed'; index: number; error: string }
  | { kind: 'done'; terms: Record<Side, SideCounts> | null }

// Takes tasks from the shared queue until it is empty, without waiting for the main thread between
// files: a busy main thread no longer leaves the worker idle.
if (parentPort) {
  const port = parentPort
  const { tasks, next, lexicon } = workerData as WorkerData
  const queue = new TaskQueue(tasks, next)
  const preparer = lexicon === null ? undefined : new AnalysisPreparer(lexicon)
  void (async () => {
    for (let task = queue.take(); task !== undefined; task = queue.take()) {
      try {
        port.postMessage({ kind: 'result', result: await loadFile(task, preparer) } satisfies WorkerReply)
      } catch (error) {
        queue.close()
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
        port.postMessage({ kind: 'failed', index: task.index, error: message } satisfies WorkerReply)
      }
    }
    port.postMessage({ kind: 'done', terms: preparer?.terms ?? null } satisfies WorkerReply)
  })()
}
