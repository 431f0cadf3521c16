import { describe, expect, it } from 'vitest'
import { lrc } from '../../../src/analyse/keyness/lrc.js'

describe('analyse/keyness/lrc', () => {
  it('is the lower Log Ratio bound of a significant over-use', () => {
    // a = 10 of 10,000, b = 2 of 20,000: π = a/(a+b) = 10/12; under "no difference" π0 = 10,000/30,000 = 1/3.
    // Clopper–Pearson 95% for 10/12: [Beta⁻¹(0.025; 10, 3), Beta⁻¹(0.975; 11, 2)] = [0.515862, 0.979137]:
    // the interval excludes 1/3. LR(π) = log2(π/(1−π) · 20,000/10,000):
    // LR(0.515862) = log2(1.065525 · 2) = 1.091568. (Log Ratio itself: 3.32; LRC is the conservative end.)
    expect(lrc({ a: 10, b: 2, totalA: 10_000, totalB: 20_000 })).toBeCloseTo(1.091568, 4)
  })

  it('is 0 when the interval straddles "no difference"', () => {
    // a = 3, b = 2 of 1,000 each: π0 = 0.5, CP 95% for 3/5 = [0.146633, 0.947255] ∋ 0.5
    expect(lrc({ a: 3, b: 2, totalA: 1_000, totalB: 1_000 })).toBe(0)
  })

  it('becomes 0 under a Bonferroni correction over many terms', () => {
    // The same 10 vs 2 with 1,000 terms tested: level 0.05/1,000; lower bound Beta⁻¹(0.000025; 10, 3) = 0.239403 < 1/3.
    expect(lrc({ a: 10, b: 2, totalA: 10_000, totalB: 20_000 }, 1_000)).toBe(0)
  })

  it('is finite and negative for a term absent from A', () => {
    // a = 0, b = 20 of 10,000 each: upper bound Beta⁻¹(0.975; 1, 20) = 0.168433, LR = log2(0.168433/0.831567) = −2.303653
    expect(lrc({ a: 0, b: 20, totalA: 10_000, totalB: 10_000 })).toBeCloseTo(-2.303653, 4)
    expect(lrc({ a: 20, b: 0, totalA: 10_000, totalB: 10_000 })).toBeCloseTo(2.303653, 4)
  })

  it('is 0 for an empty side or an unseen term', () => {
    expect(lrc({ a: 5, b: 0, totalA: 1_000, totalB: 0 })).toBe(0)
    expect(lrc({ a: 0, b: 0, totalA: 1_000, totalB: 1_000 })).toBe(0)
  })
})
