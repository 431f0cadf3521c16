import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jsonErrorAt } from '../../src/ingest/json-error.js'

const parses = (s: string) => {
  try {
    JSON.parse(s)
    return true
  } catch {
    return false
  }
}

describe('jsonErrorAt', () => {
  it('points at the first character that breaks JSON', () => {
    expect(jsonErrorAt('{"id": 1,, }')).toEqual({ at: 9, found: "','" })
    expect(jsonErrorAt('{"a": tru}')).toEqual({ at: 6, found: "'t'" })
    expect(jsonErrorAt('[1, 2')).toEqual({ at: 5, found: 'end of input' })
    expect(jsonErrorAt('{"a": 1,}')).toEqual({ at: 8, found: "'}'" })
    expect(jsonErrorAt('{"a": 1} x')).toEqual({ at: 9, found: "'x'" })
    expect(jsonErrorAt('{"a": [1, {"b": null}], "c": "\\u00e9\\n"}')).toBeNull()
  })

  it('agrees with JSON.parse on valid JSON and on JSON with one character removed or doubled', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.boolean(), (json, k, drop) => {
        expect(jsonErrorAt(json)).toBeNull()
        const at = k % (json.length + 1)
        const broken = drop ? json.slice(0, at) + json.slice(at + 1) : json.slice(0, at) + json.slice(at, at + 1) + json.slice(at)
        expect(jsonErrorAt(broken) === null).toBe(parses(broken))
      }),
      { numRuns: 2_000 },
    )
  })

  it('handles deep nesting without recursion', () => {
    expect(jsonErrorAt('['.repeat(100_000) + ']'.repeat(100_000))).toBeNull()
    expect(jsonErrorAt('['.repeat(100_000))).toEqual({ at: 100_000, found: 'end of input' })
  })
})
