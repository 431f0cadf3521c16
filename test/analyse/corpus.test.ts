import { describe, expect, it } from 'vitest'
import { analyse } from '../../src/analyse/analyse.js'
import { corpusStats } from '../../src/analyse/corpus.js'
import { defaultLexicon } from '../../src/analyse/lexicon.js'
import type { Account, AlignedEvent } from '../../src/types.js'
import { makeAccount } from './fixtures/accounts.js'
import { excerpts } from './fixtures/seed-excerpts.js'

/** Paths of numbers in a value that are NaN or ±Infinity. */
function nonFinite(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path]
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([k, v]) => nonFinite(v, `${path}.${k}`))
}

const account = (id: string, side: 'ru' | 'cn'): Account => makeAccount(id, side, excerpts[id]?.text ?? '')
const event = (id: string, ru: string[], cn: string[]): AlignedEvent => ({
  id, date: null, place: null, participants: [], ru, cn, confidence: 1, reasons: [], against: [], override: null,
})

const accounts = ['000:1', '001:1', '001:2', '001:3', '001:4', '003:2', '003:3', '003:8', '003:9', '003:12', '003:18', '003:19']
  .map((id) => account(id, 'ru'))
  .concat([account('002:1', 'cn'), account('004:1', 'cn')])
const events = [
  event('2022-09-21-unga77', ['001:1'], ['002:1']),
  event('2024-06-10-nizhny-novgorod', ['003:12'], ['004:1']),
  event('2023-01-09-call', ['000:1', '001:4'], []),
]

describe('analyse/corpus and analyse', () => {
  const lexicon = defaultLexicon()
  const analysis = analyse(accounts, events, lexicon)

  it('compares every event told by both sides, in event order', () => {
    expect(analysis.comparisons.map((c) => [c.eventId, c.ruAccount, c.cnAccount])).toEqual([
      ['2022-09-21-unga77', '001:1', '002:1'],
      ['2024-06-10-nizhny-novgorod', '003:12', '004:1'],
    ])
  })

  it('gives theme frequencies per side in lexicon order, raw and per million', () => {
    const { themes, tokens } = analysis.corpus
    expect(themes.map((t) => t.term)).toEqual(lexicon.themes.map((t) => t.id))
    const row = (id: string) => themes.find((t) => t.term === id)
    // gold term_totals_after_dedup: ru ukraine 3 / global majority 3 / hegemony 2; cn ukraine 2 / global south 1
    expect(row('ukraine')).toMatchObject({ ru: 3, cn: 2 })
    expect(row('global-majority')).toMatchObject({ ru: 3, cn: 0 })
    expect(row('hegemony')).toMatchObject({ ru: 2, cn: 0 })
    expect(row('global-south')).toMatchObject({ ru: 1, cn: 1 })
    expect(row('ukraine')?.ruPerMillion).toBeCloseTo((3 / tokens.ru) * 1e6, 9)
  })

  it('has finite keyness everywhere and sorts words by |LRC| then |G²| then term', () => {
    const { keyness } = analysis.corpus
    expect(keyness.length).toBeGreaterThan(0)
    for (const row of [...keyness, ...analysis.corpus.themes]) {
      for (const v of [row.g2, row.bic, row.logRatio, row.lrc, row.ruPerMillion, row.cnPerMillion]) expect(Number.isFinite(v)).toBe(true)
    }
    for (let i = 1; i < keyness.length; i++) {
      const [a, b] = [keyness[i - 1]!, keyness[i]!]
      const key = (r: typeof a) => [Math.abs(r.lrc ?? 0), Math.abs(r.g2 ?? 0)]
      const [la, ga] = key(a)
      const [lb, gb] = key(b)
      expect(la! > lb! || (la === lb && (ga! > gb! || (ga === gb && a.term < b.term)))).toBe(true)
    }
    // JSON turns NaN and Infinity into null: the corpus has no nullable field, so no null may appear.
    expect(JSON.stringify(analysis.corpus)).not.toMatch(/null/)
    expect(nonFinite(analysis)).toEqual([])
  })

  it('tests themes across pairs with McNemar', () => {
    const sco = analysis.corpus.paired.find((p) => p.theme === 'sco')
    // 001:1 vs 002:1: cn only; 003:12 vs 004:1: ru only → b = c = 1, p = 1
    expect(sco).toMatchObject({ both: 0, ruOnly: 1, cnOnly: 1, neither: 0, p: 1, pHolm: 1 })
    const ukraine = analysis.corpus.paired.find((p) => p.theme === 'ukraine')
    // cn only in both pairs: McNemar(0, 2) = 2·(1/4) = 0.5
    expect(ukraine).toMatchObject({ both: 0, ruOnly: 0, cnOnly: 2, neither: 0, p: 0.5 })
  })

  it('is deterministic', () => {
    expect(JSON.stringify(analyse(accounts, events, lexicon))).toBe(JSON.stringify(analysis))
  })

  it('survives an empty side and an empty corpus', () => {
    const ruOnly = corpusStats(accounts.slice(0, 3), [], [], lexicon)
    expect(ruOnly.tokens.cn).toBe(0)
    expect(JSON.stringify(ruOnly)).not.toMatch(/NaN|Infinity|null/)
    expect(analyse([], [], lexicon).corpus).toMatchObject({ tokens: { ru: 0, cn: 0 }, keyness: [] })
  })

  it('throws when a comparison has no event (a caller mistake)', () => {
    expect(() => corpusStats(accounts, [], analysis.comparisons, lexicon)).toThrow(/has no event/)
  })
})
