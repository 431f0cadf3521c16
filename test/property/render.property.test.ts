import fc from 'fast-check'
import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { escapeHtml } from '../../src/render/escape.js'
import { highlightSentence } from '../../src/render/highlight.js'
import { renderReport } from '../../src/render/report.js'
import { fixtureInput } from '../fixtures/render/corpus.js'
import { hostileText } from './arbitraries.js'

// Rendering any string: the markup parallax writes is the only markup in the output.
const RUNS = 10_000
const anyText = fc.oneof(hostileText, fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>'))

/** Undoes escapeHtml's entities, so the output can be compared with the input. */
function unescape(html: string): string {
  return html.replace(/&(amp|lt|gt|quot|#x27|#x60|#x3D);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#x60': '`', '#x3D': '=' })[e]!)
}

describe('property: rendering', () => {
  it('escapeHtml leaves no markup character and loses nothing', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const html = escapeHtml(text)
        expect(html).not.toMatch(/[<>"'`=]/)
        expect(unescape(html)).toBe(text)
      }),
      { numRuns: RUNS },
    )
  })

  it('a highlighted sentence holds only mark/ins/del tags around the escaped text, whatever the ranges', () => {
    const range = fc.record({ start: fc.integer({ min: -5, max: 60 }), end: fc.integer({ min: -5, max: 60 }) })
    fc.assert(
      fc.property(
        anyText,
        fc.array(fc.record({ start: fc.integer({ min: -5, max: 60 }), end: fc.integer({ min: -5, max: 60 }), theme: anyText }), { maxLength: 4 }),
        fc.array(range, { maxLength: 4 }),
        fc.constantFrom('ins' as const, 'del' as const),
        (text, themes, changes, tag) => {
          const html = highlightSentence(text, themes, changes, tag)
          const withoutOurTags = html.replace(/<mark title="[^"<>]*">|<\/mark>|<\/?(ins|del)>/g, '')
          expect(withoutOurTags).not.toMatch(/[<>]/)
          expect(unescape(withoutOurTags)).toBe(text)
        },
      ),
      { numRuns: RUNS },
    )
  })

  it('a whole report with any account text, title and place has no script, handler or foreign URL', () => {
    const base = fixtureInput()
    fc.assert(
      fc.property(anyText, anyText, anyText, (text, title, place) => {
        const accounts = base.accounts.map((a) =>
          a.id === '004:1'
            ? { ...a, title, text: `${a.text}\n${text}`, facts: { ...a.facts, place: { value: place, reason: text, inferred: false } } }
            : a,
        )
        for (const file of renderReport({ ...base, accounts })) {
          if (!file.path.endsWith('.html')) continue
          const { document } = parseHTML(file.content)
          expect(document.querySelectorAll('script').length, file.path).toBe(0)
          for (const element of document.querySelectorAll('*')) {
            for (const attribute of element.attributes) expect(attribute.name.startsWith('on'), `${file.path}: ${attribute.name}`).toBe(false)
            const href = element.getAttribute('href') ?? element.getAttribute('src')
            if (href !== null) expect(href, file.path).not.toMatch(/^(javascript|https?|data):|^\/\//i)
          }
        }
      }),
      { numRuns: 200 },
    )
  }, 120_000)
})
