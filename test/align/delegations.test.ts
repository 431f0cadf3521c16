import { describe, expect, it } from 'vitest'
import { alignAccounts } from '../../src/align/align-accounts.js'
import { makeAccount } from './make-account.js'

/**
 * One multilateral ministerial told by each side through its own delegate, as both ministries do
 * (seeds/003 post 10 is Lavrov's side of an SCO Council of Foreign Ministers); beside it, a bilateral
 * meeting on its sidelines. The texts are variations in the seeds' styles, not records.
 */
const ruMinisterial = makeAccount({
  id: '030:1',
  side: 'ru',
  date: '2024-05-21',
  place: 'Astana',
  participants: ['Sergey Lavrov'],
  kind: 'multilateral meeting',
  text: "Foreign Minister Sergey Lavrov's participation in the meeting of the SCO Council of Foreign Ministers\nOn May 21, Foreign Minister Sergey Lavrov took part in a meeting of the Shanghai Cooperation Organisation Council of Foreign Ministers in Astana.\nThe ministers discussed preparations for the SCO summit.",
})
const cnMinisterial = makeAccount({
  id: '031:1',
  side: 'cn',
  date: '2024-05-21',
  place: 'Astana',
  participants: ['Wang Yi'],
  kind: 'multilateral meeting',
  text: 'Wang Yi Attends the Meeting of the Council of Foreign Ministers of the Shanghai Cooperation Organization\nOn May 21, 2024 local time, Foreign Minister Wang Yi attended the Meeting of the Council of Foreign Ministers of the Shanghai Cooperation Organization (SCO) in Astana, Kazakhstan.',
})
const cnBilateral = makeAccount({
  id: '032:1',
  side: 'cn',
  date: '2024-05-21',
  place: 'Astana',
  participants: ['Wang Yi', 'Sergey Lavrov'],
  kind: 'meeting',
  text: 'Wang Yi Meets with Russian Foreign Minister Sergey Lavrov\nOn May 21, 2024 local time, Foreign Minister Wang Yi met with Russian Foreign Minister Sergey Lavrov on the sidelines of the SCO Council of Foreign Ministers meeting in Astana.',
})

describe('align: delegations to one multilateral meeting', () => {
  it('pairs the two sides\' accounts of a ministerial, each naming only its own minister, and says why', () => {
    const { events } = alignAccounts([ruMinisterial, cnMinisterial, cnBilateral])
    const pair = events.find((e) => e.ru.includes('030:1'))!
    expect(pair.cn).toEqual(['031:1'])
    expect(pair.reasons).toContain('each names only its own delegation at a multilateral meeting (Sergey Lavrov; Wang Yi)')
    expect(events.find((e) => e.cn.includes('032:1'))!.ru).toEqual([])
  })

  it('keeps a delegation apart from the other side\'s account of another multilateral meeting that day', () => {
    const elsewhere = { ...cnMinisterial, id: '033:1', facts: { ...cnMinisterial.facts, place: { value: 'Minsk', reason: 'stated', inferred: false } } }
    const { events } = alignAccounts([ruMinisterial, elsewhere])
    expect(events.every((e) => e.ru.length === 0 || e.cn.length === 0)).toBe(true)
  })

  it("pairs a delegation's account with the other side's account that names both ministers, whose own minister it never names", () => {
    const cnNamesBoth = makeAccount({
      id: '035:1',
      side: 'cn',
      date: '2024-05-21',
      place: 'Astana',
      participants: ['Wang Yi', 'Sergey Lavrov'],
      kind: 'multilateral meeting',
      text: 'Wang Yi Attends the SCO Council of Foreign Ministers\nOn May 21, 2024, Foreign Minister Wang Yi attended the Meeting of the Council of Foreign Ministers of the SCO in Astana. Russian Foreign Minister Sergey Lavrov and the other ministers attended.',
    })
    const { events } = alignAccounts([ruMinisterial, cnNamesBoth, cnBilateral])
    const pair = events.find((e) => e.ru.includes('030:1'))!
    expect(pair.cn).toEqual(['035:1'])
    // Wang Yi's absence from Lavrov's account costs nothing (counted against it, the pair is at 0.63).
    expect(pair.confidence).toBeGreaterThan(0.99)
    expect(pair.reasons).toContain('030:1 names only its own delegation at a multilateral meeting, so not Wang Yi')
    expect(pair.against.join(' ')).not.toContain('Wang Yi')
    expect(events.find((e) => e.cn.includes('032:1'))!.ru).toEqual([])
  })

  it('is no delegation when an account names an official of the other side', () => {
    const withGuest = makeAccount({ ...{ id: '034:1', side: 'cn', date: '2024-05-21', place: 'Astana', kind: 'multilateral meeting' }, participants: ['Wang Yi', 'Ali Bagheri Kani'], text: cnMinisterial.text })
    const { events } = alignAccounts([ruMinisterial, withGuest])
    expect(events.every((e) => e.ru.length === 0 || e.cn.length === 0)).toBe(true)
  })
})
