import { parentPort, workerData } from 'node:worker_threads'
import { loadFile, type FileTask } from './load-file.js'
import { TaskQueue } from './task-queue.js'

/** What a worker is started with: every task, and the queue position it shares with the other threads. */
export interface WorkerData {
  tasks: readonly FileTask[]
  next: SharedArrayBuffer
}

/** A worker's messages: one file's result, what threw, or that the queue is empty. */
export type WorkerReply =
  | { kind: 'result'; result: Awaited<ReturnType<typeof loadFile>> }
  | { kind: 'failed'; index: number; error: string }
  | { kind: 'done' }

// Takes tasks from the shared queue until it is empty, without waiting for the main thread between
// files: a busy main thread no longer leaves the worker idle.
if (parentPort) {
  const port = parentPort
  const { tasks, next } = workerData as WorkerData
  const queue = new TaskQueue(tasks, next)
  void (async () => {
    for (let task = queue.take(); task !== undefined; task = queue.take()) {
      try {
        port.postMessage({ kind: 'result', result: await loadFile(task) } satisfies WorkerReply)
      } catch (error) {
        queue.close()
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
        port.postMessage({ kind: 'failed', index: task.index, error: message } satisfies WorkerReply)
      }
    }
    port.postMessage({ kind: 'done' } satisfies WorkerReply)
  })()
}
