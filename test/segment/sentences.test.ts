import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sentenceSpans } from '../../src/segment/sentences.js'

const texts = (text: string) => sentenceSpans(text).map(([a, b]) => text.slice(a, b))

describe('sentenceSpans', () => {
  it('splits sentences past abbreviations, and at every line end', () => {
    const text = 'Foreign Minister Sergey Lavrov’s remarks\nNew York, July 17, 2024\n💬 Mr. Smith met the U.S. envoy at 3 p.m. today. They talked.'
    expect(texts(text)).toEqual([
      'Foreign Minister Sergey Lavrov’s remarks',
      'New York, July 17, 2024',
      '💬 Mr. Smith met the U.S. envoy at 3 p.m. today.',
      'They talked.',
    ])
  })

  it('keeps a speaker mark with its sentence and leaves lone elisions out of every sentence', () => {
    const text = '❓ Why didn’t you mention BRICS?\n<...>\nBRICS is a symbol. <...> This is the future.'
    expect(texts(text)).toEqual(['❓ Why didn’t you mention BRICS?', 'BRICS is a symbol.', '<...> This is the future.'])
  })

  it('gives trimmed, non-empty, ordered, non-overlapping spans inside any text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Lavrov met Wang Yi.', ' ', '\n', 'Mr.', 'U.S.', '💬', '<...>', 'BRICS', '?', '🇷🇺', '\u00a0', 'e.g.', '3 p.m.'), { maxLength: 40 }), (parts) => {
        const text = parts.join('')
        let last = 0
        for (const [a, b] of sentenceSpans(text)) {
          expect(a).toBeGreaterThanOrEqual(last)
          expect(b).toBeGreaterThan(a)
          expect(b).toBeLessThanOrEqual(text.length)
          expect(text.slice(a, b)).toBe(text.slice(a, b).trim())
          last = b
        }
      }),
      { numRuns: 300 },
    )
  })

  it('returns nothing for blank text', () => {
    expect(sentenceSpans('  \n ')).toEqual([])
  })
})
