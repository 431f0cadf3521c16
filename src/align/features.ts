import type { Account, EventKind, Side } from '../types.js'
import { peopleGazetteer, placesGazetteer, sideOfPerson } from '../extract/gazetteer.js'
import { dayRange, type DayRange } from './dates.js'
import type { AlignSettings } from './options.js'
import { buildTextModel, type TermVector } from './text-similarity.js'

/** What alignment looks at in one account, computed once. */
export interface AccountFeatures {
  /** Position in the input array. */
  index: number
  id: string
  side: Side
  range: DayRange | null
  /** The event day as `YYYY-MM-DD` when the account states it (the year possibly inferred); else null. */
  day: string | null
  /** `MM-DD` of an account whose text states a day but no year, when nothing else dates it; else null. */
  /** Days of the year (`MM-DD`) the account may tell when it gives no year: a stated "On February 20", or the days a web preview's "June 19" above it allows. */
  monthDays: readonly string[]
  /** The weekday the event fell on, where a post dated only by such a day names one ("on Thursday"). */
  weekday: number | null
  participants: readonly string[]
  /**
   * The first two people named: the host and the counterpart in a readout ("Wang Yi met with …
   * Sergey Lavrov"). People named later are often mentioned in passing (004:1 names Putin's visit).
   */
  principals: readonly string[]
  /** For each principal, whether it is an official of the account's own side (by the people gazetteer). */
  ownPrincipals: readonly boolean[]
  kind: EventKind
  /**
   * A multilateral meeting told through the account's own delegation only ("Lavrov took part in the
   * SCO Council of Foreign Ministers", "Wang Yi attended …"): its principals are all officials of its
   * own side, so another side's delegate is no rival counterpart.
   */
  delegation: boolean
  /**
   * Talks or a call told as "Russian-Chinese" that name one official, of the account's own side ("Russian-Chinese
   * talks were held in the Kremlin" over Putin's words): the other side's leader goes without saying.
   */
  ownLeaderOnly: boolean
  /** A joint statement by its title ("Joint Statement of the Russian Federation and …"): the talks that day issued it. */
  jointStatement: boolean
  /** Its two principals are a Russian and a Chinese official (by the people gazetteer): a Russia–China event. */
  russiaChina: boolean
  /** The place as stated, or null. */
  place: string | null
  /** The place folded for comparison (lower case, no diacritics or punctuation). */
  placeKey: string | null
  /** Hashtags rare enough in the corpus to be evidence (#UNGA77, not #RussiaChina). */
  rareTags: readonly string[]
  /** Title and start of the text (`leadText`): where to look for a name extraction missed. */
  lead: string
  /**
   * Ids of the counterpart countries its head names, Russia and China aside (`counterpartCountries`):
   * `["la"]` for Lavrov's meeting with Laos's minister, `[]` for a Russia–China readout.
   */
  countries: readonly string[]
  vector: TermVector
}

const JOINT_STATEMENT = /^\W*joint\s+statement\b/i

const RUSSIA_CHINA = /\b(?:Russian[-–‐]Chinese|Chinese[-–‐]Russian|Russia[-–‐]China|China[-–‐]Russia)\s+(?:talks|summit|negotiations|consultations)\b/i
const BILATERAL_KINDS: ReadonlySet<EventKind> = new Set(['talks', 'meeting', 'videoconference', 'phone call'])

/** How many leading participants count as principals. */
export const principalCount = 2

/** Folds a place name for comparison: "Nizhny Novgorod", "nizhny-novgorod" → "nizhny novgorod". */
export function foldPlace(place: string): string {
  return place
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** Title and start of the text: where a readout says who met whom, where and about what. */
export function leadText(account: Account, chars: number): string {
  const text = account.text.startsWith(account.title) ? account.text : `${account.title}\n${account.text}`
  return text.length > chars ? text.slice(0, chars) : text
}

/** The list without repeats, first occurrences kept; the same array when it has none (the usual case). */
function unique(list: readonly string[]): readonly string[] {
  for (let k = 1; k < list.length; k++) if (list.lastIndexOf(list[k]!, k - 1) >= 0) return [...new Set(list)]
  return list
}

const none: readonly string[] = []

/** Whether the two principals are a Russian and a Chinese official (by the people gazetteer). */
function isRussiaChina(principals: readonly string[]): boolean {
  const sides = new Set(principals.map((name) => {
    const person = peopleGazetteer().lookup(name)
    return person === undefined ? null : sideOfPerson(person)
  }))
  return principals.length === 2 && sides.has('ru') && sides.has('cn')
}

/** Whether each of `principals` is an official of the account's own side. */
function ownOfficials(account: Account, principals: readonly string[]): boolean[] {
  return principals.map((name) => {
    const person = peopleGazetteer().lookup(name)
    return person !== undefined && sideOfPerson(person) === account.side.value
  })
}

/** Features of every account, with TF-IDF fitted on the whole input (so IDF reflects this corpus). */
export function prepareAccounts(accounts: readonly Account[], settings: AlignSettings): AccountFeatures[] {
  const leads = accounts.map((account) => leadText(account, settings.textChars))
  const model = buildTextModel(leads)
  const tagCounts = new Map<string, number>()
  for (const account of accounts) {
    for (const tag of unique(account.tags)) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1)
  }
  const folded = new Map<string, string>()
  return accounts.map((account, index) => {
    const participants = unique(account.facts.participants)
    const place = account.facts.place.value
    let placeKey = place === null ? null : (folded.get(place) ?? null)
    if (place !== null && placeKey === null) {
      // "Nusa Dua" agrees with "Bali": the key holds the areas a place lies in, and placeAgreement reads containment.
      const within = placesGazetteer().lookup(place)?.within ?? []
      placeKey = foldPlace([place, ...within].join(' '))
      folded.set(place, placeKey)
    }
    const range = dayRange(account, settings.publishedLagDays)
    const day = range && range.from === range.to && (range.precision === 'stated' || range.precision === 'year-inferred') ? account.facts.date.value : null
    const countries = account.facts.countries
    const principals = participants.slice(0, principalCount)
    const ownPrincipals = ownOfficials(account, principals)
    return {
      index,
      id: account.id,
      side: account.side.value,
      range,
      day,
      monthDays: range !== null ? none : account.facts.date.monthDay ? [account.facts.date.monthDay] : (account.facts.date.daysOfYear?.monthDays ?? none),
      weekday: range === null ? (account.facts.date.daysOfYear?.weekday ?? null) : null,
      participants,
      principals,
      ownPrincipals,
      kind: account.facts.kind.value,
      delegation: account.facts.kind.value === 'multilateral meeting' && principals.length > 0 && ownPrincipals.every(Boolean),
      ownLeaderOnly: principals.length === 1 && ownPrincipals[0] === true && BILATERAL_KINDS.has(account.facts.kind.value) && RUSSIA_CHINA.test(leads[index]!),
      jointStatement: JOINT_STATEMENT.test(account.title),
      russiaChina: isRussiaChina(principals),
      place,
      placeKey: placeKey === '' ? null : placeKey,
      rareTags: account.tags.length ? unique(account.tags).filter((tag) => (tagCounts.get(tag) ?? 0) <= settings.maxTagAccounts) : none,
      lead: leads[index]!,
      countries: countries.length ? countries : none,
      vector: model.vectors[index]!,
    }
  })
}
