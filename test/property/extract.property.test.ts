import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/extract/extract-facts.js'
import { segmentDocument } from '../../src/segment/segment-document.js'
import { RUNS, rawDocument } from './arbitraries.js'

/** A real calendar day as `YYYY-MM-DD` (so 2023-02-31 fails). */
function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const [y, m, d] = value.split('-').map(Number) as [number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

describe('property: extract', () => {
  it('extractFacts never throws; dates are real YYYY-MM-DD days or null, windows ordered, sentences kept', () => {
    fc.assert(
      fc.property(rawDocument, (doc) => {
        // The side is forced so every post reaches extract.
        const { accounts } = segmentDocument(doc, { idPrefix: 'p', sideOverride: 'ru' })
        const facts = extractFacts(accounts)
        expect(facts.length).toBe(accounts.length)
        facts.forEach((account, i) => {
          const { date, place, kind, participants } = account.facts
          if (date.value !== null) expect(isDay(date.value), date.value).toBe(true)
          if (date.window !== null) {
            const [from, to] = date.window
            expect(isDay(from) && isDay(to), `${from}..${to}`).toBe(true)
            expect(from <= to, `${from}..${to}`).toBe(true)
          }
          expect(['stated', 'year-inferred', 'window', 'none']).toContain(date.precision)
          // A window narrowed to one day gives that day as the value (event-date.ts); any other window, none.
          if (date.precision === 'window') expect(date.value).toBe(date.window![0] === date.window![1] ? date.window![0] : null)
          if (date.precision === 'stated' || date.precision === 'year-inferred') expect(date.value).not.toBeNull()
          expect(typeof date.reason).toBe('string')
          expect(place.value === null || place.value.length > 0).toBe(true)
          expect(typeof kind.value).toBe('string')
          expect(new Set(participants).size).toBe(participants.length)
          expect(account.sentences.map((s) => s.span)).toEqual(accounts[i]!.sentences)
        })
      }),
      { numRuns: RUNS },
    )
  })
})
