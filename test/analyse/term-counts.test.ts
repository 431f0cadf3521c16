import { describe, expect, it } from 'vitest'
import { defaultLexicon } from '../../src/analyse/lexicon.js'
import { countAccountTerms, termCounts, themeCounts } from '../../src/analyse/term-counts.js'
import { makeAccount } from './fixtures/accounts.js'
import { excerpts } from './fixtures/seed-excerpts.js'

const counts = (text: string, options = {}) => {
  const into = new Map<string, number>()
  const tokens = countAccountTerms(makeAccount('x:1', 'ru', text), into, options)
  return { tokens, terms: Object.fromEntries([...into].sort((a, b) => (a[0] < b[0] ? -1 : 1))) }
}

describe('analyse/term-counts', () => {
  it('counts lower-cased words without stop words; tokens include stop words', () => {
    expect(counts('The BRICS and the SCO. BRICS grows.')).toEqual({ tokens: 7, terms: { brics: 2, grows: 1, sco: 1 } })
  })

  it('keeps stop words on request and stems on request', () => {
    expect(counts('The hegemonic hegemony', { stopWords: false, normalise: 'stem' }).terms).toEqual({ hegemon: 1, hegemoni: 1, the: 1 })
  })

  it('forms n-grams within sentences, dropping those that start or end with a stop word', () => {
    expect(counts('Belt and Road cooperation. Road map', { ngram: 3 }).terms).toEqual({ 'belt and road': 1 })
    expect(counts('Belt and Road cooperation. Road map', { ngram: 2 }).terms).toEqual({ 'road cooperation': 1, 'road map': 1 })
  })

  it('adds up per side, with token totals', () => {
    const ru = makeAccount('003:12', 'ru', excerpts['003:12']?.text ?? '')
    const cn = makeAccount('004:1', 'cn', excerpts['004:1']?.text ?? '')
    const result = termCounts([ru, cn])
    expect(result.ru.tokens).toBe(215)
    expect(result.cn.tokens).toBe(413)
    expect(result.ru.terms.get('brics')).toBe(4)
    expect(result.cn.terms.get('brics')).toBe(8)
  })

  it('counts themes per side, every theme present', () => {
    const ru = makeAccount('003:12', 'ru', excerpts['003:12']?.text ?? '')
    const cn = makeAccount('004:1', 'cn', excerpts['004:1']?.text ?? '')
    const lexicon = defaultLexicon()
    const result = themeCounts([ru, cn], lexicon)
    expect(result.ru.get('global-majority')).toBe(1)
    expect(result.cn.get('global-south')).toBe(1)
    expect(result.ru.get('hegemony')).toBe(0)
    expect(result.ru.size).toBe(lexicon.themes.length)
  })

  it('rejects a bad n-gram length', () => {
    expect(() => counts('x', { ngram: 0 })).toThrow(/ngram: expected an integer ≥ 1/)
  })
})
