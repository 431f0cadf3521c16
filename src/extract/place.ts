import type { Decided, EventKind, SegmentedAccount, Sentence, Span } from '../types.js'
import { findDates, isoDate, isRecalledAt, type DateMention } from './date-mentions.js'
import { isLandmark, placeOfDateline, placesGazetteer, type Mention, type PlaceEntry } from './gazetteer.js'
import { accountHead, PARTICIPANT_CLAUSE, sentenceAfterLede } from './head.js'
import { isCall } from './kind.js'
import { accountOpening } from './opening.js'

/**
 * Where the event happened, as the account states it; null when it names no place. Never guessed:
 * a meeting "on the sidelines of the 79th session of the UN General Assembly" (seeds/003 post 19)
 * has no place, although it was surely New York. Strongest first:
 *
 * 1. a dateline: "📍 New Delhi, March 2, 2023", "(Nizhny Novgorod, June 10, 2024)", "MOSCOW, June 10 (",
 *    a known place and the date closing a title ("… talks with Wang Yi, Beijing, April 9, 2024");
 *    a name the gazetteer does not know is kept as written if it looks like one (up to four
 *    capitalised words); or a line of the opening that only names the place ("The Kremlin, Moscow");
 * 2. in the title, then the lede (see head.ts), a gazetteer city after "in"/"at" ("met … in New
 *    York", "Council … in Minsk"), after "arrives in", "visit to", or before "hosted" ("Beijing hosted
 *    talks"). Refused: a city inside a longer name ("Nizhny Novgorod Region", "Astana Declaration"),
 *    a possessive ("Beijing's position"), a relative clause about someone else ("ambassadors … who are
 *    accredited in Moscow", seeds/003 post 5), and a city followed by another time ("the summit in
 *    Kazan in October 2024", "in Moscow on May 9");
 * 3. in the body, only phrasings that can only mean this event: "the talks, held in Beijing",
 *    "Lavrov's arrival in Beijing" (seeds/003 post 9), "welcome you to Nizhny Novgorod".
 *
 * Countries are not places here: "an official visit to China" names no city.
 */

const quote = (s: string) => `"${s.trim().replace(/\s+/g, ' ').slice(0, 80)}"`

/** "in Da Nang", "in the city of Da Nang", "in the central Vietnamese city of Da Nang", "in the Black Sea resort of Sochi". */
const BEFORE_IN = /\b(?:in|at)\s+(?:the\s+(?:[\p{L}-]+\s+){0,3}(?:city|town|resort|port)\s+of\s+)?$/u
/** A landmark takes its article: "in the Kremlin", "at the Great Hall of the People". */
const BEFORE_IN_THE = /\b(?:in|at)\s+the\s+$/
const BEFORE_ARRIVE = /\b(?:arrives?|arrived|arriving)\s+(?:in|at)\s+$/i
const BEFORE_TO = /\b(?:visit|trip|travels?|travelled|traveled|came|comes?)\s+to\s+$/i
const AFTER_HOSTED = /^\s+(?:hosted|hosts|is\s+hosting|was\s+hosting|played\s+host)\b/
/** Words that make "in X" describe someone else, not the event: "who are accredited in Moscow". */
const OTHER_SUBJECT = /\b(?:accredited|based|resident|residing|stationed|born|embassy|embassies|consulate|who\s+(?:live|lives|lived))\b/i
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December'
const AFTER_OTHER_TIME = new RegExp(`^\\s+in\\s+(?:(?:early|mid|late)[-\\s]+)?(?:${MONTHS}|(?:19|20)\\d{2})\\b`)

/** "a ceasefire in Gaza", "the situation in Syria": a place the talks were about, not where they were held. */
const TOPIC_BEFORE_IN = /\b(?:ceasefire|cease-fire|truce|situation|conflict|crisis|war|hostilities|fighting|violence|settlement|escalation|tensions?|developments|catastrophe|disaster|peace)\s+in\s+(?:the\s+)?$/i

/** Why a mention cannot be the event's place, or null if it can. */
function refusal(text: string, m: Mention<PlaceEntry>, eventDate: string | null): string | null {
  if (isRecalledAt(text, m.span[0])) return 'recalled'
  if (TOPIC_BEFORE_IN.test(text.slice(Math.max(0, m.span[0] - 40), m.span[0]))) return 'a topic'
  const after = text.slice(m.span[1])
  if (/^['’]s\b/.test(after)) return 'possessive'
  if (/^[-‐]\p{L}/u.test(after)) return 'compound'
  if (/^[ \t]+\p{Lu}\p{Ll}/u.test(after) && !/^[ \t]+(?:On|In|At|During)\b/.test(after)) return 'part of a longer name'
  if (AFTER_OTHER_TIME.test(after)) return 'followed by another time'
  const on = /^,?\s+on\s+/.exec(after)
  if (on) {
    const d = findDates(after.slice(on[0].length, on[0].length + 40))[0]
    if (d && d.span[0] === 0 && eventDate !== null) {
      const stated = d.year === null ? eventDate.slice(5) : isoDate(d.year, d.month, d.day)
      const same = d.year === null ? `${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` === stated : stated === eventDate
      if (!same) return 'followed by another date'
    }
  }
  return null
}

function clauseBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 120), at)
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('('))
  return cut >= 0 ? before.slice(cut + 1) : before
}

/**
 * A head mention that states where the event was, with the phrase that shows it. A place inside a
 * relative clause about a participant counts only when the main clause names none ("Wang Yi, who is in
 * Moscow for consultations, met …").
 */
function headPlace(text: string, eventDate: string | null): { entry: PlaceEntry; phrase: string } | null {
  const clauses = [...text.matchAll(PARTICIPANT_CLAUSE)].map((c) => [c.index, c.index + c[0].length] as const)
  const main: Mention<PlaceEntry>[] = []
  const inClause: Mention<PlaceEntry>[] = []
  for (const m of placesGazetteer().find(text)) {
    if (clauses.some(([from, to]) => from <= m.span[0] && m.span[1] <= to)) inClause.push(m)
    else main.push(m)
  }
  return placeAmong(text, main, eventDate) ?? placeAmong(text, inClause, eventDate)
}

function placeAmong(text: string, mentions: readonly Mention<PlaceEntry>[], eventDate: string | null): { entry: PlaceEntry; phrase: string } | null {
  for (const m of mentions) {
    if (refusal(text, m, eventDate) !== null) continue
    const before = text.slice(Math.max(0, m.span[0] - 60), m.span[0])
    const after = text.slice(m.span[1])
    if (BEFORE_ARRIVE.test(before) || BEFORE_TO.test(before)) {
      return { entry: m.entry, phrase: (/\b\S+\s+\S+\s+$/.exec(before)?.[0] ?? '') + m.surface }
    }
    const article = isLandmark(m) ? BEFORE_IN_THE.exec(before)?.[0] : undefined
    if ((article !== undefined || BEFORE_IN.test(before)) && !OTHER_SUBJECT.test(clauseBefore(text, m.span[0]))) {
      return { entry: m.entry, phrase: `${article ?? 'in '}${m.surface}` }
    }
    if (AFTER_HOSTED.test(after)) return { entry: m.entry, phrase: `${m.surface}${AFTER_HOSTED.exec(after)![0]}` }
  }
  return null
}

/**
 * A city the sentence after the lede opens on: "On March 22-23, Lavrov was on an official visit to China.
 * In Guilin, he held talks with Wang Yi." Only there and only so: further down, "In Moscow, …" may tell
 * of another day.
 */
function nextSentencePlace(account: SegmentedAccount, eventDate: string | null): { entry: PlaceEntry; phrase: string } | null {
  const sentence = sentenceAfterLede(account)
  if (sentence === null) return null
  const [first] = placesGazetteer().find(sentence.slice(0, 60))
  if (!first || !/^In\s+$/.test(sentence.slice(0, first.span[0])) || !/^\s*,/.test(sentence.slice(first.span[1]))) return null
  return refusal(sentence, first, eventDate) === null ? { entry: first.entry, phrase: `In ${first.surface},` } : null
}

const BODY_CUES: { re: RegExp; label: string }[] = [
  { re: /\bthe\s+(?:talks|meeting|negotiations|conversation|consultations)\s*,?\s+(?:which\s+)?(?:were\s+|was\s+)?held\s+in\s+$/i, label: 'the talks, held in' },
  { re: /\barrival\s+in\s+$/i, label: 'arrival in' },
  { re: /\bwelcome\s+you\s+(?:to|in)\s+$/i, label: 'welcome you to' },
]
const NOT_YET = /\b(?:upcoming|forthcoming|planned|expected|future|next|coming|scheduled)\b/i
/** How every body cue ends. Most texts hold none, and then their places need not be looked up. */
const ANY_BODY_CUE = /held\s+in\s|arrival\s+in\s|welcome\s+you\s+(?:to|in)\s/i

function bodyPlace(text: string, eventDate: string | null): { entry: PlaceEntry; phrase: string } | null {
  if (!ANY_BODY_CUE.test(text)) return null
  for (const m of placesGazetteer().find(text)) {
    const before = text.slice(Math.max(0, m.span[0] - 80), m.span[0])
    const cue = BODY_CUES.find((c) => c.re.test(before))
    if (!cue || refusal(text, m, eventDate) !== null) continue
    const phraseStart = before.search(cue.re)
    if (NOT_YET.test(before.slice(Math.max(0, phraseStart - 40)))) continue
    return { entry: m.entry, phrase: before.slice(phraseStart) + m.surface }
  }
  return null
}

/** A name before a dateline's date: canonical when the gazetteer knows it, else kept if it looks like a place. */
function datelineName(raw: string): string | null {
  // "📍 #UNSC, February 24": a hashtag names a body, not a place.
  if (raw.replace(/^[^\p{L}#]+/u, '').startsWith('#')) return null
  const name = raw.replace(/^[^\p{L}]+/u, '').replace(/[\s,]+$/u, '').trim()
  if (name === '') return null
  const known = placesGazetteer().lookup(name) ?? placeOfDateline(name)
  if (known) return known.name
  const words = name.split(/\s+/)
  const looksLikePlace = words.length <= 4 && words.every((w) => /^(?:\p{Lu}[\p{L}'’.-]*|de|la|el|al|on|of|upon)$/u.test(w))
  if (!looksLikePlace) return null
  // "MOSCOW" in an agency dateline: title case it.
  return name === name.toUpperCase() ? name.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase()) : name
}

function datelinePlace(account: SegmentedAccount): { name: string; phrase: string } | null {
  const lines: { text: string; dates: readonly DateMention[] }[] = []
  if (account.title.trim() !== '') lines.push({ text: account.title, dates: findDates(account.title) })
  lines.push(...accountOpening(account))
  for (const { text: line, dates } of lines) {
    for (const d of dates) {
      const before = line.slice(0, d.span[0])
      const after = line.slice(d.span[1])
      const pin = before.lastIndexOf('📍')
      if (pin >= 0) {
        const name = datelineName(before.slice(pin + 2))
        if (name) return { name, phrase: line.slice(pin, d.span[1]) }
        continue
      }
      const bare = /^[^\p{L}\p{N}]*([^,()\n]{1,40}),\s*$/u.exec(before)
      // A numeric date ("Harbin, 17.05.2024") only after a place the gazetteer knows.
      if (bare && after.trim() === '' && (/\p{L}/u.test(d.surface) || placesGazetteer().lookup(bare[1]!.trim()) !== undefined)) {
        const name = datelineName(before)
        if (name) return { name, phrase: line.trim() }
        continue
      }
      // mid.ru ends a transcript's title with its place and date: "… with Wang Yi, Beijing, April 9, 2024".
      const trailing = /,\s*([^,()\n]{2,40}),\s*$/u.exec(before)
      if (trailing && /^[\s.]*$/.test(after) && /\p{L}/u.test(d.surface)) {
        const known = placesGazetteer().lookup(trailing[1]!.trim())
        if (known) return { name: known.name, phrase: `${trailing[1]!.trim()}, ${d.surface}` }
      }
      const open = before.lastIndexOf('(')
      if (open >= 0 && !before.slice(open).includes(')') && /^\s*\)/.test(after) && /,\s*$/.test(before)) {
        const name = datelineName(before.slice(open + 1))
        if (name) return { name, phrase: line.slice(open, d.span[1] + after.indexOf(')') + 1) }
        continue
      }
      // "NIZHNY NOVGOROD, June 10 (Xinhua) --", "BEIJING, September 2. /TASS/.", with the country after a
      // city abroad: "NUSA DUA, Indonesia, Oct. 7 (Xinhua) --".
      const agency = /^\s*(\p{Lu}[\p{L} .'’-]{1,40})(?:,\s*\p{Lu}[\p{L} .'’-]{1,30})?,\s*$/u.exec(before)
      if (agency && /^\s*(?:\(|\.\s*\/\p{Lu}[\p{L} ]*\/)/u.test(after)) {
        const name = datelineName(agency[1]!)
        if (name) return { name, phrase: before.trim() + ' ' + d.surface }
      }
    }
  }
  return null
}

/** kremlin.ru's date and time before the place on one line: "November 10, 2017, 15:10, Da Nang". */
const STAMP_BEFORE_PLACE = /^[\p{L}\d\s.,]*?\b\d{4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?,?\s+(?=\p{Lu})/iu

/** A part of a location line: one to four capitalised words, "the" allowed before them. */
const LOCATION_PART = /^(?:[Tt]he\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u

/**
 * A line of the opening that only says where ("The Kremlin, Moscow", "Kazan" under kremlin.ru's date
 * and time, or after them on their line): every comma-separated part looks like a name and one of them
 * is a known place or landmark. The last known one wins; a line of unknown names ("Novo-Ogaryovo, Moscow
 * Region") gives none.
 */
function locationLine(account: SegmentedAccount): { entry: PlaceEntry; phrase: string } | null {
  for (const { text } of accountOpening(account)) {
    if (text.length > 120) continue
    const parts = text.trim().replace(STAMP_BEFORE_PLACE, '').split(/\s*,\s*/)
    if (parts.length > 3 || !parts.every((part) => LOCATION_PART.test(part))) continue
    let entry: PlaceEntry | undefined
    for (const part of parts) entry = placesGazetteer().lookup(part.replace(/^the\s+/i, '')) ?? entry
    if (entry) return { entry, phrase: text.trim() }
  }
  return null
}

/**
 * The place of the event an account reports.
 * `eventDate` (YYYY-MM-DD, when known) lets "in Moscow on May 9" be told apart from this event's date.
 * With the account's `sentences` and their speakers, a lede that is a journalist's question ("CCTV:
 * Yesterday Wang Yi met Lavrov in Nizhny Novgorod. …?") says where something else happened: skipped.
 * With the account's `kind`, a call has no place: a place its account names ("BEIJING, Jan. 21 (Xinhua)",
 * "The Kremlin, Moscow", "… holds a video call with Putin in Beijing") is where one side sat, and the
 * other side's account would name another. A message takes no place from its dateline.
 */
export function decidePlace(
  account: SegmentedAccount,
  eventDate: string | null = null,
  sentences: readonly Sentence[] = [],
  kind: EventKind | null = null,
): Decided<string | null> {
  if (isCall(kind)) {
    return { value: null, reason: `a ${kind} has no venue: a place its account names is where one side was`, inferred: false }
  }
  // A message's dateline or location line is where it was written or reported ("BEIJING, Oct. 2 (Xinhua) -- Xi
  // and Putin exchanged congratulations"); only a gathering it was sent to has a place ("greetings to the
  // participants in the Expo (Harbin, May 17, 2025)").
  const sent = kind === 'message'
  const dateline = datelinePlace(account)
  if (dateline && (!sent || dateline.phrase.startsWith('('))) return { value: dateline.name, reason: `dateline ${quote(dateline.phrase)}`, inferred: false }
  const location = sent ? null : locationLine(account)
  if (location) return { value: location.entry.name, reason: `location line ${quote(location.phrase)}`, inferred: false }
  const asked = (span: Span) => sentences.some((s) => s.speaker.role === 'journalist' && s.span[0] < span[1] && span[0] < s.span[1])
  for (const part of accountHead(account)) {
    if (part.label === 'lede' && part.span !== null && asked(part.span)) continue
    const found = headPlace(part.text, eventDate)
    if (found) {
      return { value: found.entry.name, reason: `${quote(found.phrase)} in the ${part.label === 'title' ? 'title' : 'first sentence'}`, inferred: false }
    }
  }
  const next = nextSentencePlace(account, eventDate)
  if (next) return { value: next.entry.name, reason: `${quote(next.phrase)} opening the sentence after the first`, inferred: false }
  const body = bodyPlace(account.text, eventDate)
  if (body) return { value: body.entry.name, reason: `${quote(body.phrase)} in the text`, inferred: false }
  return { value: null, reason: 'no place stated in a dateline, the title or the first sentence', inferred: false }
}
