import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { diffWordsWithSpace } from 'diff'
import { diffRanges, highlightSentence } from '../../src/render/highlight.js'

const RU = 'The Global Majority countries see us well.'
const CN = 'The Global South countries see us well.'

describe('render/highlight', () => {
  it('wraps a theme in <mark> titled with its id', () => {
    expect(highlightSentence(RU, [{ start: 4, end: 19, theme: 'global-majority' }], [], 'del')).toBe(
      'The <mark title="global-majority">Global Majority</mark> countries see us well.',
    )
  })

  it('rebuilds each side from the ru → cn word diff and marks the words only that side has', () => {
    const parts = diffWordsWithSpace(RU, CN).map((p) => ({ value: p.value, added: !!p.added, removed: !!p.removed }))
    const ru = diffRanges(parts, 'ru')
    const cn = diffRanges(parts, 'cn')
    expect(ru.text).toBe(RU)
    expect(cn.text).toBe(CN)
    expect(highlightSentence(RU, [], ru.ranges, 'del')).toBe('The Global <del>Majority</del> countries see us well.')
    expect(highlightSentence(CN, [], cn.ranges, 'ins')).toBe('The Global <ins>South</ins> countries see us well.')
  })

  it('splits overlapping theme and diff ranges so the tags nest', () => {
    const html = highlightSentence(RU, [{ start: 4, end: 19, theme: 'global-majority' }], [{ start: 11, end: 29 }], 'del')
    expect(html).toBe(
      'The <mark title="global-majority">Global </mark><mark title="global-majority"><del>Majority</del></mark><del> countries</del> see us well.',
    )
  })

  it('names every theme of a doubly marked stretch, and clips ranges to the sentence', () => {
    const html = highlightSentence('BRICS and SCO', [
      { start: 0, end: 13, theme: 'multilateral' },
      { start: -4, end: 5, theme: 'brics' },
      { start: 10, end: 99, theme: 'sco' },
    ], [], 'ins')
    expect(html).toBe('<mark title="brics multilateral">BRICS</mark><mark title="multilateral"> and </mark><mark title="multilateral sco">SCO</mark>')
  })

  it('escapes the text and the theme id', () => {
    expect(highlightSentence('<b>x</b>', [{ start: 3, end: 4, theme: '"><script>' }], [], 'del')).toBe(
      '&lt;b&gt;<mark title="&quot;&gt;&lt;script&gt;">x</mark>&lt;/b&gt;',
    )
  })

  it('keeps the text whole and the tags balanced for any ranges', () => {
    const range = fc.record({ start: fc.integer({ min: -3, max: 40 }), end: fc.integer({ min: -3, max: 40 }) })
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.array(fc.record({ r: range, theme: fc.constantFrom('a', 'b', 'c') })), fc.array(range), (text, marks, changes) => {
        const html = highlightSentence(text, marks.map(({ r, theme }) => ({ ...r, theme })), changes, 'ins')
        const stripped = html.replace(/<\/?(mark|ins)( title="[a-c ]+")?>/g, '')
        const decoded = stripped.replace(/&(amp|lt|gt|quot|#x27|#x60|#x3D);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#x60': '`', '#x3D': '=' })[e]!)
        const opens = (html.match(/<(mark|ins)[ >]/g) ?? []).length
        const closes = (html.match(/<\/(mark|ins)>/g) ?? []).length
        return decoded === text && opens === closes && !/<(?!\/?(mark|ins)\b)/.test(html)
      }),
    )
  })
})
