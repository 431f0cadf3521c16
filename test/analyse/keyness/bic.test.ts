import { describe, expect, it } from 'vitest'
import { bic } from '../../../src/analyse/keyness/bic.js'

describe('analyse/keyness/bic', () => {
  it('is G² − ln N (Wilson 2013)', () => {
    // G² = 12.786040 for 10/10,000 vs 2/20,000 (see g2.test.ts); ln 30,000 = 10.308953; BIC = 2.477087:
    // "positive evidence" on Wilson's scale (2–6).
    expect(bic({ a: 10, b: 2, totalA: 10_000, totalB: 20_000 })).toBeCloseTo(2.477087, 5)
  })

  it('is unsigned: the same for the mirrored table', () => {
    expect(bic({ a: 2, b: 10, totalA: 20_000, totalB: 10_000 })).toBeCloseTo(2.477087, 5)
  })

  it('is negative (no evidence) for equal relative frequencies, and 0 for an empty side', () => {
    // G² = 0, BIC = −ln 2,000 = −7.600902
    expect(bic({ a: 5, b: 5, totalA: 1_000, totalB: 1_000 })).toBeCloseTo(-7.600902, 5)
    expect(bic({ a: 5, b: 0, totalA: 1_000, totalB: 0 })).toBe(0)
  })
})
