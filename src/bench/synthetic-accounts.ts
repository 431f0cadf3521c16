import { counterpartCountries } from '../extract/counterpart-countries.js'
import { headText } from '../extract/head-text.js'
import type { Account, DatePrecision, EventKind, Side } from '../types.js'
import { iso, msPerDay, spoken, yearOf } from './synthetic-days.js'

/**
 * Deterministic synthetic accounts in the styles of the seeds, with the truth of which accounts
 * tell one event. For benchmarks and for measuring alignment quality at scale; the texts are
 * templated, so absolute precision/recall on them flatters any aligner a little (see the bench).
 */

export interface SyntheticOptions {
  /** PRNG seed. @default 20240610 */
  seed?: number
  /** First and last year of event dates. @default [2005, 2024] */
  years?: readonly [number, number]
}

export interface SyntheticTruth {
  /** Every (ru account, cn account) pair of an event told by both sides. */
  crossPairs: [ru: string, cn: string][]
  /** Accounts of one side that copy one readout (a release and its Telegram post), two or more each. */
  sameSideGroups: string[][]
}

export interface SyntheticCorpus {
  accounts: Account[]
  truth: SyntheticTruth
  /** Approximate size of the account texts in bytes (UTF-16 length). */
  textBytes: number
}

/** mulberry32: a small, fast 32-bit PRNG (Tommy Ettinger, public domain). Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface Office {
  name: string
  from: string
  to: string
}

/** Who held each office when (approximately; enough for plausible pairings by era). */
const ruLeaders: Office[] = [
  { name: 'Vladimir Putin', from: '2000-05-07', to: '2008-05-06' },
  { name: 'Dmitry Medvedev', from: '2008-05-07', to: '2012-05-06' },
  { name: 'Vladimir Putin', from: '2012-05-07', to: '2099-12-31' },
]
const ruMinisters: Office[] = [{ name: 'Sergey Lavrov', from: '2004-03-09', to: '2099-12-31' }]
const cnLeaders: Office[] = [
  { name: 'Hu Jintao', from: '2003-03-15', to: '2013-03-13' },
  { name: 'Xi Jinping', from: '2013-03-14', to: '2099-12-31' },
]
const cnMinisters: Office[] = [
  { name: 'Li Zhaoxing', from: '2003-03-17', to: '2007-04-26' },
  { name: 'Yang Jiechi', from: '2007-04-27', to: '2013-03-15' },
  { name: 'Wang Yi', from: '2013-03-16', to: '2022-12-29' },
  { name: 'Qin Gang', from: '2022-12-30', to: '2023-07-24' },
  { name: 'Wang Yi', from: '2023-07-25', to: '2099-12-31' },
]

interface Country {
  name: string
  minister: string
  leader: string
}

const thirdCountries: Country[] = [
  { name: 'Iran', minister: 'Ali Bagheri Kani', leader: 'Ebrahim Raisi' },
  { name: 'Laos', minister: 'Saleumxay Kommasith', leader: 'Thongloun Sisoulith' },
  { name: 'India', minister: 'Subrahmanyam Jaishankar', leader: 'Narendra Modi' },
  { name: 'Pakistan', minister: 'Ishaq Dar', leader: 'Shehbaz Sharif' },
  { name: 'Mongolia', minister: 'Battsetseg Batmunkh', leader: 'Ukhnaagiin Khurelsukh' },
  { name: 'Kazakhstan', minister: 'Murat Nurtleu', leader: 'Kassym-Jomart Tokayev' },
  { name: 'Turkey', minister: 'Hakan Fidan', leader: 'Recep Tayyip Erdogan' },
  { name: 'Brazil', minister: 'Mauro Vieira', leader: 'Luiz Inacio Lula da Silva' },
  { name: 'South Africa', minister: 'Naledi Pandor', leader: 'Cyril Ramaphosa' },
  { name: 'Egypt', minister: 'Sameh Shoukry', leader: 'Abdel Fattah el-Sisi' },
  { name: 'Indonesia', minister: 'Retno Marsudi', leader: 'Joko Widodo' },
  { name: 'Vietnam', minister: 'Bui Thanh Son', leader: 'To Lam' },
  { name: 'Belarus', minister: 'Sergey Aleinik', leader: 'Alexander Lukashenko' },
  { name: 'Serbia', minister: 'Ivica Dacic', leader: 'Aleksandar Vucic' },
  { name: 'Hungary', minister: 'Peter Szijjarto', leader: 'Viktor Orban' },
  { name: 'Saudi Arabia', minister: 'Faisal bin Farhan', leader: 'Mohammed bin Salman' },
  { name: 'Cuba', minister: 'Bruno Rodriguez', leader: 'Miguel Diaz-Canel' },
  { name: 'Venezuela', minister: 'Yvan Gil', leader: 'Nicolas Maduro' },
  { name: 'Algeria', minister: 'Ahmed Attaf', leader: 'Abdelmadjid Tebboune' },
  { name: 'Ethiopia', minister: 'Taye Atske Selassie', leader: 'Abiy Ahmed' },
  { name: 'Kyrgyzstan', minister: 'Jeenbek Kulubaev', leader: 'Sadyr Japarov' },
  { name: 'Uzbekistan', minister: 'Bakhtiyor Saidov', leader: 'Shavkat Mirziyoyev' },
  { name: 'Tajikistan', minister: 'Sirojiddin Muhriddin', leader: 'Emomali Rahmon' },
  { name: 'Myanmar', minister: 'Than Swe', leader: 'Min Aung Hlaing' },
  { name: 'DPRK', minister: 'Choe Son Hui', leader: 'Kim Jong Un' },
  { name: 'Malaysia', minister: 'Mohamad Hasan', leader: 'Anwar Ibrahim' },
  { name: 'Nicaragua', minister: 'Denis Moncada', leader: 'Daniel Ortega' },
  { name: 'Cambodia', minister: 'Sok Chenda Sophea', leader: 'Hun Manet' },
]

const places = [
  'Moscow', 'Beijing', 'New York', 'Nizhny Novgorod', 'Astana', 'Samarkand', 'Kazan', 'Johannesburg', 'New Delhi',
  'Denpasar', 'Jakarta', 'Vientiane', 'Geneva', 'Minsk', 'Sochi', 'Shanghai', 'Bishkek', 'Dushanbe', 'Tashkent',
  'Xiamen', 'Rio de Janeiro', 'Phnom Penh', 'Hanoi', 'Tehran', 'Ankara', 'Islamabad', 'Ulaanbaatar', 'Vladivostok',
]

/** Topics and how each side words them: they paraphrase, sharing some words, never copying. */
const topics: [ru: string, cn: string][] = [
  ['cooperation within BRICS and the SCO', 'coordination in BRICS, the SCO and other multilateral mechanisms'],
  ['the situation around Ukraine', 'the Ukraine crisis'],
  ['the growing role of the Global Majority countries', 'unity and cooperation of the Global South'],
  ['practical cooperation in trade and energy', 'practical cooperation in economy, trade and energy'],
  ['the situation on the Korean Peninsula', 'the Korean Peninsula issue'],
  ['security in the Asia-Pacific region', 'peace and stability in the Asia-Pacific'],
  ['the Middle East settlement', 'the Palestinian-Israeli conflict and the Middle East'],
  ['aligning the Eurasian Economic Union with the Belt and Road Initiative', 'synergy between the Belt and Road Initiative and the Eurasian Economic Union'],
  ['the preparations for the upcoming summit', 'preparations for the summit later this year'],
  ['coordination at the UN Security Council', 'close communication at the United Nations Security Council'],
  ['the situation in Afghanistan', 'the Afghan issue'],
  ['the Northern Sea Route and the Arctic', 'polar cooperation and the Arctic'],
  ['humanitarian ties and the Years of Culture', 'people-to-people exchanges and the Years of Culture'],
  ['illegitimate unilateral sanctions', 'unilateral sanctions and long-arm jurisdiction'],
  ['attempts by the United States to establish hegemony', 'hegemonism and power politics'],
  ['the Taiwan issue', 'the Taiwan question'],
  ['the nuclear programme', 'the nuclear issue'],
  ['new transport and logistics corridors', 'connectivity and logistics'],
  ['settlements in national currencies', 'local currency settlement'],
  ['food and energy security', 'global food and energy security'],
  ['the reform of global governance', 'a more just and reasonable global governance system'],
  ['the multipolar world order', 'an equal and orderly multipolar world'],
  ['the fight against terrorism and extremism', 'counter-terrorism cooperation'],
  ['the situation in Central Asia', 'stability in Central Asia'],
]

const ruFiller = [
  'The conversation took place in a friendly and trust-based atmosphere.',
  'The Ministers reaffirmed their commitment to the strategic partnership.',
  'The parties agreed to maintain regular contacts at various levels.',
  'Special attention was paid to the implementation of the agreements reached at the highest level.',
  'The sides noted the positive dynamics of bilateral relations.',
]
const cnFiller = [
  'The two sides agreed to maintain close communication.',
  'China is ready to work with all parties to uphold international fairness and justice.',
  'Both sides should deepen strategic coordination and advance practical cooperation.',
  'The two sides also exchanged views on international and regional issues of common concern.',
  'Developing relations is a strategic choice made by both sides based on their fundamental interests.',
]


function holder(offices: Office[], day: number): string {
  const date = iso(day)
  return (offices.find((o) => o.from <= date && date <= o.to) ?? offices[offices.length - 1]!).name
}

interface Draft {
  side: Side
  medium: 'web' | 'telegram'
  day: number
  place: string | null
  participants: string[]
  kind: EventKind
  text: string
  tags: string[]
}

/**
 * N accounts, deterministic for a given seed: about 12% of events are Russia–China bilaterals (60%
 * of them told by both sides; the same two people never meet twice within 4 days, so at 100,000
 * accounts Lavrov and Wang Yi meet about every fourth day: many near-identical meetings a month
 * apart), 50% Russia with third countries, 33% China with third countries, 5% statements;
 * 40% of events fall on a "gathering" (several bilaterals in one city on one day, like Nizhny
 * Novgorod on 2024-06-10). A third of Russian events come as a release plus its Telegram post.
 * Telegram posts state the year 55% of the time, leave it to be inferred 30%, and give only a
 * window 15%. Extraction noise: 20% of accounts name someone in passing; 5% miss the counterpart.
 */
export function syntheticAccounts(n: number, options: SyntheticOptions = {}): SyntheticCorpus {
  const random = mulberry32(options.seed ?? 20240610)
  const [firstYear, lastYear] = options.years ?? [2005, 2024]
  const firstDay = Date.UTC(firstYear, 0, 1) / msPerDay
  const lastDay = Date.UTC(lastYear, 11, 31) / msPerDay
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
  const chance = (p: number) => random() < p
  const sample = <T>(items: readonly T[], k: number): T[] => {
    const copy = [...items]
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
    }
    return copy.slice(0, k)
  }

  const accounts: Account[] = []
  const crossPairs: [string, string][] = []
  const sameSideGroups: string[][] = []
  const fileCounters = new Map<string, number>()
  const gatherings: { day: number; place: string }[] = []
  const met = new Set<string>()
  let textBytes = 0

  const emit = (draft: Draft, precision: DatePrecision, published: string | null): string => {
    const year = yearOf(draft.day)
    const prefix = `${draft.side}${draft.medium === 'web' ? 'w' : 't'}${year}`
    const k = (fileCounters.get(prefix) ?? 0) + 1
    fileCounters.set(prefix, k)
    const id = `${prefix}:${k}`
    let window: readonly [string, string] | null = null
    let value: string | null = iso(draft.day)
    let reason = 'stated in the text'
    if (precision === 'year-inferred') reason = 'year from neighbouring posts'
    if (precision === 'window') {
      const before = Math.floor(random() * 15)
      const after = Math.floor(random() * 15)
      window = [iso(draft.day - before), iso(draft.day + after)]
      value = null
      reason = 'no date in the text; window from neighbouring posts'
    }
    const participants = [...draft.participants]
    if (chance(0.05) && participants.length > 1) participants.pop()
    if (chance(0.2)) {
      const passing = pick([holder(ruLeaders, draft.day), holder(cnLeaders, draft.day), pick(thirdCountries).leader])
      if (!participants.includes(passing)) participants.push(passing)
    }
    const file = `${prefix}.txt`
    textBytes += draft.text.length
    const title = draft.text.slice(0, draft.text.indexOf('\n') > 0 ? draft.text.indexOf('\n') : draft.text.length)
    accounts.push({
      id,
      source: { path: `synthetic/${file}`, name: file, sha256: '', format: draft.medium === 'web' ? 'web-text' : 'telegram-text', bytes: 0 },
      n: k,
      medium: draft.medium,
      side: { value: draft.side, reason: 'synthetic', inferred: false },
      title,
      text: draft.text,
      sentences: [],
      tags: draft.tags,
      published,
      publishedMonthDay: null,
      channel: draft.medium === 'web' ? (draft.side === 'ru' ? 'mid.ru' : 'fmprc.gov.cn') : 'Russian MFA',
      copyrightYear: null,
      facts: {
        date: { value, precision, window, reason, inferred: precision !== 'stated' },
        place: { value: draft.place, reason: draft.place ? 'stated' : 'no place named', inferred: false },
        participants,
        // As extract reads them, so the align benchmark times alignment alone.
        countries: counterpartCountries(headText({ title, text: draft.text, medium: draft.medium })),
        kind: { value: draft.kind, reason: 'synthetic', inferred: false },
      },
    })
    return id
  }

  const ruText = (host: string, guest: string, guestTitle: string, kind: EventKind, day: number, place: string | null, chosen: [string, string][], medium: 'web' | 'telegram', withYear: boolean) => {
    const verb = kind === 'phone call' ? 'spoke by phone with' : kind === 'videoconference' ? 'held talks via videoconference with' : 'met with'
    const where = place && kind !== 'phone call' && kind !== 'videoconference' ? ` in ${place}` : ''
    const date = medium === 'telegram' && !withYear ? spoken(day, false) : spoken(day, true)
    const head =
      medium === 'web'
        ? `Press release on ${host}'s ${kind === 'phone call' ? 'telephone conversation' : 'meeting'} with ${guestTitle} ${guest}\n`
        : ''
    const [t1, t2, t3, t4] = chosen.map((t) => t[0])
    return (
      `${head}On ${date}, ${host} ${verb} ${guestTitle} ${guest}${where}.\n` +
      `The parties discussed ${t1}, ${t2} and ${t3}.\n` +
      `They stressed the importance of ${t4}.\n${sample(ruFiller, 2).join(' ')}`
    )
  }

  const cnText = (host: string, guest: string, guestTitle: string, kind: EventKind, day: number, place: string | null, chosen: [string, string][]) => {
    const verb = kind === 'phone call' ? 'Holds Phone Call with' : 'Meets with'
    const where = place && kind !== 'phone call' ? ` in ${place}` : ''
    const [t1, t2, t3, t4] = chosen.map((t) => t[1])
    return (
      `${host} ${verb} ${guestTitle} ${guest}\n` +
      `On ${spoken(day, true)} local time, ${host} ${kind === 'phone call' ? 'had a phone call with' : 'met with'} ${guestTitle} ${guest}${where}.\n` +
      `${host} said that both sides should strengthen ${t1} and ${t2}. ${guest} said that his side is ready to deepen ${t3}.\n` +
      `The two sides also exchanged views on ${t4}. ${sample(cnFiller, 2).join(' ')}`
    )
  }

  const telegramPrecision = (): DatePrecision => {
    const r = random()
    return r < 0.55 ? 'stated' : r < 0.85 ? 'year-inferred' : 'window'
  }

  while (accounts.length < n) {
    let day: number
    let place: string | null
    if (gatherings.length && chance(0.4)) {
      const g = gatherings[gatherings.length - 1 - Math.floor(random() * Math.min(200, gatherings.length))]!
      day = g.day
      place = g.place
    } else {
      day = firstDay + Math.floor(random() * (lastDay - firstDay + 1))
      place = pick(places)
      if (chance(0.2)) gatherings.push({ day, place })
    }
    const chosen = sample(topics, 4) as [string, string][]
    let r = random()
    const remaining = n - accounts.length
    const leaders = chance(0.3)
    const ru = holder(leaders ? ruLeaders : ruMinisters, day)
    const cn = holder(leaders ? cnLeaders : cnMinisters, day)
    if (r < 0.12) {
      // Two meetings of the same pair within a few days would be one event told twice: make it a
      // meeting with a third country instead.
      const key = `${ru}|${cn}`
      for (let d = day - 3; d <= day + 3; d++) if (met.has(`${key}|${d}`)) r = 0.12 + random() * 0.83
      if (r < 0.12) met.add(`${key}|${day}`)
    }

    if (r < 0.12) {
      // Russia–China bilateral.
      const kind: EventKind = chance(0.6) ? pick(['meeting', 'talks'] as const) : leaders && chance(0.3) ? 'videoconference' : 'phone call'
      const statedPlace = kind === 'phone call' || kind === 'videoconference' ? null : place
      const tell = random()
      const bothSides = tell < 0.6 && remaining >= 3
      const ruIds: string[] = []
      const cnIds: string[] = []
      if (bothSides || tell < 0.8) {
        const ruTitle = leaders ? 'President of the People’s Republic of China' : 'Foreign Minister of the People’s Republic of China'
        const twin = chance(1 / 3) && remaining >= 3
        const precision = telegramPrecision()
        const participants = [ru, cn]
        const telegram = { side: 'ru', medium: 'telegram', day, place: chance(0.75) ? statedPlace : null, participants, kind, tags: ['RussiaChina'] } as const
        ruIds.push(emit({ ...telegram, participants, tags: [...telegram.tags], text: ruText(ru, cn, ruTitle, kind, day, statedPlace, chosen, 'telegram', precision !== 'year-inferred') }, precision, null))
        if (twin) {
          ruIds.push(emit({ ...telegram, medium: 'web', participants, tags: [], place: statedPlace, text: ruText(ru, cn, ruTitle, kind, day, statedPlace, chosen, 'web', true) }, 'stated', iso(day)))
        }
      }
      if (bothSides || tell >= 0.8) {
        const cnTitle = leaders ? 'Russian President' : 'Russian Foreign Minister'
        const published = chance(0.1) ? iso(day + 1) : iso(day)
        cnIds.push(emit({ side: 'cn', medium: 'web', day, place: statedPlace, participants: [cn, ru], kind, tags: [], text: cnText(cn, ru, cnTitle, kind, day, statedPlace, chosen) }, 'stated', published))
      }
      for (const a of ruIds) for (const b of cnIds) crossPairs.push([a, b])
      if (ruIds.length > 1) sameSideGroups.push(ruIds)
    } else if (r < 0.95) {
      // One side with a third country: the hard negatives of a busy day.
      const side: Side = r < 0.62 ? 'ru' : 'cn'
      const country = pick(thirdCountries)
      const host = holder(side === 'ru' ? (leaders ? ruLeaders : ruMinisters) : leaders ? cnLeaders : cnMinisters, day)
      const guest = leaders ? country.leader : country.minister
      const title = `${leaders ? 'President' : 'Foreign Minister'} of ${country.name}`
      const kind: EventKind = chance(0.7) ? pick(['meeting', 'talks'] as const) : 'phone call'
      const statedPlace = kind === 'phone call' ? null : place
      if (side === 'ru') {
        const precision = telegramPrecision()
        const draft = { side, medium: 'telegram', day, place: statedPlace, participants: [host, guest], kind, tags: [`Russia${country.name.replace(/\s+/g, '')}`] } as const
        const ids = [emit({ ...draft, participants: [...draft.participants], tags: [...draft.tags], text: ruText(host, guest, title, kind, day, statedPlace, chosen, 'telegram', precision !== 'year-inferred') }, precision, null)]
        if (chance(1 / 3) && remaining >= 2) {
          ids.push(emit({ ...draft, medium: 'web', participants: [...draft.participants], tags: [], text: ruText(host, guest, title, kind, day, statedPlace, chosen, 'web', true) }, 'stated', iso(day)))
          sameSideGroups.push(ids)
        }
      } else {
        emit({ side, medium: 'web', day, place: statedPlace, participants: [host, guest], kind, tags: [], text: cnText(host, guest, title, kind, day, statedPlace, chosen) }, 'stated', iso(day))
      }
    } else {
      const side: Side = chance(0.5) ? 'ru' : 'cn'
      const host = holder(side === 'ru' ? ruMinisters : cnMinisters, day)
      const kind: EventKind = pick(['statement', 'interview', 'remarks', 'address'] as const)
      const [t1, t2] = chosen.map((t) => (side === 'ru' ? t[0] : t[1]))
      const text = `${host}'s ${kind} on ${t1}\nOn ${spoken(day, true)}, ${host} spoke about ${t1} and ${t2}. ${pick(side === 'ru' ? ruFiller : cnFiller)}`
      emit({ side, medium: 'web', day, place: chance(0.5) ? place : null, participants: [host], kind, tags: [], text }, 'stated', iso(day))
    }
  }
  return { accounts, truth: { crossPairs, sameSideGroups }, textBytes }
}
