import { describe, expect, it } from 'vitest'
import { alignAccounts } from '../../src/align/align-accounts.js'
import type { Account, AlignedEvent } from '../../src/types.js'
import { runPipeline } from '../../src/index.js'
import { makeAccount, seed, seeds } from './make-account.js'

const all = (): Account[] => Object.values(seed)

/** One line per event: `ids | confidence | override`. */
function grouping(events: AlignedEvent[]): string[] {
  return events.map((e) => [...e.ru, ...e.cn].join(' '))
}

function eventOf(events: AlignedEvent[], id: string): AlignedEvent {
  const event = events.find((e) => e.ru.includes(id) || e.cn.includes(id))
  if (!event) throw new Error(`no event holds ${id}`)
  return event
}

describe('align/align-accounts', () => {
  it('groups the seeds as the gold annotation does', () => {
    const { events, diagnostics } = alignAccounts(all())
    expect(diagnostics).toEqual([])
    expect(grouping(events)).toEqual([
      '001:1 002:1',
      '001:2',
      '000:1 001:4',
      '003:3',
      '003:9',
      '003:13',
      '003:14',
      '003:12 004:1',
      '003:19',
    ])
  })

  it('names events with stable slugs and sorts them by date, then id', () => {
    const { events } = alignAccounts(all())
    expect(events.map((e) => e.id)).toEqual([
      '2022-09-21-lavrov-wang-yi-new-york',
      '2022-11-15-lavrov-wang-yi-denpasar',
      '2023-01-09-lavrov-qin-gang',
      '2023-10-16-lavrov-wang-yi-beijing',
      '2024-04-09-lavrov-xi-jinping-beijing',
      '2024-06-10-lavrov-kani-nizhny-novgorod',
      '2024-06-10-lavrov-kommasith-nizhny-novgorod',
      '2024-06-10-lavrov-wang-yi-nizhny-novgorod',
      '2024-09-25-lavrov-wang-yi',
    ])
  })

  it('puts every account in exactly one event', () => {
    const accounts = all()
    const { events } = alignAccounts(accounts)
    const ids = events.flatMap((e) => [...e.ru, ...e.cn]).sort()
    expect(ids).toEqual(accounts.map((a) => a.id).sort())
  })

  it('gives the same output whatever the input order', () => {
    const accounts = all()
    const reversed = [...accounts].reverse()
    const shuffled = [accounts[5]!, ...accounts.slice(7), accounts[0]!, ...accounts.slice(1, 5), accounts[6]!]
    const expected = alignAccounts(accounts).events
    expect(alignAccounts(reversed).events).toEqual(expected)
    expect(alignAccounts(shuffled).events).toEqual(expected)
  })

  it('on one day in one city, pairs only the account naming the right counterpart', () => {
    const { events } = alignAccounts(seeds('003:12', '003:13', '003:14', '004:1'))
    const pair = eventOf(events, '004:1')
    expect(pair.ru).toEqual(['003:12'])
    expect(pair.reasons).toContain('same place Nizhny Novgorod')
    const iran = eventOf(events, '003:13')
    expect(iran.cn).toEqual([])
    expect(iran.confidence).toBe(1)
    expect(iran.against[0]).toMatch(/^closest candidate 004:1 scored 0\.00 \(different counterparts: 003:13 names Ali Bagheri Kani, 004:1 names Wang Yi\)$/)
  })

  it('never pairs the hard negatives, even without the true partner', () => {
    // Without 003:12, the Iran and Laos meetings are the only Nizhny Novgorod candidates left.
    const { events } = alignAccounts(seeds('003:13', '003:14', '004:1', '003:19', '002:1', '001:2', '003:3', '003:9'))
    for (const e of events) expect(e.ru.length + e.cn.length).toBe(1)
  })

  it('variation: the same two ministers a month later is another meeting', () => {
    const later = makeAccount({
      id: '005:1',
      side: 'cn',
      date: '2024-07-10',
      place: 'Nizhny Novgorod',
      participants: ['Wang Yi', 'Sergey Lavrov'],
      text: seed['004:1'].text.replace('June 10, 2024', 'July 10, 2024'),
    })
    const { events } = alignAccounts([...seeds('003:12', '004:1'), later])
    expect(grouping(events)).toEqual(['003:12 004:1', '005:1'])
  })

  it('variation: a Telegram post without a year joins its press release and the Chinese readout', () => {
    const release = makeAccount({
      id: '006:1',
      side: 'ru',
      date: '2024-06-10',
      place: 'Nizhny Novgorod',
      participants: ['Sergey Lavrov', 'Wang Yi'],
      text: seed['003:12'].text,
    })
    const { events } = alignAccounts([release, ...seeds('003:12', '003:13', '004:1')])
    const event = eventOf(events, '004:1')
    expect(event.ru).toEqual(['003:12', '006:1'])
    expect(event.cn).toEqual(['004:1'])
    // Several links: each reason says which two accounts it is about.
    expect(event.reasons.some((r) => r.startsWith('003:12 & 006:1: text similarity'))).toBe(true)
    expect(event.reasons.some((r) => /^(003:12|006:1) & 004:1: same date 2024-06-10/.test(r))).toBe(true)
  })

  it('variation: a copy whose extraction missed the counterpart still joins its release', () => {
    // 001:4 as extraction might give it: Qin Gang is in the text but not in the list.
    const post = makeAccount({ id: '001:4', side: 'ru', date: '2023-01-09', precision: 'year-inferred', kind: 'phone call', participants: ['Sergey Lavrov'], text: seed['001:4'].text })
    const { events } = alignAccounts([seed['000:1'], post])
    expect(grouping(events)).toEqual(['000:1 001:4'])
    expect(events[0]!.reasons).toContain('001:4 mentions Qin Gang in its text')
  })

  it('variation: a Chinese-only leaders\' call stays unmatched', () => {
    const call = makeAccount({
      id: '007:1',
      side: 'cn',
      date: '2024-06-10',
      kind: 'phone call',
      participants: ['Xi Jinping', 'Vladimir Putin'],
      text: 'On the evening of June 10, President Xi Jinping had a phone call with Russian President Vladimir Putin. The two heads of state exchanged views on bilateral relations and the BRICS chairmanship.',
    })
    const putinElsewhere = makeAccount({
      id: '008:1',
      side: 'ru',
      date: '2024-06-10',
      place: 'Moscow',
      kind: 'meeting',
      participants: ['Vladimir Putin', 'Shehbaz Sharif'],
      text: 'President of Russia Vladimir Putin met with Prime Minister of Pakistan Shehbaz Sharif in Moscow.',
    })
    const { events } = alignAccounts([...seeds('003:12', '004:1'), call, putinElsewhere])
    expect(eventOf(events, '007:1').ru).toEqual([])
    expect(eventOf(events, '008:1').cn).toEqual([])
    expect(eventOf(events, '004:1').ru).toEqual(['003:12'])
  })

  it('sorts ids naturally inside an event', () => {
    const a = makeAccount({ id: '003:10', side: 'ru', date: '2024-06-10', participants: ['Sergey Lavrov', 'Wang Yi'], text: seed['003:12'].text })
    const b = makeAccount({ id: '003:2', side: 'ru', date: '2024-06-10', participants: ['Sergey Lavrov', 'Wang Yi'], text: seed['003:12'].text })
    const { events } = alignAccounts([a, b])
    expect(events).toHaveLength(1)
    expect(events[0]!.ru).toEqual(['003:2', '003:10'])
  })

  it('dedupes colliding slugs with -2, -3, deterministically', () => {
    const lone = (id: string, text: string) => makeAccount({ id, side: 'ru', date: '2024-01-01', kind: 'statement', participants: ['Sergey Lavrov'], text })
    const accounts = [lone('010:3', 'Statement on Gaza.'), lone('010:1', 'Statement on the Arctic Council.'), lone('010:2', 'Remarks on migration.')]
    const { events } = alignAccounts(accounts)
    expect(events.map((e) => `${e.id} ${e.ru.join()}`)).toEqual([
      '2024-01-01-lavrov 010:1',
      '2024-01-01-lavrov-2 010:2',
      '2024-01-01-lavrov-3 010:3',
    ])
  })

  it('puts undated events last, named "undated"', () => {
    const undated = makeAccount({ id: '011:1', side: 'ru', participants: ['Sergey Lavrov'], text: 'Lavrov on the Arctic.' })
    const { events } = alignAccounts([undated, seed['003:12']])
    expect(events.map((e) => e.id)).toEqual(['2024-06-10-lavrov-wang-yi-nizhny-novgorod', 'undated-lavrov'])
  })

  describe('overrides', () => {
    it('a confirmed pair wins and says so', () => {
      const { events, diagnostics } = alignAccounts(seeds('003:13', '004:1'), undefined, { confirm: [['003:13', '004:1']], reject: [] })
      expect(diagnostics).toEqual([])
      expect(events).toHaveLength(1)
      const event = events[0]!
      expect(event.override).toBe('confirmed')
      expect(event.confidence).toBe(1)
      expect(event.reasons[0]).toBe('confirmed by analyst')
      // What the scores would have said stays visible.
      expect(event.against[0]).toBe('different counterparts: 003:13 names Ali Bagheri Kani, 004:1 names Wang Yi')
    })

    it('a rejected pair never shares an event, and the next best candidate may pair', () => {
      const { events } = alignAccounts(seeds('003:12', '004:1'), undefined, { confirm: [], reject: [['004:1', '003:12']] })
      expect(grouping(events)).toEqual(['003:12', '004:1'])
      expect(events.every((e) => e.override === null)).toBe(true)
    })

    it('a rejection also splits same-side copies', () => {
      const { events } = alignAccounts(seeds('000:1', '001:4'), undefined, { confirm: [], reject: [['000:1', '001:4']] })
      expect(grouping(events)).toEqual(['000:1', '001:4'])
    })

    it('a confirmed group still takes a same-side copy', () => {
      const release = makeAccount({ id: '006:1', side: 'ru', date: '2024-06-10', place: 'Nizhny Novgorod', participants: ['Sergey Lavrov', 'Wang Yi'], text: seed['003:12'].text })
      const { events } = alignAccounts([release, ...seeds('003:12', '004:1')], undefined, { confirm: [['003:12', '004:1']], reject: [] })
      expect(grouping(events)).toEqual(['003:12 006:1 004:1'])
      expect(events[0]!.override).toBe('confirmed')
    })

    it('an unknown id is one diagnostic line naming it; the rest still applies', () => {
      const { events, diagnostics } = alignAccounts(seeds('003:12', '004:1'), undefined, {
        confirm: [['003:12', '999:1']],
        reject: [['004:1', '998:7', '003:12']],
      })
      expect(diagnostics.map((d) => `${d.file}: ${d.message} [${d.ruleId}]`)).toEqual([
        'pairOverrides: reject list names account "998:7", which is not among the accounts [unknown-account]',
        'pairOverrides: confirm list names account "999:1", which is not among the accounts [unknown-account]',
      ])
      expect(grouping(events)).toEqual(['003:12', '004:1'])
    })

    it('a confirm list that contradicts a reject list is ignored, with a diagnostic', () => {
      const { events, diagnostics } = alignAccounts(seeds('003:12', '004:1'), undefined, {
        confirm: [['003:12', '004:1']],
        reject: [['003:12', '004:1']],
      })
      expect(diagnostics.map((d) => d.ruleId)).toEqual(['conflicting-override'])
      expect(diagnostics[0]!.message).toBe(
        'confirm list [003:12, 004:1] would join "003:12" and "004:1", which a reject list keeps apart: confirmation ignored',
      )
      expect(grouping(events)).toEqual(['003:12', '004:1'])
    })
  })

  it('throws on duplicate ids and bad options (caller mistakes)', () => {
    expect(() => alignAccounts(seeds('003:12', '003:12'))).toThrow('alignAccounts: expected unique account ids, found "003:12" twice')
    expect(() => alignAccounts([], { maxDays: -1 })).toThrow('align option maxDays: expected a whole number ≥ 0, found -1')
    expect(() => alignAccounts([], { minConfidence: 2 })).toThrow('align option minConfidence: expected a number in [0, 1], found 2')
  })

  it('returns nothing for no accounts', () => {
    expect(alignAccounts([])).toEqual({ events: [], diagnostics: [] })
  })
})

describe('align/align-accounts: a page and the channel\'s retelling of it', () => {
  const files = ['h01_midru_lavrov_wangyi_talks_moscow.txt', 'h10_tg_russian_mfa_forwarded.txt', 'h04_fmprc_wangyi_holds_talks_lavrov.txt']

  it('groups two same-side accounts of less alike wording when day, place, kind and people all agree', async () => {
    const corpus = await runPipeline(files.map((f) => `test/fixtures/annotated/${f}`))
    const [page, post, cn] = ['h01:1', 'h10:5', 'h04:1'].map((id) => corpus.accounts.find((a) => a.id === id)!)
    const together = alignAccounts([page!, post!, cn!]).events
    expect(grouping(together)).toEqual(['h01:1 h10:5 h04:1'])
    // Without a stated place the wording alone (cosine 0.58, under 0.6) does not make them one event.
    const placeless = { ...post!, facts: { ...post!.facts, place: { value: null, reason: 'none', inferred: false } } }
    expect(grouping(alignAccounts([page!, placeless]).events).sort()).toEqual(['h01:1', 'h10:5'])
  })
})

describe('align/align-accounts: one side telling one event twice in different words', () => {
  const load = async (files: string[]) => (await runPipeline(files.map((f) => `test/fixtures/annotated-2/${f}`))).accounts

  it('groups the readout of talks and the opening remarks made at them, and the Chinese readout joins both', async () => {
    const accounts = await load(['k08_telegram_mfarussia_export_july2025_result.json', 'k07_fmprc_wang_yi_meets_lavrov_beijing_2025-07-13.txt'])
    const [remarks, readout, cn] = ['k08:2', 'k08:3', 'k07:1'].map((id) => accounts.find((a) => a.id === id)!)
    expect(grouping(alignAccounts([remarks!, readout!, cn!]).events)).toEqual(['k08:2 k08:3 k07:1'])
  })

  it('groups two accounts of one call, which has no place, on the very day, the kind and the people', async () => {
    const accounts = await load(['k14_telegram_chinese_embassy_in_russia_2024_2026.txt', 'k18_fmprc_wang_yi_phone_call_lavrov_2026-01-27.txt'])
    const [post, page] = ['k14:7', 'k18:1'].map((id) => accounts.find((a) => a.id === id)!)
    expect(grouping(alignAccounts([post!, page!]).events)).toEqual(['k14:7 k18:1'])
    // A day apart, it is not the same call.
    const dayAfter = { ...page!, facts: { ...page!.facts, date: { ...page!.facts.date, value: '2026-01-28' } } }
    expect(grouping(alignAccounts([post!, dayAfter]).events).sort()).toEqual(['k14:7', 'k18:1'])
  })
})
