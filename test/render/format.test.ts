import { describe, expect, it } from 'vitest'
import { count, fixed, percent, pValue, rounded } from '../../src/render/format.js'

describe('render/format', () => {
  it('fixes decimals and never prints -0', () => {
    expect(fixed(1.005, 2)).toBe('1.00') // binary 1.005 is just below: toFixed, not a locale
    expect(fixed(-0.0001, 2)).toBe('0.00')
    expect(fixed(-1.5, 1)).toBe('-1.5')
  })

  it('shows a dash for NaN, Infinity and missing values', () => {
    expect([fixed(NaN, 2), fixed(Infinity, 2), fixed(undefined, 2), fixed(null, 2)]).toEqual(['—', '—', '—', '—'])
  })

  it('rounds for JSON to finite numbers or null', () => {
    expect([rounded(2.34567, 3), rounded(-0.0001, 2), rounded(NaN, 2), rounded(-Infinity, 2)]).toEqual([2.346, 0, null, null])
    expect(Object.is(rounded(-0.0001, 2), -0)).toBe(false)
  })

  it('prints p-values with three decimals, small ones in exponent form', () => {
    expect([pValue(0.5), pValue(0.0312), pValue(0.00031), pValue(0), pValue(NaN)]).toEqual(['0.500', '0.031', '3.1e-4', '0', '—'])
  })

  it('prints shares as whole percentages and groups thousands with a narrow space', () => {
    expect([percent(0.123), percent(null), count(1234567), count(12)]).toEqual(['12%', '—', '1\u202f234\u202f567', '12'])
  })
})
