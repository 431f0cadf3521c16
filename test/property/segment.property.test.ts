import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { segmentDocument } from '../../src/segment/segment-document.js'
import { sentenceSpans } from '../../src/segment/sentences.js'
import { RUNS, hostileText, rawDocument } from './arbitraries.js'

describe('property: segment', () => {
  it('segmentDocument never throws; every sentence span lies within the text, start < end, in order', () => {
    fc.assert(
      fc.property(rawDocument, fc.constantFrom(undefined, 'ru' as const, 'cn' as const), (doc, sideOverride) => {
        const { accounts, diagnostics } = segmentDocument(doc, { idPrefix: 'p', sideOverride })
        for (const account of accounts) {
          expect(account.text.length).toBeGreaterThan(0)
          let last = 0
          for (const [start, end] of account.sentences) {
            expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true)
            expect(start).toBeGreaterThanOrEqual(last)
            expect(start).toBeLessThan(end)
            expect(end).toBeLessThanOrEqual(account.text.length)
            last = end
          }
          if (account.published !== null) expect(account.published).toMatch(/^\d{4}-\d{2}-\d{2}$/)
          expect(account.id).toBe(`p:${account.n}`)
          expect(doc.posts.some((p) => p.n === account.n)).toBe(true)
        }
        for (const d of diagnostics) expect(d.message).not.toMatch(/\n/)
        // Every post is either an account, skipped with a warning, or its file is refused with an error.
        const refused = diagnostics.some((d) => d.ruleId === 'side-undecided')
        if (!refused) expect(accounts.length + diagnostics.filter((d) => d.ruleId === 'empty-post').length).toBe(doc.posts.length)
      }),
      { numRuns: RUNS },
    )
  })

  it('sentenceSpans gives non-empty, non-overlapping spans with no space at either end', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        let last = 0
        for (const [start, end] of sentenceSpans(text)) {
          expect(start).toBeGreaterThanOrEqual(last)
          expect(start).toBeLessThan(end)
          expect(end).toBeLessThanOrEqual(text.length)
          expect(text.slice(start, end)).toBe(text.slice(start, end).trim())
          last = end
        }
      }),
      { numRuns: RUNS },
    )
  })
})
