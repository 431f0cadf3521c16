import { describe, expect, it } from 'vitest'
import { mcnemarExact } from '../../../src/analyse/paired/mcnemar.js'

describe('analyse/paired/mcnemar', () => {
  it('gives 0.021484 for b = 1, c = 9', () => {
    // n = 10 discordant pairs; P(X ≤ 1) = (C(10,0) + C(10,1)) / 2^10 = 11/1024; two-sided: 22/1024 = 0.021484375
    expect(mcnemarExact(1, 9)).toBeCloseTo(0.021484375, 12)
    expect(mcnemarExact(9, 1)).toBeCloseTo(0.021484375, 12)
  })

  it('is 1 for balanced or absent discordance, capped at 1', () => {
    // b = c = 2: 2 · P(X ≤ 2 | n = 4) = 2 · 11/16 > 1 → 1
    expect(mcnemarExact(2, 2)).toBe(1)
    expect(mcnemarExact(0, 0)).toBe(1)
  })

  it('gives 2/2^n when one side has all n discordant pairs', () => {
    // b = 0, c = 6: 2 · (1/64) = 0.03125
    expect(mcnemarExact(0, 6)).toBeCloseTo(0.03125, 12)
  })
})
