import { describe, expect, it } from 'vitest'
import { logRatio } from '../../../src/analyse/keyness/log-ratio.js'

describe('analyse/keyness/log-ratio', () => {
  it('is log2 of the ratio of relative frequencies (Hardie 2014)', () => {
    // (10 / 10,000) / (2 / 20,000) = 0.001 / 0.0001 = 10; log2 10 = 3.321928
    expect(logRatio({ a: 10, b: 2, totalA: 10_000, totalB: 20_000 })).toBeCloseTo(3.321928, 6)
    // twice as frequent in B: −1
    expect(logRatio({ a: 1, b: 2, totalA: 100, totalB: 100 })).toBeCloseTo(-1, 12)
  })

  it('replaces a zero frequency by 0.5', () => {
    // a = 5, b = 0 → 0.5: (5/1,000) / (0.5/1,000) = 10 → 3.321928
    expect(logRatio({ a: 5, b: 0, totalA: 1_000, totalB: 1_000 })).toBeCloseTo(3.321928, 6)
    expect(logRatio({ a: 0, b: 5, totalA: 1_000, totalB: 1_000 })).toBeCloseTo(-3.321928, 6)
  })

  it('is 0 for an empty side or an unseen term', () => {
    expect(logRatio({ a: 5, b: 0, totalA: 1_000, totalB: 0 })).toBe(0)
    expect(logRatio({ a: 0, b: 0, totalA: 1_000, totalB: 1_000 })).toBe(0)
  })
})
