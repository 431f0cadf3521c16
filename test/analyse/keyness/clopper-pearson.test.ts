import { describe, expect, it } from 'vitest'
import { clopperPearson } from '../../../src/analyse/keyness/clopper-pearson.js'

describe('analyse/keyness/clopper-pearson', () => {
  it('gives the published 95% interval for 3 of 10: [0.0667, 0.6525]', () => {
    // lower = Beta⁻¹(0.025; 3, 8) = 0.066740, upper = Beta⁻¹(0.975; 4, 7) = 0.652453 (scipy.stats.beta.ppf agrees)
    const [lower, upper] = clopperPearson(3, 10)
    expect(lower).toBeCloseTo(0.066740, 5)
    expect(upper).toBeCloseTo(0.652453, 5)
  })

  it('is one-sided at the edges: 0 of n starts at 0, n of n ends at 1', () => {
    // 0 of 20: upper = 1 − 0.025^(1/20) = 0.168433
    expect(clopperPearson(0, 20)).toEqual([0, expect.closeTo(0.168433, 5)])
    expect(clopperPearson(20, 20)[1]).toBe(1)
  })

  it('throws on impossible counts (a caller mistake)', () => {
    expect(() => clopperPearson(3, 2)).toThrow(/expected 0 ≤ successes ≤ trials/)
  })
})
