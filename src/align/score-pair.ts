import { spokenMonthDay, WEEKDAYS } from '../extract/date-mentions.js'
import type { Account, EventKind } from '../types.js'
import { countryList } from '../extract/countries.js'
import { countriesUnnamed, countryAgreement } from './country-agreement.js'
import { dayGap, formatRange, isoDay, knownDay, rangeWidth, sameDayOfYear, type DayRange } from './dates.js'
import { prepareAccounts, type AccountFeatures } from './features.js'
import { settleAlignOptions, type AlignOptions, type AlignSettings } from './options.js'
import { cosine } from './text-similarity.js'

/** How sure parallax is that two accounts tell one event, and why. */
export interface PairScore {
  /** In [0, 1]. */
  confidence: number
  /** Evidence for: "same date 2024-06-10", "both name Sergey Lavrov and Wang Yi", "text similarity 0.41". */
  reasons: string[]
  /** Evidence against: "different counterparts: 003:13 names Ali Bagheri Kani, 004:1 names Wang Yi", "004:1 names no Laos, 003:14's counterpart country". */
  against: string[]
}

/**
 * The numbers behind a score, before any string is built (alignment scores about ten candidate
 * pairs per account and describes only the few it keeps, so nothing here allocates but the object
 * itself). Each `…Score` is the signal's agreement, 1 for full agreement, negative for
 * disagreement; the log-odds add `weight × score`.
 */
export interface PairAssessment {
  logOdds: number
  confidence: number
  dateScore: number
  /** Days between the two date ranges (0 when they overlap), or null when either is undated. */
  dateGap: number | null
  participantScore: number
  /** People named by both accounts. */
  sharedCount: number
  /** Principals of the first account that the second does not name at all, and the other way round. */
  onlyACount: number
  onlyBCount: number
  /** Each account has a principal the other does not name: two different bilateral meetings. */
  counterpartConflict: boolean
  /** -1 for each account with a counterpart country (Laos) the other never names (`country-agreement.ts`); 0 when none. */
  countryScore: number
  placeScore: number
  kindScore: number
  similarity: number
  sharedTagCount: number
}

/**
 * Kinds grouped by how the event happens. A phone call is not a meeting; "opening remarks at a
 * meeting" (003:12) and a joint press conference happen at one, so they do not conflict with it.
 */
const kindGroup: Record<EventKind, 'remote' | 'in person' | 'at a meeting' | 'solo' | 'ceremony' | 'unknown'> = {
  'phone call': 'remote',
  videoconference: 'remote',
  talks: 'in person',
  meeting: 'in person',
  visit: 'in person',
  'multilateral meeting': 'in person',
  arrival: 'in person',
  ceremony: 'ceremony',
  remarks: 'at a meeting',
  'press conference': 'at a meeting',
  interview: 'solo',
  statement: 'solo',
  message: 'solo',
  address: 'solo',
  other: 'unknown',
}

/** Agreement of two kinds in [-2, 0.5]. */
export function kindAgreement(a: EventKind, b: EventKind): number {
  return kindTable.get(a)?.get(b) ?? 0
}

function kindRule(a: EventKind, b: EventKind): number {
  if (a === 'other' || b === 'other') return 0
  if (a === b) return 0.5
  const ga = kindGroup[a]
  const gb = kindGroup[b]
  if (ga === gb) return ga === 'remote' ? -1 : 0.25
  const pair = new Set([ga, gb])
  // A ceremony (a parade, a gala, an award) and the talks of its day are two events, as a call and a meeting are.
  if (pair.has('ceremony')) return pair.has('in person') || pair.has('remote') ? -2 : -0.5
  if (pair.has('remote') && pair.has('in person')) return -2
  if (pair.has('at a meeting')) return pair.has('remote') ? -1 : 0
  if (pair.has('solo')) return -0.5
  return 0
}

const ISSUING_KINDS: ReadonlySet<EventKind> = new Set(['talks', 'meeting', 'visit', 'videoconference'])

/** Whether `statement` is a joint statement and `talks` an account of the kind of event that issues one. */
export function issuedAt(statement: AccountFeatures, talks: AccountFeatures): boolean {
  return statement.jointStatement && !talks.jointStatement && ISSUING_KINDS.has(talks.kind)
}

// Worked out once: kindAgreement runs for every candidate pair.
const kinds = Object.keys(kindGroup) as EventKind[]
const kindTable = new Map(kinds.map((a) => [a, new Map(kinds.map((b) => [b, kindRule(a, b)]))]))

// The signal functions fill in the one assessment object: a candidate pair allocates nothing else.

/** Weaker than a stated day: the same day of another year is another meeting. */
const SAME_DAY_OF_YEAR = 0.5

function dateAgreement(x: PairAssessment, a: AccountFeatures, b: AccountFeatures, settings: AlignSettings): void {
  if (!a.range || !b.range) {
    x.dateScore = sameDayOfYear(a, b) ? SAME_DAY_OF_YEAR : 0
    x.dateGap = null
    return
  }
  dateRangeAgreement(x, a.range, b.range, settings)
}


function dateRangeAgreement(x: PairAssessment, a: DayRange, b: DayRange, settings: AlignSettings): void {
  const gap = dayGap(a, b)
  x.dateGap = gap
  const width = Math.max(rangeWidth(a), rangeWidth(b))
  if (gap > settings.maxDays) x.dateScore = -2
  else if (width === 1) {
    // A year filled in from neighbouring posts is right nearly always, but not always.
    const certainty = a.precision === 'stated' && b.precision === 'stated' ? 1 : 0.8
    x.dateScore = gap === 0 ? certainty : gap === 1 ? 0.4 * certainty : -0.3 * (gap - 1)
  } else if (gap > 0) x.dateScore = -0.3 * gap
  else {
    // Overlapping with a window: evidence shrinks as the window widens (a 2-day visit still says a
    // lot; 001:1's 18 days from #UNGA77 say little).
    x.dateScore = Math.max(0.05, 1 - Math.log(width) / Math.log(settings.maxWindowDays + 1))
  }
}

/**
 * Whether a text names a person extraction did not list: the full name, or a surname of five
 * letters or more ("Lavrov", not "Yi"). Participant lists are imperfect; the text is the fallback.
 */
export function mentions(text: string, name: string): boolean {
  if (text.includes(name)) return true
  const last = name.slice(name.lastIndexOf(' ') + 1)
  return last.length >= 5 && last !== name && text.includes(last)
}

/**
 * Whether `other` is silent by design about principal `i` of `f`: a delegation's account of a multilateral
 * meeting names its own side only, and an account of "Russian-Chinese talks" may name its own leader only;
 * `f`'s own official missing from it is silence, not a rival counterpart.
 */
function silentAbout(other: AccountFeatures, f: AccountFeatures, i: number): boolean {
  if (f.ownPrincipals[i] !== true || other.participants.includes(f.principals[i]!)) return false
  if (other.delegation && f.kind === 'multilateral meeting') return true
  return other.ownLeaderOnly && other.side !== f.side && f.kind === other.kind && !mentions(other.lead, f.principals[i]!)
}

/**
 * People named by both; principals one side names and the other neither lists nor mentions in its
 * text; and the agreement score: the share of principals both name, less 1 per principal only one
 * side knows (both sides' readouts of a bilateral meeting name both principals: a counterpart the
 * other side never mentions argues hard against), -1.5 when each side has such a principal (two
 * different meetings), 0 when both are delegations to one multilateral meeting naming no one in common.
 */
function participantAgreement(x: PairAssessment, a: AccountFeatures, b: AccountFeatures): void {
  const ap = a.participants
  const bp = b.participants
  let shared = 0
  for (const p of ap) if (bp.includes(p)) shared++
  let onlyA = 0
  let union = 0
  for (const [i, p] of a.principals.entries()) {
    if (silentAbout(b, a, i)) continue
    union++
    if (!bp.includes(p) && !mentions(b.lead, p)) onlyA++
  }
  let onlyB = 0
  for (const [i, p] of b.principals.entries()) {
    if (silentAbout(a, b, i)) continue
    if (!a.principals.includes(p)) union++
    if (!ap.includes(p) && !mentions(a.lead, p)) onlyB++
  }
  // Two delegations at one multilateral meeting each name their own: silence, not disagreement.
  const delegations = a.delegation && b.delegation && shared === 0
  const counterpartConflict = onlyA > 0 && onlyB > 0 && !delegations
  let score: number
  if (ap.length === 0 || bp.length === 0 || delegations || union === 0) score = 0
  else if (counterpartConflict) score = -1.5
  else if (shared === 0) score = -0.5
  else score = (union - onlyA - onlyB) / union - (onlyA + onlyB)
  x.participantScore = score
  x.sharedCount = shared
  x.onlyACount = onlyA
  x.onlyBCount = onlyB
  x.counterpartConflict = counterpartConflict
}

function placeAgreement(a: string | null, b: string | null): number {
  if (a === null || b === null) return 0
  if (a === b || ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `)) return 1
  return -1
}

/** Scores two prepared accounts. Pure; no strings built. */
export function assessPair(a: AccountFeatures, b: AccountFeatures, settings: AlignSettings): PairAssessment {
  const w = settings.weights
  const x: PairAssessment = {
    logOdds: 0,
    confidence: 0,
    dateScore: 0,
    dateGap: null,
    participantScore: 0,
    sharedCount: 0,
    onlyACount: 0,
    onlyBCount: 0,
    counterpartConflict: false,
    countryScore: countryAgreement(a, b),
    placeScore: placeAgreement(a.placeKey, b.placeKey),
    kindScore: kindAgreement(a.kind, b.kind),
    similarity: cosine(a.vector, b.vector),
    sharedTagCount: 0,
  }
  dateAgreement(x, a, b, settings)
  participantAgreement(x, a, b)
  if (a.rareTags.length && b.rareTags.length) for (const t of a.rareTags) if (b.rareTags.includes(t)) x.sharedTagCount++
  x.logOdds =
    w.prior +
    w.date * x.dateScore +
    w.participants * x.participantScore +
    w.countries * x.countryScore +
    w.place * x.placeScore +
    w.kind * x.kindScore +
    w.text * x.similarity +
    w.tags * Math.min(1, x.sharedTagCount)
  x.confidence = 1 / (1 + Math.exp(-x.logOdds))
  return x
}

const article: Partial<Record<EventKind, string>> = {
  talks: 'talks',
  interview: 'an interview',
  address: 'an address',
  arrival: 'an arrival',
  other: 'another kind of event',
}

function withArticle(kind: EventKind): string {
  return article[kind] ?? `a ${kind}`
}

/** "A", "A and B", "A, B and C" (or "A or B" with `or`). */
export function listNames(names: readonly string[], joiner: 'and' | 'or' = 'and'): string {
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} ${joiner} ${names[names.length - 1]}`
}

/**
 * The objection from counterpart countries, or null: "different counterpart countries: 021:1 names
 * Laos, 025:1 names Mongolia" when each account has one the other never names, else "004:1 names
 * no Laos, 003:14's counterpart country".
 */
function countryObjection(a: AccountFeatures, b: AccountFeatures): string | null {
  const list = countryList()
  const names = (ids: string[]) => ids.map((id) => list.byId(id)?.name ?? id)
  const onlyA = names(countriesUnnamed(a, b))
  const onlyB = names(countriesUnnamed(b, a))
  if (onlyA.length && onlyB.length) return `different counterpart countries: ${a.id} names ${listNames(onlyA)}, ${b.id} names ${listNames(onlyB)}`
  const [f, other, missing] = onlyA.length ? [a, b, onlyA] : [b, a, onlyB]
  if (!missing.length) return null
  return `${other.id} names no ${listNames(missing, 'or')}, ${f.id}'s counterpart countr${missing.length === 1 ? 'y' : 'ies'}`
}

function dateNote(f: AccountFeatures): string {
  const range = f.range!
  if (range.precision === 'year-inferred') return `${f.id}: year inferred${range.evidence ? `, ${range.evidence}` : ''}`
  if (range.precision === 'window' || range.precision === 'published') {
    return `${f.id}: date inferred${range.evidence ? `, ${range.evidence}` : ''}`
  }
  return ''
}

/** The names behind the counts of an assessment, in the first account's order. */
function peopleLists(a: AccountFeatures, b: AccountFeatures) {
  const missedBy = (f: AccountFeatures, other: AccountFeatures) => f.principals.filter((p, i) => !other.participants.includes(p) && !silentAbout(other, f, i))
  const silence = (f: AccountFeatures, other: AccountFeatures) => f.principals.filter((_, i) => silentAbout(other, f, i))
  return {
    shared: a.participants.filter((p) => b.participants.includes(p)),
    /** Own officials of each side that the other, a delegation's account, is silent about: [silent account, names]. */
    unmentioned: [[b, silence(a, b)], [a, silence(b, a)]] as const,
    onlyA: missedBy(a, b).filter((p) => !mentions(b.lead, p)),
    onlyB: missedBy(b, a).filter((p) => !mentions(a.lead, p)),
    /** Principals one side lists and the other only mentions in its text. */
    mentioned: [...missedBy(a, b).filter((p) => mentions(b.lead, p)).map((p) => [b, p] as const), ...missedBy(b, a).filter((p) => mentions(a.lead, p)).map((p) => [a, p] as const)],
  }
}

/** Turns an assessment into the reasons and objections an analyst reads. */
export function describePair(a: AccountFeatures, b: AccountFeatures, x: PairAssessment): PairScore {
  const people = peopleLists(a, b)
  const reasons: string[] = []
  const against: string[] = []
  const round = (n: number) => n.toFixed(2)

  if (sameDayOfYear(a, b)) {
    const [undated, dated] = a.monthDays.length > 0 ? [a, b] : [b, a]
    const datedDay = knownDay(dated)!
    const [month, day] = datedDay.slice(5).split('-').map(Number) as [number, number]
    const stated = undated.monthDays.length === 1 ? `gives ${spokenMonthDay(month, day)}` : `allows ${spokenMonthDay(month, day)}${undated.weekday === null ? '' : `, a ${WEEKDAYS[undated.weekday]}`}`
    reasons.push(`same day of the year: ${dated.id} is dated ${datedDay}, ${undated.id} ${stated} without a year`)
    against.push(`${undated.id} states no year`)
  } else if (!a.range || !b.range) {
    for (const f of [a, b]) if (!f.range) against.push(`${f.id} has no date`)
  } else {
    const notes = [dateNote(a), dateNote(b)].filter(Boolean)
    const suffix = notes.length ? ` (${notes.join('; ')})` : ''
    const pointA = a.range.from === a.range.to
    const pointB = b.range.from === b.range.to
    if (x.dateGap === 0 && pointA && pointB) reasons.push(`same date ${isoDay(a.range.from)}${suffix}`)
    else if (x.dateGap === 0) {
      const [narrow, wide] = rangeWidth(a.range) <= rangeWidth(b.range) ? [a, b] : [b, a]
      reasons.push(`date ${formatRange(narrow.range!)} within ${wide.id}'s window ${formatRange(wide.range!)}${suffix}`)
      against.push(`${wide.id} gives only a window of ${rangeWidth(wide.range!)} days`)
    } else {
      const gap = x.dateGap ?? 0
      against.push(`dates ${gap} day${gap === 1 ? '' : 's'} apart (${formatRange(a.range)}, ${formatRange(b.range)})${suffix}`)
    }
  }

  if (people.shared.length) reasons.push(`both name ${listNames(people.shared)}`)
  if (a.delegation && b.delegation && people.shared.length === 0) {
    reasons.push(`each names only its own delegation at a multilateral meeting (${listNames(a.principals)}; ${listNames(b.principals)})`)
  } else {
    for (const [silent, names] of people.unmentioned) {
      if (names.length === 0) continue
      const why = silent.delegation ? 'names only its own delegation at a multilateral meeting' : 'tells Russian-Chinese talks naming only its own side'
      reasons.push(`${silent.id} ${why}, so not ${listNames(names)}`)
    }
    if (x.counterpartConflict) {
      against.push(`different counterparts: ${a.id} names ${listNames(people.onlyA)}, ${b.id} names ${listNames(people.onlyB)}`)
    } else {
      if (people.onlyA.length) against.push(`${a.id} names ${listNames(people.onlyA)}, ${b.id} does not`)
      if (people.onlyB.length) against.push(`${b.id} names ${listNames(people.onlyB)}, ${a.id} does not`)
    }
  }
  if (x.countryScore < 0) {
    const objection = countryObjection(a, b)
    if (objection) against.push(objection)
  }
  for (const [f, p] of people.mentioned) reasons.push(`${f.id} mentions ${p} in its text`)
  for (const f of [a, b]) if (f.participants.length === 0) against.push(`${f.id} names no participants`)

  if (x.placeScore > 0) reasons.push(`same place ${a.place}`)
  else if (x.placeScore < 0) against.push(`different places: ${a.place} (${a.id}), ${b.place} (${b.id})`)
  else if (a.place !== b.place) {
    const missing = a.place === null ? a : b
    against.push(`${missing.id} names no place`)
  }

  if (x.kindScore >= 0.5) reasons.push(`both report ${withArticle(a.kind)}`)
  else if (x.kindScore < 0) against.push(`${withArticle(a.kind)} (${a.id}) vs ${withArticle(b.kind)} (${b.id})`)

  if (x.similarity >= 0.1) reasons.push(`text similarity ${round(x.similarity)}`)
  else against.push(`text similarity ${round(x.similarity)}`)

  if (x.sharedTagCount) reasons.push(`both tagged ${a.rareTags.filter((t) => b.rareTags.includes(t)).map((t) => `#${t}`).join(' ')}`)
  return { confidence: x.confidence, reasons, against }
}

/**
 * The strongest objection to a pair, cheaply (no full description): why the closest candidate of a
 * lone account was not taken. Null when nothing in particular argues against it.
 */
export function mainObjection(a: AccountFeatures, b: AccountFeatures, x: PairAssessment): string | null {
  if (x.counterpartConflict) {
    const people = peopleLists(a, b)
    return `different counterparts: ${a.id} names ${listNames(people.onlyA)}, ${b.id} names ${listNames(people.onlyB)}`
  }
  if (x.countryScore < 0) {
    const objection = countryObjection(a, b)
    if (objection) return objection
  }
  if (x.dateScore < 0 && a.range && b.range) return `dates ${x.dateGap} day${x.dateGap === 1 ? '' : 's'} apart`
  if (x.kindScore < 0) return `${withArticle(a.kind)} (${a.id}) vs ${withArticle(b.kind)} (${b.id})`
  if (x.placeScore < 0) return `different places: ${a.place} (${a.id}), ${b.place} (${b.id})`
  if (x.sharedCount === 0) return 'no person named by both'
  return null
}

/**
 * Scores two accounts on their own: confidence in [0, 1], reasons and objections. TF-IDF is fitted
 * on the two texts alone, so the text signal is weaker than inside `alignAccounts`, where IDF comes
 * from the whole corpus.
 */
export function scorePair(a: Account, b: Account, options: AlignOptions = {}): PairScore {
  const settings = settleAlignOptions(options)
  const [fa, fb] = prepareAccounts([a, b], settings) as [AccountFeatures, AccountFeatures]
  return describePair(fa, fb, assessPair(fa, fb, settings))
}
