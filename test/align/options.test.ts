import { describe, expect, it } from 'vitest'
import { alignDefaults, settleAlignOptions } from '../../src/align/options.js'

describe('align/options', () => {
  it('fills in every default, weights field by field', () => {
    const settled = settleAlignOptions({ maxDays: 1, weights: { text: 3 } })
    expect(settled.maxDays).toBe(1)
    expect(settled.minConfidence).toBe(alignDefaults.minConfidence)
    expect(settled.weights).toEqual({ ...alignDefaults.weights, text: 3 })
  })

  it('throws naming the option, what it expected and what it found', () => {
    expect(() => settleAlignOptions({ maxWindowDays: 1.5 })).toThrow('align option maxWindowDays: expected a whole number ≥ 0, found 1.5')
    expect(() => settleAlignOptions({ minSameSideSimilarity: -0.1 })).toThrow('align option minSameSideSimilarity: expected a number in [0, 1], found -0.1')
    expect(() => settleAlignOptions({ weights: { date: Number.NaN } })).toThrow('align option weights.date: expected a finite number, found NaN')
  })
})
