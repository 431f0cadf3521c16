import { describe, expect, it } from 'vitest'
import { compareIds } from '../../src/align/ids.js'

describe('align/ids', () => {
  it('sorts account ids naturally', () => {
    expect(['003:10', '003:2', '001:4', '003:1', '000:1'].sort(compareIds)).toEqual(['000:1', '001:4', '003:1', '003:2', '003:10'])
  })

  it('sorts slugs with numbered duplicates naturally', () => {
    expect(['x-10', 'x-2', 'x', 'x-kazan'].sort(compareIds)).toEqual(['x', 'x-2', 'x-10', 'x-kazan'])
  })

  it('is a total order: equal only for equal strings, leading zeros break ties', () => {
    expect(compareIds('a:1', 'a:1')).toBe(0)
    expect(compareIds('a:01', 'a:1')).toBe(1)
    expect(compareIds('a:1', 'a:01')).toBe(-1)
    expect(compareIds('a', 'a:1')).toBe(-1)
  })
})
