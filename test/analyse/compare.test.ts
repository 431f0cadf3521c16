import { describe, expect, it } from 'vitest'
import { compareEvent, labelChoices } from '../../src/analyse/compare.js'
import { defaultLexicon } from '../../src/analyse/lexicon.js'
import type { Account, AlignedEvent, Comparison } from '../../src/types.js'
import { journalist, makeAccount, narrator, person } from './fixtures/accounts.js'
import { excerpts } from './fixtures/seed-excerpts.js'

const lavrov = person('Sergey Lavrov', 'ru')
const wangYi = person('Wang Yi', 'cn')

/** 003:12 (seeds/003, lines 177-181): the title, then Lavrov's opening remarks. */
const ru = makeAccount('003:12', 'ru', excerpts['003:12']?.text ?? '', (line) => (line === 0 ? narrator : lavrov))
/** 004:1 (seeds/004, lines 3-19): title, lead, Wang Yi's paragraphs, Lavrov's paragraph, closing line. */
const cn = makeAccount('004:1', 'cn', excerpts['004:1']?.text ?? '', (line) => [narrator, narrator, wangYi, wangYi, lavrov, narrator][line] ?? narrator)

const event = (ruIds: string[], cnIds: string[]): AlignedEvent => ({
  id: '2024-06-10-lavrov-wang-yi-nizhny-novgorod',
  date: '2024-06-10',
  place: 'Nizhny Novgorod',
  participants: ['Sergey Lavrov', 'Wang Yi'],
  ru: ruIds,
  cn: cnIds,
  confidence: 1,
  reasons: [],
  against: [],
  override: null,
})
const accounts = (...list: Account[]) => new Map(list.map((a) => [a.id, a]))
const sentence = (a: Account, i: number): string => a.text.slice(...(a.sentences[i]?.span ?? [0, 0]))
const theme = (c: Comparison, id: string) => c.themes.find((t) => t.theme === id)

describe('analyse/compare on the 2024-06-10 Nizhny Novgorod pair (003:12, 004:1)', () => {
  const lexicon = defaultLexicon()
  const c = compareEvent(event(['003:12'], ['004:1']), accounts(ru, cn), lexicon)

  it('shows the label choice: Global Majority (ru) against Global South (cn)', () => {
    expect(c.labelChoices.find((l) => l.family === 'developing-world')).toEqual({
      family: 'developing-world',
      familyLabel: 'The developing world',
      ru: ['global-majority'],
      cn: ['global-south', 'developing-countries'],
    })
  })

  it('finds Ukraine in the cn account only, the SCO in the ru account only, with omission weights', () => {
    // Token counts: ru 215, cn 413 (n = 628). Ukraine: k = 1 in cn → (413/628)^1 = 0.657643;
    // SCO: k = 2 in ru → (215/628)^2 = 0.117208.
    expect([c.ruTokens, c.cnTokens]).toEqual([215, 413])
    expect(c.lengthRatio).toBeCloseTo(215 / 413, 12)
    expect(theme(c, 'ukraine')).toMatchObject({ onlyIn: 'cn', ru: { count: 0 }, cn: { count: 1, firstSentence: 14 } })
    expect(theme(c, 'ukraine')?.omissionP).toBeCloseTo(0.657643, 5)
    expect(theme(c, 'sco')).toMatchObject({ onlyIn: 'ru', ru: { count: 2 }, cn: { count: 0, firstSentence: null, firstShare: null } })
    expect(theme(c, 'sco')?.omissionP).toBeCloseTo(0.117208, 5)
    expect(theme(c, 'brics')).toMatchObject({ onlyIn: null, omissionP: null, ru: { count: 4 }, cn: { count: 8 } })
  })

  it('says who mentions a theme', () => {
    expect(theme(c, 'brics')?.cn.speakers).toEqual({ 'Sergey Lavrov': 3, 'Wang Yi': 5 })
    expect(theme(c, 'brics')?.ru.speakers).toEqual({ 'Sergey Lavrov': 3, unattributed: 1 })
    expect(theme(c, 'ukraine')?.cn.speakers).toEqual({ unattributed: 1 })
    expect(theme(c, 'global-south')?.cn.speakers).toEqual({ 'Wang Yi': 1 })
  })

  it('gives first mention and sentence share', () => {
    // BRICS in cn: first in sentence 6 ("Wang Yi said BRICS is…"), 5 of 15 sentences mention it.
    const brics = theme(c, 'brics')?.cn
    expect(brics?.firstSentence).toBe(6)
    expect(brics?.sentenceShare).toBeCloseTo(5 / 15, 12)
    expect(cn.text.slice(Math.round((brics?.firstShare ?? 0) * cn.text.length)).startsWith('BRICS is an important platform')).toBe(true)
  })

  it('lists only the themes that either side mentions, in lexicon order', () => {
    const order = lexicon.themes.map((t) => t.id)
    const ids = c.themes.map((t) => t.theme)
    expect(ids).toEqual([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b)))
    expect(ids).not.toContain('hegemony')
  })

  it('aligns the sentences that say much the same, with a word diff', () => {
    const pairs = c.aligned.map((a) => [sentence(ru, a.ru.sentence), sentence(cn, a.cn.sentence)] as const)
    const has = (r: string, k: string) => pairs.some(([x, y]) => x.includes(r) && y.includes(k))
    expect(has('opinion allies and countries interested in cooperation with BRICS', 'like-minded countries')).toBe(true)
    expect(has('primarily at the UN Security Council', 'United Nations Security Council')).toBe(true)
    expect(has('summit in Kazan', 'BRICS summit in Kazan')).toBe(true)
    expect(has('Sergey Lavrov’s opening remarks', 'Wang Yi met with Russian Foreign Minister Sergey Lavrov in Nizhny Novgorod')).toBe(true)
    for (const a of c.aligned) {
      expect(a.similarity).toBeGreaterThanOrEqual(0.18)
      expect(a.diff).not.toBeNull()
      // Dropping the added parts gives the ru sentence back, dropping the removed ones the cn sentence.
      expect(a.diff?.filter((p) => !p.added).map((p) => p.value).join('')).toBe(sentence(ru, a.ru.sentence))
      expect(a.diff?.filter((p) => !p.removed).map((p) => p.value).join('')).toBe(sentence(cn, a.cn.sentence))
    }
  })

  it('lists the sentences without a counterpart as omissions of the other side', () => {
    const ruOnly = c.unmatched.ru.map((i) => sentence(ru, i))
    expect(ruOnly.some((s) => s.includes('The Global Majority countries'))).toBe(true)
    const cnOnly = c.unmatched.cn.map((i) => sentence(cn, i))
    expect(cnOnly.some((s) => s.includes('Ukraine crisis'))).toBe(true)
    expect(c.unmatched.ru.length + c.aligned.length).toBe(ru.sentences.length)
    expect(c.unmatched.cn.length + c.aligned.length).toBe(cn.sentences.length)
  })

  it('returns the hits for highlighting', () => {
    expect(c.hits.ru.filter((h) => h.theme === 'sco').map((h) => ru.text.slice(...h.span))).toEqual(['SCO', 'SCO'])
    expect(c.hits.cn.filter((h) => h.theme === 'global-south').map((h) => cn.text.slice(...h.span))).toEqual(['Global South'])
  })

  it('compares the fullest account of a side that has several', () => {
    const short = makeAccount('003:99', 'ru', 'Lavrov met Wang Yi. They discussed BRICS.')
    const two = compareEvent(event(['003:12', '003:99'], ['004:1']), accounts(ru, short, cn), lexicon)
    expect(two.ruAccount).toBe('003:12')
  })

  it('gives null diffs when the word diff would need too many edits', () => {
    const tight = compareEvent(event(['003:12'], ['004:1']), accounts(ru, cn), lexicon, { maxEditLength: 1 })
    expect(tight.aligned.length).toBeGreaterThan(0)
    expect(tight.aligned.every((a) => a.diff === null)).toBe(true)
  })

  it('throws on an event without both sides or with unknown accounts (caller mistakes)', () => {
    expect(() => compareEvent(event(['003:12'], []), accounts(ru, cn), lexicon)).toThrow(/needs accounts on both sides/)
    expect(() => compareEvent(event(['003:12'], ['004:9']), accounts(ru, cn), lexicon)).toThrow(/'004:9' is not among/)
  })
})

describe('analyse/compare attribution', () => {
  it('puts the "Global South" of Lavrov’s NTV interview (003:8) in a journalist’s question', () => {
    // seeds/003, lines 97-105: line 1 and line 5 of the excerpt are "❓" questions, the "💬" answers are Lavrov's.
    const interview = makeAccount('003:8', 'ru', excerpts['003:8']?.text ?? '', (line) =>
      line === 0 ? narrator : line === 1 || line === 5 ? journalist : lavrov,
    )
    const c = compareEvent(event(['003:8'], ['004:1']), accounts(interview, cn), defaultLexicon())
    expect(theme(c, 'global-south')?.ru.speakers).toEqual({ journalist: 1 })
    expect(theme(c, 'global-south')?.cn.speakers).toEqual({ 'Wang Yi': 1 })
    expect(theme(c, 'brics')?.ru.speakers).toEqual({ journalist: 1, 'Sergey Lavrov': 3 })
  })
})

describe('analyse/compare labelChoices', () => {
  it('orders the labels of a side by mentions, and skips families nobody uses', () => {
    const stats = (count: number) => ({ count, firstSentence: null, firstShare: null, sentenceShare: 0, speakers: {} })
    const t = (id: string, family: string | null, ruCount: number, cnCount: number) => ({
      theme: id, label: id, family, ru: stats(ruCount), cn: stats(cnCount), onlyIn: null, omissionP: null,
    })
    expect(labelChoices([t('a', 'f', 1, 0), t('b', 'f', 3, 2), t('c', 'g', 0, 0), t('d', null, 5, 5)], { f: 'F', g: 'G' })).toEqual([
      { family: 'f', familyLabel: 'F', ru: ['b', 'a'], cn: ['b'] },
    ])
  })
})
