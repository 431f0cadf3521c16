import { describe, expect, it } from 'vitest'
import { holm } from '../../../src/analyse/paired/holm.js'

describe('analyse/paired/holm', () => {
  it('adjusts a small vector step-down, keeping the input order', () => {
    // p = [0.01, 0.04, 0.03, 0.005], m = 4. Sorted: 0.005·4 = 0.02; 0.01·3 = 0.03; 0.03·2 = 0.06;
    // 0.04·1 = 0.04 → running maximum 0.06. Back in input order: [0.03, 0.06, 0.06, 0.02]
    // (R: p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm") gives the same).
    const adjusted = holm([0.01, 0.04, 0.03, 0.005])
    expect(adjusted.map((p) => Number(p.toFixed(10)))).toEqual([0.03, 0.06, 0.06, 0.02])
  })

  it('caps at 1 and handles an empty vector', () => {
    expect(holm([0.5, 0.9])).toEqual([1, 1])
    expect(holm([])).toEqual([])
  })
})
