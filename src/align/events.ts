import type { AlignedEvent } from '../types.js'
import type { AccountFeatures } from './features.js'
import { flatString } from '../segment/compact-text.js'
import { compareIds } from './ids.js'
import type { Link, Unit } from './match.js'
import type { AlignSettings } from './options.js'
import { describePair, mainObjection, type PairAssessment } from './score-pair.js'

/**
 * Pinyin family names: a Chinese name is cited whole ("wang-yi", "qin-gang", as in the gold slugs),
 * other names by their last word ("lavrov", "kommasith"). About sixty common pinyin family names,
 * including those of China's foreign ministers, premiers and leaders since 2000 (Li, Yang, Wang,
 * Qin, Hu, Xi, Wen). A two-word name starting with one of them is taken as Chinese.
 */
const chineseSurnames = new Set(
  (
    'wang li zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang song zheng xie han ' +
    'tang feng yu dong xiao cheng cao yuan deng fu shen zeng peng lu su jiang cai jia ding wei xue ye yan pan du ' +
    'dai xia zhong tian ren qin xi kong qian tan mao wen bo'
  ).split(' '),
)

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
}

// Names and places repeat across thousands of events: fold each once.
const slugParts = new Map<string, string>()

/** The part of a name a slug uses: "Sergey Lavrov" → "lavrov", "Wang Yi" → "wang-yi". */
export function slugName(name: string): string {
  let part = slugParts.get(name)
  if (part === undefined) {
    const words = name.trim().split(/\s+/)
    part = words.length === 2 && chineseSurnames.has(fold(words[0]!)) ? fold(name) : fold(words[words.length - 1] ?? name)
    if (slugParts.size < 100_000) slugParts.set(name, part)
  }
  return part
}

function slugPlace(place: string): string {
  const key = `@${place}`
  let part = slugParts.get(key)
  if (part === undefined) {
    part = fold(place)
    if (slugParts.size < 100_000) slugParts.set(key, part)
  }
  return part
}

/** `2024-06-10-lavrov-wang-yi-nizhny-novgorod`: date (or "undated"), up to three principals, place. */
export function eventSlug(date: string | null, participants: readonly string[], place: string | null): string {
  const parts = [date ?? 'undated', ...participants.slice(0, 3).map(slugName), place ? slugPlace(place) : '']
  return parts.filter(Boolean).join('-')
}

/** The most frequent value; ties go to the one that sorts first. */
function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  let best: string | null = null
  let bestCount = 0
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && value < best)) {
      best = value
      bestCount = count
    }
  }
  return best
}

function eventDate(members: readonly AccountFeatures[]): string | null {
  for (const precision of ['stated', 'year-inferred'] as const) {
    const days = members.filter((f) => f.day !== null && f.range!.precision === precision).map((f) => f.day!)
    if (days.length) return mostCommon(days)
  }
  return null
}

function eventParticipants(members: readonly AccountFeatures[]): string[] {
  const names = new Set<string>()
  for (const f of members) for (const p of f.principals) names.add(p)
  for (const f of members) for (const p of f.participants) names.add(p)
  return [...names]
}

function linkText(link: Link, features: readonly AccountFeatures[], prefix: boolean) {
  const a = features[link.a]!
  const b = features[link.b]!
  // Russian account first, then by id, so reasons read the same whichever way the pair was found.
  const [x, y, assessment] = orderPair(a, b, link.assessment)
  const described = describePair(x, y, assessment)
  const reasons = link.note ? [link.note, ...described.reasons] : described.reasons
  const { against } = described
  const label = `${x.id} & ${y.id}: `
  return {
    reasons: prefix ? reasons.map((r) => label + r) : reasons,
    against: prefix ? against.map((r) => label + r) : against,
  }
}

function orderPair(a: AccountFeatures, b: AccountFeatures, x: PairAssessment): [AccountFeatures, AccountFeatures, PairAssessment] {
  const swap = a.side !== b.side ? a.side === 'cn' : compareIds(a.id, b.id) > 0
  if (!swap) return [a, b, x]
  return [b, a, { ...x, onlyACount: x.onlyBCount, onlyBCount: x.onlyACount }]
}

/** What the assembler needs besides the units. */
export interface AssemblyInput {
  features: readonly AccountFeatures[]
  units: readonly Unit[]
  /** The best-scoring cross-side candidate of an account, kept or not (to explain lone accounts). */
  closest: (index: number) => number | null
  /** Scores a pair the matcher never scored (members of a confirmed group). */
  assess: (a: number, b: number) => PairAssessment
  settings: AlignSettings
}

/** Units → events: fields, reasons, stable unique slugs; sorted by date (undated last), then id. */
export function assembleEvents(input: AssemblyInput): AlignedEvent[] {
  const lonely = `no other account tells this event with confidence ≥ ${input.settings.minConfidence}`
  const drafts = input.units.map((unit) => (unit.members.length === 1 ? loneDraft(unit.members[0]!, input, lonely) : groupDraft(unit, input)))

  // Slugs are numbered in (date, slug, first account) order. Undated events sort last ("~" > digits).
  const key = (d: Draft) => `${d.event.date ?? '~'}\u0001${d.base}`
  const keys = new Map(drafts.map((d) => [d, key(d)]))
  drafts.sort((x, y) => {
    const kx = keys.get(x)!
    const ky = keys.get(y)!
    return kx < ky ? -1 : kx > ky ? 1 : x.first - y.first
  })
  const used = new Map<string, number>()
  const taken = new Set(drafts.map((d) => d.base))
  for (const draft of drafts) {
    const seen = used.get(draft.base) ?? 0
    used.set(draft.base, seen + 1)
    let id = draft.base
    if (seen > 0) {
      // A suffix could collide with another event's own slug ("…-2"); skip to the next free one.
      let k = seen + 1
      while (taken.has(`${draft.base}-${k}`)) k++
      id = `${draft.base}-${k}`
      used.set(draft.base, k)
      taken.add(id)
    }
    draft.event.id = id
  }
  // Natural order of ids within a date ("…-2" before "…-10"). The list is nearly in that order
  // already, which the (stable, merging) sort handles in about one comparison per event.
  const events = drafts.map((d) => d.event)
  for (const event of events) {
    event.id = flatString(event.id)
    event.reasons = event.reasons.map(flatString)
    event.against = event.against.map(flatString)
  }
  return events.sort((x, y) => compareDates(x.date, y.date) || compareIds(x.id, y.id))
}

interface Draft {
  /** The slug before deduplication. */
  base: string
  /** Index of the event's first account (features come in id order). */
  first: number
  event: AlignedEvent
}

/** An account no other joined: its own facts, and its closest candidate to show why. */
function loneDraft(index: number, { features, closest, assess }: AssemblyInput, lonely: string): Draft {
  const only = features[index]!
  const against: string[] = []
  const near = closest(index)
  if (near !== null) {
    const other = features[near]!
    const [x, y, assessment] = orderPair(only, other, assess(index, near))
    const objection = mainObjection(x, y, assessment)
    against.push(`closest candidate ${other.id} scored ${assessment.confidence.toFixed(2)}${objection ? ` (${objection})` : ''}`)
  }
  return {
    base: eventSlug(only.day, only.principals, only.place),
    first: index,
    event: {
      id: '',
      date: only.day,
      place: only.place,
      participants: [...only.participants],
      ru: only.side === 'ru' ? [only.id] : [],
      cn: only.side === 'cn' ? [only.id] : [],
      confidence: 1,
      reasons: [lonely],
      against,
      override: null,
    },
  }
}

/** Several accounts of one event: facts from the most precise members, reasons from every link. */
function groupDraft(unit: Unit, { features, assess }: AssemblyInput): Draft {
  const members = unit.members.map((i) => features[i]!).sort((x, y) => compareIds(x.id, y.id))
  const ru = members.filter((f) => f.side === 'ru')
  const cn = members.filter((f) => f.side === 'cn')
  const ordered = [...ru, ...cn]
  const date = eventDate(ordered)
  const place = mostCommon(ordered.map((f) => f.place).filter((p): p is string => p !== null))
  const reasons: string[] = []
  const against: string[] = []
  let confidence = 1
  let links: Link[] = unit.links
  if (unit.confirmed) {
    reasons.push('confirmed by analyst')
    // Show what the scores would have said, so the analyst sees what they overrode.
    const head = ordered[0]!
    links = ordered.slice(1).map((f) => ({
      a: head.index,
      b: f.index,
      kind: head.side === f.side ? 'same side' : 'cross side',
      assessment: assess(head.index, f.index),
    }))
  } else if (links.length) {
    confidence = Math.min(...links.map((l) => l.assessment.confidence))
  }
  const prefix = links.length > 1
  for (const link of links) {
    const text = linkText(link, features, prefix)
    reasons.push(...text.reasons)
    against.push(...text.against)
  }
  return {
    base: eventSlug(date, [...new Set(ordered.flatMap((f) => f.principals))], place),
    first: Math.min(...unit.members),
    event: {
      id: '',
      date,
      place,
      participants: eventParticipants(ordered),
      ru: ru.map((f) => f.id),
      cn: cn.map((f) => f.id),
      confidence,
      reasons,
      against,
      override: unit.confirmed ? 'confirmed' : null,
    },
  }
}

/** Dates ascending, undated last. */
function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0
  if (a === null) return 1
  if (b === null) return -1
  return a < b ? -1 : 1
}
