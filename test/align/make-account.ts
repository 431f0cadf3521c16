import { counterpartCountries } from '../../src/extract/counterpart-countries.js'
import { headText } from '../../src/extract/head-text.js'
import type { Account, DatePrecision, EventKind, Side } from '../../src/types.js'
import { seedText } from './seed-text.js'

/** What a test states about an account; everything else gets a plain default. */
export interface AccountSpec {
  id: string
  side: Side
  /** `YYYY-MM-DD`, or null with `window` / no date. */
  date?: string | null
  precision?: DatePrecision
  window?: readonly [string, string] | null
  dateReason?: string
  /** `MM-DD` of a text that states a day but no year. */
  monthDay?: string
  place?: string | null
  participants?: string[]
  kind?: EventKind
  text?: string
  tags?: string[]
  published?: string | null
}

/** Builds an `Account` by hand, as extract would give it. */
export function makeAccount(spec: AccountSpec): Account {
  const prefix = spec.id.split(':')[0] ?? spec.id
  const n = Number(spec.id.split(':')[1] ?? 1)
  const text = spec.text ?? `Account ${spec.id}.`
  const precision = spec.precision ?? (spec.date ? 'stated' : spec.window ? 'window' : 'none')
  const telegram = spec.side === 'ru' && prefix !== '000'
  const title = text.split('\n')[0] ?? ''
  const medium = telegram ? 'telegram' : 'web'
  return {
    id: spec.id,
    source: { path: `seeds/${prefix}.txt`, name: `${prefix}.txt`, sha256: '0'.repeat(64), format: telegram ? 'telegram-text' : 'web-text', bytes: text.length },
    n,
    medium,
    side: { value: spec.side, reason: 'test', inferred: false },
    title,
    text,
    sentences: [],
    tags: spec.tags ?? [],
    published: spec.published ?? null,
    channel: null,
    copyrightYear: null,
    publishedMonthDay: null,
    facts: {
      date: {
        value: spec.date ?? null,
        precision,
        window: spec.window ?? null,
        reason: spec.dateReason ?? (precision === 'stated' ? 'stated in the text' : ''),
        inferred: precision !== 'stated',
        ...(spec.monthDay === undefined ? {} : { monthDay: spec.monthDay }),
      },
      place: { value: spec.place ?? null, reason: spec.place ? 'stated' : 'no place named', inferred: false },
      participants: spec.participants ?? [],
      countries: counterpartCountries(headText({ title, text, medium })),
      kind: { value: spec.kind ?? 'meeting', reason: 'test', inferred: false },
    },
  }
}

const lavrov = 'Sergey Lavrov'
const wangYi = 'Wang Yi'
const qinGang = 'Qin Gang'

/**
 * The seed accounts of the hard cases, with the facts of `shared/gold/seeds.json`. Participants of
 * 004:1 and 002:1 also list people mentioned in passing (Putin's visit, Xi's initiatives), as a
 * greedy extractor would: alignment must not require equal lists.
 */
export const seed = {
  '000:1': makeAccount({ id: '000:1', side: 'ru', date: '2023-01-09', kind: 'phone call', participants: [lavrov, qinGang, 'Vladimir Putin', 'Xi Jinping'], text: seedText['000:1'] }),
  '001:1': makeAccount({
    id: '001:1',
    side: 'ru',
    window: ['2022-09-13', '2022-09-30'],
    dateReason: 'no date in the text; window from #UNGA77 (77th session, September 2022)',
    participants: [lavrov, wangYi],
    tags: ['RussiaChina', 'UNGA77', 'PhotoOfTheDay'],
    text: seedText['001:1'],
  }),
  '001:2': makeAccount({ id: '001:2', side: 'ru', date: '2022-11-15', place: 'Denpasar', participants: [lavrov, wangYi, 'Xi Jinping'], tags: ['RussiaChina'], text: seedText['001:2'] }),
  '001:4': makeAccount({
    id: '001:4',
    side: 'ru',
    date: '2023-01-09',
    precision: 'year-inferred',
    dateReason: 'year from neighbouring posts (2022-11-15, 2023-03-02)',
    kind: 'phone call',
    participants: [lavrov, qinGang],
    tags: ['RussiaChina'],
    text: seedText['001:4'],
  }),
  '002:1': makeAccount({ id: '002:1', side: 'cn', date: '2022-09-21', place: 'New York', participants: [wangYi, lavrov, 'Xi Jinping'], published: '2022-09-22', text: seedText['002:1'] }),
  '003:3': makeAccount({ id: '003:3', side: 'ru', date: '2023-10-16', precision: 'year-inferred', place: 'Beijing', kind: 'talks', participants: [lavrov, wangYi], text: seedText['003:3'] }),
  '003:9': makeAccount({ id: '003:9', side: 'ru', date: '2024-04-09', precision: 'year-inferred', place: 'Beijing', kind: 'visit', participants: [lavrov, 'Xi Jinping', wangYi], text: seedText['003:9'] }),
  '003:12': makeAccount({ id: '003:12', side: 'ru', date: '2024-06-10', place: 'Nizhny Novgorod', participants: [lavrov, wangYi], tags: ['RussiaChina'], text: seedText['003:12'] }),
  '003:13': makeAccount({
    id: '003:13',
    side: 'ru',
    date: '2024-06-10',
    precision: 'year-inferred',
    place: 'Nizhny Novgorod',
    participants: [lavrov, 'Ali Bagheri Kani', 'Ebrahim Raisi', 'Hossein Amir-Abdollahian'],
    tags: ['RussiaIran'],
    text: seedText['003:13'],
  }),
  '003:14': makeAccount({
    id: '003:14',
    side: 'ru',
    date: '2024-06-10',
    precision: 'year-inferred',
    place: 'Nizhny Novgorod',
    participants: [lavrov, 'Saleumxay Kommasith'],
    tags: ['RussiaLaos'],
    text: seedText['003:14'],
  }),
  '003:19': makeAccount({ id: '003:19', side: 'ru', date: '2024-09-25', precision: 'year-inferred', participants: [lavrov, wangYi], tags: ['RussiaChina', 'UNGA79'], text: seedText['003:19'] }),
  '004:1': makeAccount({ id: '004:1', side: 'cn', date: '2024-06-10', place: 'Nizhny Novgorod', participants: [wangYi, lavrov, 'Vladimir Putin'], text: seedText['004:1'] }),
} as const

export type SeedId = keyof typeof seed

export function seeds(...ids: SeedId[]): Account[] {
  return ids.map((id) => seed[id])
}
