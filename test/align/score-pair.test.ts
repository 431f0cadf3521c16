import { describe, expect, it } from 'vitest'
import { kindAgreement, listNames, scorePair } from '../../src/align/score-pair.js'
import { makeAccount, seed } from './make-account.js'

describe('align/score-pair', () => {
  it('scores the true Nizhny Novgorod pair high, with its reasons', () => {
    const score = scorePair(seed['003:12'], seed['004:1'])
    expect(score.confidence).toBeGreaterThan(0.9)
    expect(score.reasons).toEqual(
      expect.arrayContaining(['same date 2024-06-10', 'both name Sergey Lavrov and Wang Yi', 'same place Nizhny Novgorod', 'both report a meeting']),
    )
    expect(score.reasons.some((r) => /^text similarity 0\.\d\d$/.test(r))).toBe(true)
    // 004:1 also names Putin (his earlier visit): a passing mention is no objection.
    expect(score.against).toEqual([])
  })

  it('rejects Lavrov with Iran\'s or Laos\'s minister on the same day in the same city', () => {
    for (const id of ['003:13', '003:14'] as const) {
      const score = scorePair(seed[id], seed['004:1'])
      expect(score.confidence).toBeLessThan(0.05)
      expect(score.reasons).toContain('same place Nizhny Novgorod')
      expect(score.against[0] ?? '').toMatch(new RegExp(`^different counterparts: ${id} names .+, 004:1 names Wang Yi$`))
    }
  })

  it('says when a date is inferred, and uses a window with its uncertainty', () => {
    const score = scorePair(seed['001:1'], seed['002:1'])
    expect(score.reasons[0]).toBe(
      "date 2022-09-21 within 001:1's window 2022-09-13..2022-09-30 (001:1: date inferred, no date in the text; window from #UNGA77 (77th session, September 2022))",
    )
    expect(score.against).toContain("001:1 gives only a window of 18 days")
    expect(score.against).toContain('001:1 names no place')
    // Same people, but an 18-day window is weaker evidence than a stated day.
    expect(score.confidence).toBeGreaterThan(0.5)
    const stated = scorePair(makeAccount({ ...specOf(seed['001:1']), date: '2022-09-21', window: null }), seed['002:1'])
    expect(stated.confidence).toBeGreaterThan(score.confidence)
  })

  it('marks a year filled in from neighbouring posts', () => {
    const score = scorePair(seed['000:1'], seed['001:4'])
    expect(score.reasons[0]).toBe('same date 2023-01-09 (001:4: year inferred, year from neighbouring posts (2022-11-15, 2023-03-02))')
    expect(score.reasons).toContain('both report a phone call')
  })

  it('variation: a phone call with another country on the same day', () => {
    // Modelled on 003:13: Lavrov's call with Iran's minister the day Wang Yi met him.
    const call = makeAccount({
      id: '009:1',
      side: 'ru',
      date: '2024-06-10',
      kind: 'phone call',
      participants: ['Sergey Lavrov', 'Ali Bagheri Kani'],
      text: 'On June 10, Foreign Minister Sergey Lavrov had a telephone conversation with Acting Foreign Minister of Iran Ali Bagheri Kani.',
    })
    const score = scorePair(call, seed['004:1'])
    expect(score.confidence).toBeLessThan(0.01)
    expect(score.against).toContain('a phone call (009:1) vs a meeting (004:1)')
  })

  it('variation: the same two ministers a month later', () => {
    const later = makeAccount({ ...specOf(seed['003:12']), id: '009:2', date: '2024-07-10' })
    const score = scorePair(later, seed['004:1'])
    expect(score.confidence).toBeLessThan(0.2)
    expect(score.against[0]).toBe('dates 30 days apart (2024-07-10, 2024-06-10)')
  })

  it('one day apart still counts, less', () => {
    const next = scorePair(makeAccount({ ...specOf(seed['003:12']), id: '009:3', date: '2024-06-11' }), seed['004:1'])
    const same = scorePair(seed['003:12'], seed['004:1'])
    expect(next.confidence).toBeLessThan(same.confidence)
    expect(next.confidence).toBeGreaterThan(0.5)
    expect(next.against[0]).toBe('dates 1 day apart (2024-06-11, 2024-06-10)')
  })

  it('different stated places count against', () => {
    const moved = scorePair(makeAccount({ ...specOf(seed['003:12']), id: '009:4', place: 'Kazan' }), seed['004:1'])
    expect(moved.against).toContain('different places: Kazan (009:4), Nizhny Novgorod (004:1)')
    expect(moved.confidence).toBeLessThan(scorePair(seed['003:12'], seed['004:1']).confidence)
  })

  it('counts a place and the area it lies in as one place (Nusa Dua is in Bali), two towns of it as two', () => {
    const at = (id: string, place: string) => makeAccount({ ...specOf(seed['003:12']), id, place })
    expect(scorePair(at('009:5', 'Nusa Dua'), { ...seed['004:1'], facts: { ...seed['004:1'].facts, place: { value: 'Bali', reason: 'test', inferred: false } } }).reasons).toContain('same place Nusa Dua')
    expect(scorePair(at('009:6', 'Panaji'), at('009:7', 'Goa')).against.some((r) => r.startsWith('different places'))).toBe(false)
    expect(scorePair(at('009:8', 'Denpasar'), at('009:9', 'Nusa Dua')).against).toContain('different places: Denpasar (009:8), Nusa Dua (009:9)')
  })

  it('does not require equal participant lists: a name missed by extraction is found in the text', () => {
    // 003:12's text names Wang Yi; suppose extraction listed only Lavrov.
    const missed = makeAccount({ ...specOf(seed['003:12']), id: '009:5', participants: ['Sergey Lavrov'] })
    const score = scorePair(missed, seed['004:1'])
    expect(score.reasons).toContain('009:5 mentions Wang Yi in its text')
    expect(score.against).toEqual([])
    expect(score.confidence).toBeGreaterThan(0.9)
  })

  it('reads "Russian-Chinese talks" naming only the own leader as silent about the other leader, not at odds with him', () => {
    const ru = makeAccount({ id: '010:1', side: 'ru', date: '2025-05-08', place: 'Moscow', kind: 'talks', participants: ['Vladimir Putin'], text: 'Russian-Chinese talks were held in the Kremlin.\nVladimir Putin: We defend the historical truth.' })
    const cn = makeAccount({ id: '011:1', side: 'cn', date: '2025-05-08', place: 'Moscow', kind: 'talks', participants: ['Xi Jinping', 'Vladimir Putin'], text: 'Xi Jinping holds talks with Vladimir Putin\nXi Jinping held talks with Vladimir Putin in the Kremlin.' })
    const score = scorePair(ru, cn)
    expect(score.reasons).toContain('010:1 tells Russian-Chinese talks naming only its own side, so not Xi Jinping')
    expect(score.confidence).toBeGreaterThan(0.5)
    // A meeting with someone else is no such silence.
    expect(scorePair({ ...ru, facts: { ...ru.facts, kind: { ...ru.facts.kind, value: 'meeting' } } }, cn).reasons.join(' ')).not.toContain('naming only its own side')
  })

  it('a counterpart the other account does not name at all weakens the pair', () => {
    const silent = makeAccount({
      ...specOf(seed['003:12']),
      id: '009:6',
      participants: ['Sergey Lavrov'],
      text: 'Foreign Minister Sergey Lavrov’s opening remarks at the #BRICS Foreign Ministers Meeting (Nizhny Novgorod, June 10, 2024)',
    })
    const score = scorePair(silent, seed['004:1'])
    expect(score.against).toContain('004:1 names Wang Yi, 009:6 does not')
    expect(score.against.some((a) => a.startsWith('different counterparts'))).toBe(false)
    expect(score.confidence).toBeLessThan(scorePair(seed['003:12'], seed['004:1']).confidence)
  })

  it('kind compatibility: remarks happen at a meeting, a call is not one', () => {
    expect(kindAgreement('meeting', 'meeting')).toBeGreaterThan(0)
    expect(kindAgreement('remarks', 'meeting')).toBe(0)
    expect(kindAgreement('phone call', 'talks')).toBe(-2)
    // A ceremony (a parade, a gala) and the talks of its day are two events.
    expect(kindAgreement('ceremony', 'talks')).toBe(-2)
    expect(kindAgreement('ceremony', 'ceremony')).toBeGreaterThan(0)
    expect(kindAgreement('other', 'phone call')).toBe(0)
  })

  it('lists names as a reader would', () => {
    expect(listNames(['A'])).toBe('A')
    expect(listNames(['A', 'B'])).toBe('A and B')
    expect(listNames(['A', 'B', 'C'])).toBe('A, B and C')
  })

  it('is symmetric in confidence', () => {
    expect(scorePair(seed['004:1'], seed['003:12']).confidence).toBeCloseTo(scorePair(seed['003:12'], seed['004:1']).confidence, 12)
  })
})

/** The spec back from an account, to vary one field. */
function specOf(account: ReturnType<typeof makeAccount>) {
  const f = account.facts
  return {
    id: account.id,
    side: account.side.value,
    date: f.date.value,
    precision: f.date.precision,
    window: f.date.window,
    dateReason: f.date.reason,
    place: f.place.value,
    participants: [...f.participants],
    kind: f.kind.value,
    text: account.text,
    tags: [...account.tags],
  }
}
