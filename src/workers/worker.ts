import { parentPort } from 'node:worker_threads'
import { loadFile, type FileTask } from './load-file.js'

/** A worker's answer to one task: the file's result, or the message of what threw. */
export type WorkerReply = { ok: true; result: Awaited<ReturnType<typeof loadFile>> } | { ok: false; index: number; error: string }

// One task at a time: the main thread sends the next file only after this one's reply (a queue, so a
// slow file does not hold up the files behind it on another worker).
parentPort?.on('message', (task: FileTask) => {
  loadFile(task).then(
    (result) => parentPort!.postMessage({ ok: true, result } satisfies WorkerReply),
    (error: unknown) => {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
      parentPort!.postMessage({ ok: false, index: task.index, error: message } satisfies WorkerReply)
    },
  )
})
