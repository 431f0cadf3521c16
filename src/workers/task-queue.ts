/**
 * A queue of tasks that several threads take from without messages: each thread holds the same task
 * list, and the position of the next task lives in shared memory, moved on atomically.
 */
export class TaskQueue<T> {
  private readonly position: Int32Array

  /** `next` holds one 32-bit integer, 0 when the queue is new; every thread passes the same buffer. */
  constructor(
    private readonly tasks: readonly T[],
    next: SharedArrayBuffer,
  ) {
    this.position = new Int32Array(next, 0, 1)
  }

  /** A fresh position for a new queue. */
  static newPosition(): SharedArrayBuffer {
    return new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)
  }

  /** The next task no thread has taken, or undefined when none is left (or the queue was closed). */
  take(): T | undefined {
    const at = Atomics.add(this.position, 0, 1)
    // Past the end the position keeps growing; a closed queue sits there already. Stay far from overflow.
    if (at >= this.tasks.length) {
      Atomics.store(this.position, 0, this.tasks.length)
      return undefined
    }
    return this.tasks[at]
  }

  /** Hands out no more tasks, in every thread. */
  close(): void {
    Atomics.store(this.position, 0, this.tasks.length)
  }
}
