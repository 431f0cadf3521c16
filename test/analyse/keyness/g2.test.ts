import { describe, expect, it } from 'vitest'
import { g2 } from '../../../src/analyse/keyness/g2.js'

describe('analyse/keyness/g2', () => {
  it('matches the 4-term G² of a 2×2 table worked by hand', () => {
    // a = 10 of totalA = 10,000; b = 2 of totalB = 20,000. N = 30,000, a + b = 12.
    // Expected: E(a) = 10,000·12/30,000 = 4, E(b) = 8, E(c) = 10,000·29,988/30,000 = 9,996, E(d) = 19,992.
    // G² = 2·[10 ln(10/4) + 2 ln(2/8) + 9,990 ln(9,990/9,996) + 19,998 ln(19,998/19,992)]
    //    = 2·[9.162907 − 2.772589 − 5.998199 + 6.000900] = 12.786040
    // (the 2-term form of Rayson & Garside 2000 gives 2·[9.162907 − 2.772589] = 12.780637;
    // scipy.stats.chi2_contingency(…, lambda_='log-likelihood') agrees with 12.786040).
    expect(g2({ a: 10, b: 2, totalA: 10_000, totalB: 20_000 })).toBeCloseTo(12.786040, 5)
  })

  it('is signed: negative when the term is relatively more frequent in B', () => {
    expect(g2({ a: 2, b: 10, totalA: 20_000, totalB: 10_000 })).toBeCloseTo(-12.786040, 5)
  })

  it('is finite when the term is absent on one side', () => {
    // a = 0, b = 20 of 10,000 each: G² = 2·[20 ln(20/10) + 10,000 ln(10,000/9,990) + 9,980 ln(9,980/9,990)] = 27.745907 (scipy agrees)
    expect(g2({ a: 0, b: 20, totalA: 10_000, totalB: 10_000 })).toBeCloseTo(-27.745907, 5)
  })

  it('is 0, not NaN, for an empty side or an unseen term', () => {
    expect(g2({ a: 3, b: 0, totalA: 100, totalB: 0 })).toBe(0)
    expect(g2({ a: 0, b: 0, totalA: 100, totalB: 100 })).toBe(0)
  })
})
