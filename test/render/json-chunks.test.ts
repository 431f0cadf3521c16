import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jsonChunks } from '../../src/render/json-chunks.js'

const roundSix = (_key: string, value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? Number(value.toFixed(6)) : value)
const joined = (value: Record<string, unknown>) => [...jsonChunks(value, roundSix)].join('')

describe('render/json-chunks', () => {
  it('gives the bytes JSON.stringify gives, arrays element by element', () => {
    const value = { format: 'x', empty: [], none: null, gone: undefined, list: [{ a: 1.23456789, b: ['x\ny', { c: [] }] }, 2, 'three', null], nested: { d: [1, 2] } }
    expect(joined(value)).toBe(JSON.stringify(value, roundSix, 2))
    expect([...jsonChunks({ list: [1, 2, 3] }, roundSix)].length).toBeGreaterThan(4)
    expect(joined({})).toBe('{}')
  })

  it('agrees with JSON.stringify on any object of JSON values', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => {
        expect(joined(value)).toBe(JSON.stringify(value, roundSix, 2))
      }),
      { numRuns: 2000 },
    )
  })
})
