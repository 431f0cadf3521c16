import { describe, expect, it } from 'vitest'
import { pairedThemeStats } from '../../../src/analyse/paired/paired-themes.js'
import type { Comparison, ThemeComparison } from '../../../src/types.js'

const stats = (count: number) => ({ count, firstSentence: null, firstShare: null, sentenceShare: 0, speakers: {} })
/** A comparison whose themes have the given [ru, cn] counts. */
function comparison(themes: Record<string, [number, number]>): Comparison {
  const list: ThemeComparison[] = Object.entries(themes).map(([theme, [ru, cn]]) => ({
    theme, label: theme, family: null, ru: stats(ru), cn: stats(cn), onlyIn: null, omissionP: null,
  }))
  return { eventId: 'e', ruAccount: 'r', cnAccount: 'c', ruTokens: 1, cnTokens: 1, lengthRatio: 1, themes: list, labelChoices: [], aligned: [], unmatched: { ru: [], cn: [] }, hits: { ru: [], cn: [] } }
}

describe('analyse/paired/paired-themes', () => {
  it('tabulates both / ru only / cn only / neither, with exact McNemar and Holm', () => {
    // ukraine: cn only in 9 pairs, ru only in 1 → McNemar(1, 9) = 0.021484; sco: ru only in 2 → 2·(1/4) = 0.5;
    // hegemony: never discordant → not tested, p = pHolm = 1. Holm over 2 tests: 0.021484·2 = 0.042969, then max(0.5·1, 0.042969) = 0.5.
    const comparisons = [
      ...Array.from({ length: 9 }, () => comparison({ ukraine: [0, 1] })),
      comparison({ ukraine: [2, 0], sco: [1, 0] }),
      comparison({ sco: [3, 0], hegemony: [1, 1] }),
      comparison({}),
    ]
    const rows = pairedThemeStats(['ukraine', 'sco', 'hegemony'], comparisons)
    expect(rows[0]).toMatchObject({ theme: 'ukraine', both: 0, ruOnly: 1, cnOnly: 9, neither: 2 })
    expect(rows[0]?.p).toBeCloseTo(0.021484375, 9)
    expect(rows[0]?.pHolm).toBeCloseTo(0.04296875, 9)
    expect(rows[1]).toMatchObject({ theme: 'sco', both: 0, ruOnly: 2, cnOnly: 0, neither: 10, p: 0.5, pHolm: 0.5 })
    expect(rows[2]).toMatchObject({ theme: 'hegemony', both: 1, ruOnly: 0, cnOnly: 0, neither: 11, p: 1, pHolm: 1 })
  })
})
