import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import { plainSentenceEnds, sentenceSpans } from '../../src/segment/sentences.js'

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

describe('plainSentenceEnds', () => {
  it('ends sentences after plain words and leaves abbreviations, initials and ellipses to wink', () => {
    expect(plainSentenceEnds('Lavrov met Wang Yi. They discussed the SCO in 2024. "It works," he said.')).toEqual([19, 51])
    expect(plainSentenceEnds('Why? Because.')).toEqual([4])
    expect(plainSentenceEnds('Mr. Smith met him.')).toBeNull()
    expect(plainSentenceEnds('The U.S. envoy left. Then')).toBeNull()
    expect(plainSentenceEnds('Talks began at 3 p.m. Then lunch.')).toBeNull()
    expect(plainSentenceEnds('Signed by S. Lavrov today.')).toBeNull()
    expect(plainSentenceEnds('It ended. and then')).toBeNull()
    expect(plainSentenceEnds('It ended… Then')).toBeNull()
    expect(plainSentenceEnds('One sentence only.')).toEqual([])
  })

  it('splits every plain line of the seeds where wink-nlp splits it', () => {
    const nlp = winkNLP(model, ['sbd'])
    let plain = 0
    for (const name of readdirSync('seeds')) {
      for (const line of readFileSync(join('seeds', name), 'utf8').split('\n')) {
        const ends = plainSentenceEnds(line)
        if (ends === null || ends.length === 0) continue
        plain++
        const ours = [0, ...ends].map((from, i) => line.slice(from, ends[i] ?? line.length).trim())
        const winks = nlp.readDoc(line).sentences().out().map((s) => s.trim()).filter((s) => s.length > 0)
        expect(ours, line).toEqual(winks)
      }
    }
    expect(plain).toBeGreaterThan(100)
  })
})
