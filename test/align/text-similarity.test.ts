import { describe, expect, it } from 'vitest'
import { buildTextModel, contentTerms, cosine } from '../../src/align/text-similarity.js'
import { seed } from './make-account.js'

describe('align/text-similarity', () => {
  it('keeps stemmed content words only', () => {
    expect(contentTerms('The Ministers discussed the Hegemony of the United States.')).toEqual(['discuss', 'hegemoni', 'unit', 'state'])
  })

  it('lower-cases as it scans, including letters beyond ASCII', () => {
    const model = buildTextModel(['TÜRKIYE Türkiye türkiye', 'türkiye'])
    expect([...model.vocabulary.keys()]).toEqual(['türkiy'])
    expect(cosine(model.vectors[0]!, model.vectors[1]!)).toBeCloseTo(1, 6)
  })

  it('finds a release and its Telegram post alike, and paraphrasing sides less so', () => {
    const texts = ['000:1', '001:4', '003:12', '004:1', '003:13'].map((id) => seed[id as keyof typeof seed].text)
    const [release, post, ru, cn, iran] = buildTextModel(texts).vectors as [never, never, never, never, never]
    expect(cosine(release, post)).toBeGreaterThan(0.7)
    expect(cosine(ru, cn)).toBeGreaterThan(cosine(iran, cn))
    expect(cosine(ru, cn)).toBeLessThan(0.5)
  })

  it('gives 0 for texts without a common word and for empty texts', () => {
    const model = buildTextModel(['Lavrov Beijing', 'Kommasith Vientiane', ''])
    expect(cosine(model.vectors[0]!, model.vectors[1]!)).toBe(0)
    expect(cosine(model.vectors[0]!, model.vectors[2]!)).toBe(0)
  })
})
