import { describe, expect, it } from 'vitest'
import { defaultLexicon } from '../../src/analyse/lexicon.js'
import { countThemes, findThemeHits, sentenceAt } from '../../src/analyse/theme-hits.js'
import { splitSentences } from './fixtures/accounts.js'
import { excerpts } from './fixtures/seed-excerpts.js'

/*
 * Gold counts from ../shared/gold/seeds.json ("documents[].counts"), with gold keys mapped to theme
 * ids ('belt and road' → belt-and-road, 'global south' → global-south, 'global majority' →
 * global-majority, 'world order' → world-order). Texts: test/analyse/fixtures/seed-excerpts.ts.
 */
const gold: Record<string, Record<string, number>> = {
  '000:1': { hegemony: 1, 'belt-and-road': 1, brics: 1, 'global-south': 0 },
  '001:1': { ukraine: 0 },
  '001:2': { sco: 1 },
  '001:3': { brics: 1, 'world-order': 2 },
  '001:4': { hegemony: 1, brics: 1, sco: 1 },
  '002:1': { ukraine: 1, sco: 2, brics: 1, unilateralism: 1 },
  '003:2': { ukraine: 1, kiev: 1, nato: 2, 'global-majority': 1 },
  '003:3': { ukraine: 1, 'belt-and-road': 2 },
  '003:8': { 'global-south': 1, brics: 4, multipolar: 1 },
  '003:9': { taiwan: 1 },
  '003:12': { 'global-majority': 1, 'global-south': 0, brics: 4, sco: 2, ukraine: 0 },
  '003:18': { 'global-majority': 1, multipolar: 2 },
  '003:19': { ukraine: 1, taiwan: 1 },
  '004:1': { 'global-south': 1, 'global-majority': 0, brics: 8, sco: 0, ukraine: 1, multilateralism: 1 },
}

describe('analyse/theme-hits', () => {
  const lexicon = defaultLexicon()

  for (const [id, expected] of Object.entries(gold)) {
    it(`counts the gold mentions of ${id} (${excerpts[id]?.from})`, () => {
      const counts = countThemes(findThemeHits({ text: excerpts[id]?.text ?? '', sentences: [] }, lexicon))
      const got = Object.fromEntries(Object.keys(expected).map((theme) => [theme, counts.get(theme) ?? 0]))
      expect(got).toEqual(expected)
    })
  }

  it('adds up to the gold totals per side for hegemony, global south, global majority and ukraine', () => {
    // gold term_totals_after_dedup: ru {hegemony 2, global south 1, global majority 3, ukraine 3},
    // cn {hegemony 0, global south 1, global majority 0, ukraine 2}. 000:1 and 001:4 are one event told twice: both count.
    const sides = { ru: ['000:1', '001:1', '001:2', '001:3', '001:4', '003:2', '003:3', '003:8', '003:9', '003:12', '003:18', '003:19'], cn: ['002:1', '004:1'] }
    const totals = (ids: string[]) => {
      const sum: Record<string, number> = { hegemony: 0, 'global-south': 0, 'global-majority': 0, ukraine: 0 }
      for (const id of ids) for (const hit of findThemeHits({ text: excerpts[id]?.text ?? '', sentences: [] }, lexicon)) if (hit.theme in sum) sum[hit.theme]!++
      return sum
    }
    expect(totals(sides.ru)).toEqual({ hegemony: 2, 'global-south': 1, 'global-majority': 3, ukraine: 3 })
    expect(totals(sides.cn)).toEqual({ hegemony: 0, 'global-south': 1, 'global-majority': 0, ukraine: 2 })
  })

  it('does not count the "Global South" page label of seeds/000 (the segmenter removes it) but would count it as text', () => {
    const text = `Global South\n${excerpts['000:1']?.text}`
    expect(countThemes(findThemeHits({ text, sentences: [] }, lexicon)).get('global-south')).toBe(1)
  })

  it('gives spans into the text and the sentence of each mention', () => {
    const text = excerpts['004:1']?.text ?? ''
    const sentences = splitSentences(text).map((span) => ({ span, speaker: { role: 'narrator' as const, name: null, side: null } }))
    const hits = findThemeHits({ text, sentences }, lexicon).filter((h) => h.theme === 'ukraine' || h.theme === 'global-south')
    expect(hits.map((h) => `${h.theme} ${text.slice(...h.span)} @${h.sentence}`)).toEqual(['global-south Global South @8', 'ukraine Ukraine crisis @14'])
  })

  it('lets themes overlap: "multipolar world order" is multipolar and world-order', () => {
    const hits = findThemeHits({ text: 'a just multipolar world order', sentences: [] }, lexicon)
    expect(hits.map((h) => h.theme)).toEqual(['multipolar', 'world-order'])
  })

  it('reads the Chinese MFA\'s "multipolarization of the world" as multipolarity', () => {
    const hits = findThemeHits({ text: 'Both countries stand for the multipolarization of the world and multipolarisation too.', sentences: [] }, lexicon)
    expect(hits.map((h) => h.theme)).toEqual(['multipolar', 'multipolar'])
  })

  it('finds the sentence of an offset by binary search', () => {
    const sentences = [[0, 5], [6, 10], [20, 30]].map((s) => ({ span: s as [number, number], speaker: { role: 'narrator' as const, name: null, side: null } }))
    expect([0, 7, 15, 25, 99].map((o) => sentenceAt(sentences, o))).toEqual([0, 1, 1, 2, 2])
    expect(sentenceAt([], 3)).toBe(0)
  })
})
