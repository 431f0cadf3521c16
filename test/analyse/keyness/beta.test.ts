import { describe, expect, it } from 'vitest'
import { betaQuantile, incompleteBeta, lnGamma } from '../../../src/analyse/keyness/beta.js'

describe('analyse/keyness/beta', () => {
  it('lnGamma matches factorials', () => {
    expect(lnGamma(1)).toBeCloseTo(0, 12)
    expect(lnGamma(5)).toBeCloseTo(Math.log(24), 12)
    expect(lnGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12)
  })

  it('incompleteBeta matches closed forms', () => {
    // I_x(1, 1) = x; I_x(a, 1) = x^a; I_x(1, b) = 1 − (1 − x)^b
    expect(incompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12)
    expect(incompleteBeta(0.5, 3, 1)).toBeCloseTo(0.125, 12)
    expect(incompleteBeta(0.2, 1, 4)).toBeCloseTo(1 - 0.8 ** 4, 12)
    // I_0.5(a, a) = 0.5 by symmetry, also for large a
    expect(incompleteBeta(0.5, 5_000, 5_000)).toBeCloseTo(0.5, 9)
  })

  it('betaQuantile inverts incompleteBeta', () => {
    const x = betaQuantile(0.025, 3, 8)
    expect(incompleteBeta(x, 3, 8)).toBeCloseTo(0.025, 12)
  })
})
