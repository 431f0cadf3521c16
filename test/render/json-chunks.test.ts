import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jsonChunks, MappedArray } from '../../src/render/json-chunks.js'

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

  it('writes a MappedArray as JSON.stringify writes the array it maps to, making each element only when it is written', () => {
    let made = 0
    const value = { list: new MappedArray([1, 2, 3], (n) => ({ n: n / 3, made: ++made })), empty: new MappedArray([], (n) => n) }
    const chunks = jsonChunks(value, roundSix)
    for (let k = 0; k < 4; k++) chunks.next()
    expect(made).toBe(1)
    made = 0
    const whole = joined(value)
    made = 0
    expect(whole).toBe(JSON.stringify(value, roundSix, 2))
    expect(JSON.parse(whole).list.map((e: { n: number }) => e.n)).toEqual([0.333333, 0.666667, 1])
  })
})
