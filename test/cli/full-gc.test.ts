import { describe, expect, it } from 'vitest'
import { fullGc } from '../../src/cli/full-gc.js'

describe('cli/full-gc', () => {
  it('gives a function that collects what nothing holds any more', () => {
    const collect = fullGc()
    let garbage: { i: number; text: string }[] | null = Array.from({ length: 200_000 }, (_, i) => ({ i, text: `account ${i}` }))
    const held = process.memoryUsage().heapUsed
    expect(garbage.length).toBe(200_000)
    garbage = null
    collect()
    expect(process.memoryUsage().heapUsed).toBeLessThan(held - 5_000_000)
  })
})
