import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/extract/extract-facts.js'
import { segmentDocument } from '../../src/segment/segment-document.js'
import type { RawDocument } from '../../src/types.js'
import { sourceOf } from './arbitraries.js'

// Bugs the properties found (shrunk counterexamples), kept as plain regression tests.
describe('regressions found by the properties', () => {
  const doc: RawDocument = {
    source: sourceOf('telegram-text'),
    medium: 'telegram',
    posts: [
      { n: 1, body: '📍 Moscow, June 10, 2024', title: null, published: null, channel: null },
      { n: 2, body: '2024-13-45\r\nSergey Lavrov', title: null, published: null, channel: null },
    ],
  }

  it('a stamp line with no such day ("2024-13-45") is not a publication date', () => {
    const { accounts } = segmentDocument(doc, { idPrefix: 'p', sideOverride: 'ru' })
    expect(accounts[1]!.published).toBeNull()
  })

  it('so it does not become the end of a date window ("2024-06-10".."2024-13-45")', () => {
    const { accounts } = segmentDocument(doc, { idPrefix: 'p', sideOverride: 'ru' })
    const window = extractFacts(accounts)[1]!.facts.date.window
    expect(window === null || window[1] !== '2024-13-45').toBe(true)
  })
})
