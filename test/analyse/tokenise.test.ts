import { describe, expect, it } from 'vitest'
import { countTokens, normaliseWord, STOP_WORDS, stem, tokenise } from '../../src/analyse/tokenise.js'

describe('analyse/tokenise', () => {
  it('keeps Unicode words whole (unlike natural’s ASCII WordTokenizer)', () => {
    expect(tokenise('Türkiye’s trust-based #BRICS, 2024 💬 don’t').map((t) => t.norm)).toEqual(['türkiye', 'trust-based', 'brics', '2024', "don't"])
  })

  it('gives spans into the text', () => {
    const text = '  Global South!'
    expect(tokenise(text).map((t) => text.slice(...t.span))).toEqual(['Global', 'South'])
    expect(tokenise(text, 9).map((t) => t.norm)).toEqual(['south'])
  })

  it('counts tokens like tokenise', () => {
    expect(countTokens('Wang Yi said BRICS’ role grows.')).toBe(6)
  })

  it('keeps offsets when lower-casing changes the length ("İ" → "i̇")', () => {
    const text = 'İstanbul’s talks'
    expect(tokenise(text).map((t) => [t.norm, text.slice(...t.span)])).toEqual([['i̇stanbul', 'İstanbul’s'], ['talks', 'talks']])
  })

  it('normalises case, curly apostrophes and the possessive', () => {
    expect(normaliseWord('BRICS’')).toBe('brics’'.replace('’', "'"))
    expect(normaliseWord('Russia’s')).toBe('russia')
  })

  it('uses natural’s stop word list and Porter stems', () => {
    expect(STOP_WORDS.has('the')).toBe(true)
    expect(STOP_WORDS.has('brics')).toBe(false)
    expect(stem('countries')).toBe('countri')
  })
})
