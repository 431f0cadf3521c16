import { describe, expect, it } from 'vitest'
import { omissionWeight } from '../../src/analyse/omissions.js'

describe('analyse/omissions', () => {
  it('is (nA / (nA + nB))^k', () => {
    // nA = 300, nB = 100, k = 3: (300/400)^3 = 0.421875
    expect(omissionWeight(300, 100, 3)).toBeCloseTo(0.421875, 12)
    // equal lengths, k = 5: 0.5^5 = 0.03125
    expect(omissionWeight(200, 200, 5)).toBeCloseTo(0.03125, 12)
  })

  it('is 1 for two empty texts', () => {
    expect(omissionWeight(0, 0, 2)).toBe(1)
  })
})
