import { describe, expect, it } from 'vitest'
import { TaskQueue } from '../../src/workers/task-queue.js'

describe('TaskQueue', () => {
  it('hands every task out once across queues sharing one position, then nothing', () => {
    const tasks = ['a', 'b', 'c', 'd', 'e']
    const next = TaskQueue.newPosition()
    const first = new TaskQueue(tasks, next)
    const second = new TaskQueue(tasks, next)
    const taken: string[] = []
    for (let k = 0; k < 6; k++) {
      const task = (k % 2 === 0 ? first : second).take()
      if (task !== undefined) taken.push(task)
    }
    expect(taken).toEqual(tasks)
    expect(first.take()).toBeUndefined()
    expect(second.take()).toBeUndefined()
  })

  it('hands out nothing more in any queue once one of them is closed', () => {
    const next = TaskQueue.newPosition()
    const first = new TaskQueue([1, 2, 3], next)
    const second = new TaskQueue([1, 2, 3], next)
    expect(first.take()).toBe(1)
    second.close()
    expect(first.take()).toBeUndefined()
    expect(second.take()).toBeUndefined()
  })
})
