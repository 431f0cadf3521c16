import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import shippedPeople from '../data/people.json' with { type: 'json' }
import shippedPlaces from '../data/places.json' with { type: 'json' }
import { mulberry32 } from './synthetic-accounts.js'
import { iso, msPerDay, spoken, yearOf } from './synthetic-days.js'

/**
 * A deterministic synthetic corpus ON DISK, in the styles of the seeds, for `npm run bench`: Russian
 * MFA Telegram copy-pastes (seeds 001, 003: "Forwarded from Russian MFA 🇷🇺" separators, "📍 City,
 * Month D, YYYY" datelines, posts without a year or without a date, duplicated bodies after "Read in
 * full", hashtag lines, reactions "👍16❤3", media placeholders) and Chinese MFA pages saved as text
 * (seeds 002, 004: navigation line, headline, "YYYY-MM-DD HH:MM" or "fmprc.gov.cn| Updated:" stamp,
 * "On Month D, YYYY local time, … met with … in City.", "11.png", "Suggest to a friend", copyright
 * and ICP lines). People and places come from src/data/people.json and places.json; events spread over
 * 20 years, with gatherings (summits, UNGA weeks) where several meetings share a city and a day, and
 * a known share of events told by both sides. Same options and seed → byte-identical files.
 */

export interface SyntheticFilesOptions {
  /** Accounts to generate (one per Telegram post or page). @default 2000 */
  accounts?: number
  /** PRNG seed. @default 20240610 */
  seed?: number
  /** Posts per Telegram dump file. @default 500 */
  postsPerDump?: number
  /** First and last year of event dates. @default [2005, 2024] */
  years?: readonly [number, number]
}

export const syntheticFilesDefaults = {
  accounts: 2000,
  seed: 20240610,
  postsPerDump: 500,
  years: [2005, 2024] as const,
} satisfies Required<SyntheticFilesOptions>

/** One synthetic account by where it sits: a file (path relative to the corpus folder) and its 1-based post. */
export interface PostRef {
  file: string
  n: number
}

/** What the generator wrote. */
export interface SyntheticFiles {
  /** The corpus folder, `<dir>/corpus` (pass it to the pipeline as is). */
  corpusDir: string
  /** The truth file, `<dir>/truth.json`: `{ crossPairs }` (outside the corpus folder: it is not an input). */
  truthFile: string
  /** Files written, relative to `corpusDir`, `/`-separated, sorted. */
  files: string[]
  /** Total size of the files. */
  bytes: number
  /** Accounts written (Telegram posts plus pages). */
  accounts: number
  /** Every event told by both sides, as (Russian post, Chinese page). */
  crossPairs: [ru: PostRef, cn: PostRef][]
}

type Office = 'fm' | 'leader' | 'pm' | 'deputy'
interface Tenure {
  name: string
  from: string
  to: string
}
type Kind = 'talks' | 'meeting' | 'phone call'

interface Counterpart {
  name: string
  country: string
  /** "Iran", "the United States". */
  countryName: string
  title: string
  office: 'fm' | 'leader'
  ranges: [from: number, to: number][]
}

interface Gathering {
  day: number
  place: string
  name: string
  tag: string | null
}

interface SynEvent {
  day: number
  kind: Kind
  place: string | null
  gathering: Gathering | null
  ru: { name: string; office: Office } | null
  cn: { name: string; office: Office } | null
  /** Third-country counterpart, when the event is not Russia–China. */
  other: Counterpart | null
  topics: number[]
  /** Extra topics only one side mentions. */
  ruOnly: number | null
  cnOnly: number | null
  both: boolean
  ruRef?: PostRef
  cnRef?: PostRef
}

// Who held which office when (ISO dates, approximate to the month: enough for plausible pairings by era).
const ruOffices: Record<Office, Tenure[]> = {
  fm: [{ name: 'Sergey Lavrov', from: '2004-03-09', to: '2099-12-31' }],
  leader: [
    { name: 'Vladimir Putin', from: '2000-05-07', to: '2008-05-06' },
    { name: 'Dmitry Medvedev', from: '2008-05-07', to: '2012-05-06' },
    { name: 'Vladimir Putin', from: '2012-05-07', to: '2099-12-31' },
  ],
  pm: [
    { name: 'Mikhail Fradkov', from: '2004-03-05', to: '2007-09-13' },
    { name: 'Viktor Zubkov', from: '2007-09-14', to: '2008-05-07' },
    { name: 'Vladimir Putin', from: '2008-05-08', to: '2012-05-07' },
    { name: 'Dmitry Medvedev', from: '2012-05-08', to: '2020-01-15' },
    { name: 'Mikhail Mishustin', from: '2020-01-16', to: '2099-12-31' },
  ],
  deputy: [
    { name: 'Andrey Denisov', from: '2006-04-01', to: '2013-07-01' },
    { name: 'Igor Morgulov', from: '2013-07-02', to: '2019-01-01' },
    { name: 'Andrey Rudenko', from: '2019-01-02', to: '2099-12-31' },
  ],
}
const cnOffices: Record<Office, Tenure[]> = {
  fm: [
    { name: 'Li Zhaoxing', from: '2003-03-17', to: '2007-04-26' },
    { name: 'Yang Jiechi', from: '2007-04-27', to: '2013-03-15' },
    { name: 'Wang Yi', from: '2013-03-16', to: '2022-12-29' },
    { name: 'Qin Gang', from: '2022-12-30', to: '2023-07-24' },
    { name: 'Wang Yi', from: '2023-07-25', to: '2099-12-31' },
  ],
  leader: [
    { name: 'Hu Jintao', from: '2003-03-15', to: '2013-03-13' },
    { name: 'Xi Jinping', from: '2013-03-14', to: '2099-12-31' },
  ],
  pm: [
    { name: 'Wen Jiabao', from: '2003-03-16', to: '2013-03-14' },
    { name: 'Li Keqiang', from: '2013-03-15', to: '2023-03-10' },
    { name: 'Li Qiang', from: '2023-03-11', to: '2099-12-31' },
  ],
  deputy: [
    { name: 'Zhang Yesui', from: '2010-01-01', to: '2013-03-01' },
    { name: 'Cheng Guoping', from: '2013-03-02', to: '2017-06-01' },
    { name: 'Zhang Hanhui', from: '2017-06-02', to: '2019-01-01' },
    { name: 'Le Yucheng', from: '2019-01-02', to: '2022-06-01' },
    { name: 'Sun Weidong', from: '2022-06-02', to: '2099-12-31' },
  ],
}
const ruTitles: Record<Office, string> = { fm: 'Foreign Minister', leader: 'President', pm: 'Prime Minister', deputy: 'Deputy Foreign Minister' }
const cnTitles: Record<Office, string> = { fm: 'Foreign Minister', leader: 'President', pm: 'Premier of the State Council', deputy: 'Vice Foreign Minister' }
/** Weights of the Russia–China pairings by office. */
const bilateralOffices: [Office, number][] = [['fm', 5], ['leader', 2], ['pm', 1], ['deputy', 2]]

const knownPeople = new Set(shippedPeople.people.map((p) => p.name))
for (const offices of [ruOffices, cnOffices]) {
  for (const tenure of Object.values(offices).flat()) {
    if (!knownPeople.has(tenure.name)) throw new Error(`synthetic-files: expected ${tenure.name} in src/data/people.json, found no such entry`)
  }
}

// Third-country ministers and leaders read from people.json roles: "Minister of Foreign Affairs of Iran (2013-2021)".
const ROLE = /(?<!Deputy |Acting |Vice )(President|Prime Minister|Minister (?:of|for) Foreign Affairs(?: and Trade)?|Secretary of State) of (the [A-Z][^(;]*?|[A-Z][^(;]*?) \(([\d, -]+)\)/g
const counterparts: Counterpart[] = shippedPeople.people.flatMap((p): Counterpart[] => {
  if (p.country === 'ru' || p.country === 'cn') return []
  return [...p.role.matchAll(ROLE)].flatMap((m): Counterpart[] => {
    const ranges = [...m[3]!.matchAll(/(\d{4})-(\d{4})?/g)].map((r): [number, number] => [Number(r[1]), Number(r[2] ?? 2099)])
    if (ranges.length === 0) return []
    const leader = m[1] === 'President' || m[1] === 'Prime Minister'
    return [{ name: p.name, country: p.country, countryName: m[2]!, title: leader ? m[1]! : 'Foreign Minister', office: leader ? 'leader' : 'fm', ranges }]
  })
})

const capitals = new Map(shippedPlaces.places.filter((p) => p.kind === 'capital').map((p) => [p.country, p.name]))
const ruCities = shippedPlaces.places.filter((p) => p.country === 'ru').map((p) => p.name)
const cnCities = shippedPlaces.places.filter((p) => p.country === 'cn').map((p) => p.name)

/** Recurring gatherings: where several bilateral meetings happen in one city within days. */
const gatheringKinds: { name: (year: number) => string; tag: (year: number) => string | null; month: number; places: string[] }[] = [
  { name: (y) => `the ${y - 1945}th Session of the UN General Assembly`, tag: (y) => `UNGA${y - 1945}`, month: 8, places: ['New York'] },
  { name: () => 'the SCO Council of Foreign Ministers', tag: () => 'SCO', month: 4, places: ['Astana', 'Tashkent', 'Bishkek', 'Dushanbe', 'Moscow', 'Beijing', 'Qingdao', 'Goa', 'Samarkand'] },
  { name: () => "the BRICS Foreign Ministers' Meeting", tag: () => 'BRICS', month: 5, places: ['Nizhny Novgorod', 'Cape Town', 'Johannesburg', 'Rio de Janeiro', 'Xiamen', 'New Delhi', 'Kazan'] },
  { name: () => "the G20 Foreign Ministers' Meeting", tag: () => 'G20', month: 1, places: ['Denpasar', 'New Delhi', 'Rio de Janeiro', 'Osaka', 'Hamburg', 'Buenos Aires'] },
  { name: () => 'the East Asia Summit', tag: () => 'ASEAN', month: 6, places: ['Vientiane', 'Jakarta', 'Phnom Penh', 'Kuala Lumpur', 'Hanoi', 'Bangkok', 'Manila'] },
]

/** Topics and how each side words them: they paraphrase, sharing some words, never copying. */
const topics: [ru: string, cn: string][] = [
  ['cooperation within BRICS and the SCO', 'coordination in BRICS, the SCO and other multilateral mechanisms'],
  ['the situation around Ukraine', 'the Ukraine crisis'],
  ['the growing role of the Global Majority countries', 'unity and cooperation of the Global South'],
  ['the interests of the World Majority', 'the common interests of developing countries'],
  ['practical cooperation in trade and energy', 'practical cooperation in economy, trade and energy'],
  ['the situation on the Korean Peninsula', 'the Korean Peninsula issue'],
  ['the Middle East settlement', 'the Palestinian-Israeli conflict and the Middle East'],
  ['aligning the Eurasian Economic Union with the Belt and Road Initiative', 'synergy between the Belt and Road Initiative and the Eurasian Economic Union'],
  ['coordination at the UN Security Council', 'close communication at the United Nations Security Council'],
  ['the situation in Afghanistan', 'the Afghan issue'],
  ['illegitimate unilateral sanctions', 'unilateral sanctions and long-arm jurisdiction'],
  ['attempts by the United States to establish hegemony', 'hegemonism and power politics'],
  ['the Taiwan issue', 'the Taiwan question'],
  ['the formation of a multipolar world order', 'an equal and orderly multipolar world'],
  ['the reform of global governance', 'a more just and reasonable global governance system'],
  ['the expansion of NATO to the East', 'bloc confrontation and the Cold War mentality'],
  ['the principle of indivisible security', 'the Global Security Initiative'],
  ['Russophobia and neocolonial practices of the collective West', 'true multilateralism and opposition to unilateralism'],
  ['settlements in national currencies', 'local currency settlement'],
  ['food and energy security', 'global food and energy security'],
]

const ruFiller = [
  'The conversation took place in a friendly and trust-based atmosphere.',
  'The Ministers reaffirmed their commitment to the comprehensive partnership and strategic interaction.',
  'The parties agreed to maintain regular contacts at various levels.',
  'Special attention was paid to the implementation of the agreements reached at the highest level.',
  'The sides noted the positive dynamics of bilateral relations.',
  'The Russian side expressed gratitude for the warm hospitality.',
]
const cnFiller = [
  'The two sides agreed to maintain close communication.',
  'China is ready to work with all parties to uphold international fairness and justice.',
  'Both sides should deepen strategic coordination and advance practical cooperation.',
  'The two sides also exchanged views on international and regional issues of common concern.',
  'Developing relations is a strategic choice made by both sides based on their fundamental interests.',
  'It conforms to global trends and the tide of the times, and is not targeted at any third party.',
]

const flag = (country: string): string => [...country.toUpperCase()].map((c) => String.fromCodePoint(0x1f1e6 + c.charCodeAt(0) - 65)).join('')

function holder(tenures: readonly Tenure[], day: number): string | null {
  const date = iso(day)
  return tenures.find((t) => t.from <= date && date <= t.to)?.name ?? null
}

/**
 * Writes the corpus into `<dir>/corpus` (created if missing): `ru/rNNNN_russian-mfa.txt` Telegram dumps
 * of `postsPerDump` posts each in date order, `cn/<year>/cNNNNNN_fmprc.txt` one page per file; and the
 * truth into `<dir>/truth.json`. File name prefixes are unique, so an account's id is `<prefix>:<n>`.
 */
export async function writeSyntheticFiles(dir: string, options: SyntheticFilesOptions = {}): Promise<SyntheticFiles> {
  const settings = { ...syntheticFilesDefaults, ...options }
  if (!Number.isInteger(settings.accounts) || settings.accounts < 1) {
    throw new Error(`writeSyntheticFiles: expected accounts to be a positive integer, found ${settings.accounts}`)
  }
  const events = planEvents(settings.accounts, settings.seed, settings.years)
  const random = mulberry32(settings.seed ^ 0x5eed)
  const corpusDir = join(dir, 'corpus')
  const truthFile = join(dir, 'truth.json')
  // Stale files from another run would be read as part of this corpus.
  if (existsSync(corpusDir)) throw new Error(`writeSyntheticFiles: expected no ${corpusDir} yet, found one (choose an empty folder)`)
  const files: string[] = []
  let bytes = 0
  const write = async (relative: string, text: string) => {
    const buffer = Buffer.from(text, 'utf8')
    await mkdir(join(corpusDir, relative, '..'), { recursive: true })
    await writeFile(join(corpusDir, relative), buffer)
    files.push(relative)
    bytes += buffer.length
  }

  const ruEvents = events.filter((e) => e.ru)
  const dumpCount = Math.ceil(ruEvents.length / settings.postsPerDump)
  for (let f = 0; f < dumpCount; f++) {
    const file = `ru/r${String(f + 1).padStart(4, '0')}_russian-mfa.txt`
    const chunk = ruEvents.slice(f * settings.postsPerDump, (f + 1) * settings.postsPerDump)
    const posts = chunk.map((event, i) => {
      event.ruRef = { file, n: i + 1 }
      return telegramPost(event, random)
    })
    await write(file, posts.join(''))
  }
  let page = 0
  for (const event of events) {
    if (!event.cn) continue
    const file = `cn/${yearOf(event.day)}/c${String(++page).padStart(6, '0')}_fmprc.txt`
    event.cnRef = { file, n: 1 }
    await write(file, webPage(event, random))
  }
  const crossPairs = events.filter((e) => e.both).map((e): [PostRef, PostRef] => [e.ruRef!, e.cnRef!])
  await writeFile(truthFile, `${JSON.stringify({ crossPairs })}\n`)
  return { corpusDir, truthFile, files: files.sort(), bytes, accounts: ruEvents.length + page, crossPairs }
}

/**
 * The events, in date order: about 15% Russia–China bilaterals (85% of them told by both sides; the
 * same two officials never meet twice within 3 days), 50% Russia with a third country, the rest
 * China with a third country; a third of events at a gathering.
 */
function planEvents(accounts: number, seed: number, years: readonly [number, number]): SynEvent[] {
  const random = mulberry32(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
  const chance = (p: number) => random() < p
  const weighted = <T>(items: readonly [T, number][]): T => {
    let r = random() * items.reduce((s, [, w]) => s + w, 0)
    for (const [item, w] of items) if ((r -= w) < 0) return item
    return items[items.length - 1]![0]
  }
  const firstDay = Date.UTC(years[0], 0, 1) / msPerDay
  const lastDay = Date.UTC(years[1], 11, 31) / msPerDay
  const gatherings: Gathering[] = []
  for (let year = years[0]; year <= years[1]; year++) {
    for (const g of gatheringKinds) {
      const day = Date.UTC(year, g.month, 1 + Math.floor(random() * 25)) / msPerDay
      gatherings.push({ day, place: pick(g.places), name: g.name(year), tag: g.tag(year) })
    }
  }
  const met = new Map<string, number[]>()
  const busy = (key: string, day: number) => (met.get(key) ?? []).some((d) => Math.abs(d - day) <= 3)

  const events: SynEvent[] = []
  let written = 0
  while (written < accounts) {
    const gathering = chance(0.33) ? pick(gatherings) : null
    const day = gathering ? gathering.day + Math.floor(random() * 3) : firstDay + Math.floor(random() * (lastDay - firstDay + 1))
    const kind: Kind = gathering ? pick(['meeting', 'meeting', 'talks'] as const) : pick(['talks', 'meeting', 'phone call'] as const)
    const chosen = sampleTopics(random, 2 + Math.floor(random() * 3))
    const base = {
      day,
      kind,
      gathering,
      topics: chosen,
      ruOnly: chance(0.5) ? Math.floor(random() * topics.length) : null,
      cnOnly: chance(0.5) ? Math.floor(random() * topics.length) : null,
    }
    const roll = random()
    if (roll < 0.15) {
      const office = weighted(bilateralOffices)
      const ru = holder(ruOffices[office], day)
      const cn = holder(cnOffices[office], day)
      const key = `${ru}|${cn}`
      if (ru && cn && !busy(key, day) && !(written + 2 > accounts && chance(0.5))) {
        met.set(key, [...(met.get(key) ?? []), day])
        const place = kind === 'phone call' ? null : (gathering?.place ?? (chance(0.5) ? pick(['Moscow', 'Beijing']) : chance(0.5) ? pick(ruCities) : pick(cnCities)))
        const both = chance(0.85)
        const side = both ? null : chance(0.5) ? 'ru' : 'cn'
        events.push({
          ...base,
          place,
          ru: side === 'cn' ? null : { name: ru, office },
          cn: side === 'ru' ? null : { name: cn, office },
          other: null,
          both,
        })
        written += both ? 2 : 1
        continue
      }
    }
    const ruSide = roll < 0.6
    const office: Office = chance(0.8) ? 'fm' : 'leader'
    const own = holder((ruSide ? ruOffices : cnOffices)[office], day)
    const year = yearOf(day)
    const options = counterparts.filter((c) => c.office === office && c.ranges.some(([from, to]) => from <= year && year <= to))
    if (!own || options.length === 0) continue
    const other = pick(options)
    const place = kind === 'phone call' ? null : (gathering?.place ?? (chance(0.5) ? (ruSide ? 'Moscow' : 'Beijing') : (capitals.get(other.country) ?? 'Geneva')))
    events.push({
      ...base,
      place,
      ru: ruSide ? { name: own, office } : null,
      cn: ruSide ? null : { name: own, office },
      other,
      both: false,
    })
    written++
  }
  // Date order, ties by generation order: a channel dump reads chronologically (years inferred from neighbours).
  return events.map((e, i) => ({ e, i })).sort((a, b) => a.e.day - b.e.day || a.i - b.i).map(({ e }) => e)
}

function sampleTopics(random: () => number, k: number): number[] {
  const chosen: number[] = []
  while (chosen.length < k) {
    const t = Math.floor(random() * topics.length)
    if (!chosen.includes(t)) chosen.push(t)
  }
  return chosen
}

/** How the Russian side names the counterpart: "Foreign Minister of the People’s Republic of China Wang Yi". */
function ruCounterpart(event: SynEvent): string {
  if (event.other) return `${event.other.title} of ${event.other.countryName} ${event.other.name}`
  const office = event.ru?.office ?? event.cn!.office
  return `${cnTitles[office]} of the People’s Republic of China ${event.cn?.name ?? holder(cnOffices[office], event.day)}`
}

/** How the Chinese side names the counterpart: "Russian Foreign Minister Sergey Lavrov". */
function cnCounterpart(event: SynEvent): string {
  if (event.other) return `${event.other.title} of ${event.other.countryName} ${event.other.name}`
  const office = event.cn?.office ?? event.ru!.office
  return `Russian ${ruTitles[office]} ${event.ru?.name ?? holder(ruOffices[office], event.day)}`
}

function cnOwnTitle(office: Office, day: number): string {
  if (office !== 'fm') return cnTitles[office]
  const date = iso(day)
  if (date >= '2023-07-25') return 'Member of the Political Bureau of the CPC Central Committee and Foreign Minister'
  if (date >= '2018-03-19' && date <= '2022-12-29') return 'State Councilor and Foreign Minister'
  return 'Foreign Minister'
}

/** One post of a Telegram copy-paste, ending with its reactions line. */
function telegramPost(event: SynEvent, random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
  const chance = (p: number) => random() < p
  const ru = event.ru!
  const title = ruTitles[ru.office]
  const self = `${title} ${ru.name}`
  const counterpart = ruCounterpart(event)
  const country = event.other ? event.other.countryName.replace(/^the /, '') : 'China'
  const flags = `🇷🇺${event.other ? flag(event.other.country) : '🇨🇳'}`
  const sidelines = event.gathering ? ` on the sidelines of ${event.gathering.name}` : ''
  const headline =
    event.kind === 'phone call'
      ? `☎️ ${self} had a telephone conversation with ${counterpart}`
      : event.kind === 'talks'
        ? `${flags} ${self} held talks with ${counterpart}${sidelines}`
        : `${flags} Russia's ${self} & ${counterpart} met${sidelines || (event.place ? ` in ${event.place}` : '')}`
  const lines: string[] = []
  lines.push(chance(0.01) ? 'Forwarded from Russian MFA 🇷🇺\nForwarded from Russian MFA 🇷🇺' : 'Forwarded from Russian MFA 🇷🇺')
  if (chance(0.15)) lines.push('This media is not supported in your browser', 'VIEW IN TELEGRAM')
  lines.push(headline)

  // How the date is given: dateline with the year, a lead without it, or no date at all (15%).
  const how = random()
  const body: string[] = []
  if (how < 0.55) body.push(`📍 ${event.place ? `${event.place}, ` : ''}${spoken(event.day, true)}`)
  if (how >= 0.55 && how < 0.85) {
    const verb = event.kind === 'phone call' ? 'spoke by phone with' : event.kind === 'talks' ? 'held talks with' : 'met with'
    body.push(`🗓 On ${spoken(event.day, false)}, ${self} ${verb} ${counterpart}${event.place ? ` in ${event.place}` : ''}.`)
  }
  const said = (topic: number) =>
    pick([
      `The parties discussed ${topics[topic]![0]}.`,
      `The Ministers exchanged views on ${topics[topic]![0]}.`,
      `Particular attention was paid to ${topics[topic]![0]}.`,
      `${ru.name} stressed the importance of ${topics[topic]![0]}.`,
    ])
  const paragraph: string[] = event.topics.map(said)
  if (event.ruOnly !== null && !event.topics.includes(event.ruOnly)) paragraph.push(said(event.ruOnly))
  paragraph.push(pick(ruFiller))
  body.push(`${chance(0.3) ? '💬 ' : ''}${paragraph.slice(0, 2).join(' ')}`)
  if (paragraph.length > 2) body.push(paragraph.slice(2).join(' '))
  if (chance(0.3)) body.push(`${ru.name} invited ${counterpart} to visit Russia at a convenient time.`)
  lines.push(...body)

  const tags = [`#Russia${country.replace(/[^A-Za-z]/g, '')}`]
  if (event.gathering?.tag) tags.push(`#${event.gathering.tag}`)
  if (chance(0.4)) {
    lines.push('Read in full', tags.join(' '), ...body, 'Read in full', tags.join(' '))
  } else {
    lines.push(tags.join(' '))
  }
  if (chance(0.2)) lines.push('📸 #PhotoOfTheDay')
  lines.push(`👍${1 + Math.floor(random() * 60)}❤${Math.floor(random() * 9)}${chance(0.3) ? `🔥${1 + Math.floor(random() * 5)}` : ''}`)
  return `${lines.join('\n')}\n`
}

/** One Chinese MFA page saved as text, in the style of seed 002 or seed 004. */
function webPage(event: SynEvent, random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
  const chance = (p: number) => random() < p
  const cn = event.cn!
  const counterpart = cnCounterpart(event)
  const verb = event.kind === 'phone call' ? 'Has a Phone Call with' : event.kind === 'talks' ? 'Holds Talks with' : 'Meets with'
  const headline = `${cn.name} ${verb} ${counterpart}`
  const lead =
    event.kind === 'phone call'
      ? `On ${spoken(event.day, true)}, ${cnOwnTitle(cn.office, event.day)} ${cn.name} had a phone call with ${counterpart}.`
      : `On ${spoken(event.day, true)} local time, ${cnOwnTitle(cn.office, event.day)} ${cn.name} ${event.kind === 'talks' ? 'held talks with' : 'met with'} ${counterpart}${event.gathering ? ` on the sidelines of ${event.gathering.name}` : ''}${event.place ? ` in ${event.place}` : ''}.`
  const other = event.other ? event.other.name.split(' ').pop()! : (event.ru?.name ?? holder(ruOffices[cn.office], event.day)!)
  const said = (topic: number) =>
    pick([
      `${cn.name} said that China is ready to work with all sides on ${topics[topic]![1]}.`,
      `The two sides exchanged views on ${topics[topic]![1]}.`,
      `${other} said that ${event.other ? event.other.countryName : 'Russia'} attaches importance to ${topics[topic]![1]}.`,
      `Both sides agreed to strengthen coordination on ${topics[topic]![1]}.`,
    ])
  const paragraphs = event.topics.map(said)
  if (event.cnOnly !== null && !event.topics.includes(event.cnOnly)) paragraphs.push(said(event.cnOnly))
  paragraphs.splice(1, 0, `${pick(cnFiller)} ${pick(cnFiller)}`)
  const published = event.day + (chance(0.3) ? 1 : 0)
  const hour = `${String(8 + Math.floor(random() * 14)).padStart(2, '0')}:${String(Math.floor(random() * 60)).padStart(2, '0')}`
  // Phone calls carry no "local time": they take the stamped style, whose "fmprc.gov.cn| Updated:" line
  // names the site, so no generated page rests on its headline alone for its side.
  if (event.kind !== 'phone call' && chance(0.5)) {
    return [
      'Home Meetings & Statements Events & Activities China & UN Documents About China 中文',
      '  Home > China News',
      headline,
      '',
      `${iso(published)} ${hour}`,
      '',
      lead,
      '',
      paragraphs.join('\n\n'),
      '',
      'Suggest to a friend',
    ].join('\n')
  }
  return [
    '中文 Français Contact Us',
    '',
    headline,
    '',
    `fmprc.gov.cn| Updated: ${iso(published)}`,
    '',
    '11.png',
    '',
    lead,
    '',
    paragraphs.slice(0, 2).join('\n\n'),
    '',
    '12.png',
    '',
    paragraphs.slice(2).join('\n\n') || pick(cnFiller),
    '',
    'Copyright ©  China International Development Cooperation Agency. All rights reserved. Presented by China Daily.',
    '京ICP备18041594号-1',
    '京公网安备 11010202005508号',
  ].join('\n')
}
