import type { EventDate, SegmentedAccount } from '../types.js'
import { findDates, isoDate, isRecalledAt, isValidDay, spokenMonthDay, WEEKDAYS, type DateMention } from './date-mentions.js'
import { yearFromAnniversary } from './anniversaries.js'
import { accountHead, isContentLine } from './head.js'
import { accountOpening } from './opening.js'

/**
 * The date of the event an account reports (not its publication date).
 *
 * 1. Cue in the account (`findDateCue`), strongest first:
 *    a. a dateline: "📍 New Delhi, March 2, 2023", "(Nizhny Novgorod, June 10, 2024)", "(December 24,
 *       2023)", "MOSCOW, June 10 (Xinhua) --" in the title or the first lines;
 *    b. a date that opens one of the first four content lines or a sentence there: "On January 9, …",
 *       "On September 21, 2022 local time, …";
 *    c. any other date in the head (headline + lede), unless it follows "held", "since", "their", …
 *    A line holding only a numeric date ("2022-09-22 18:04", "Updated: 2024-06-10") is a publication
 *    stamp, not a cue: it counts as the publication date when the account has none (`publicationDate`).
 *    Dates further down the body are ignored: they recall other events ("held via videoconference
 *    on December 30, 2022", seeds/000) or announce them ("Astana on July 3-4", seeds/003 post 10).
 *    A range ("April 8-9", "May 20-21") gives its last day: the day the visit or meeting concluded,
 *    which is when the readout is written and, for seeds/003 posts 9 and 10, the gold date.
 * 2. A cue without a year gets one (`year-inferred`), from the first of: the publication date
 *    (the event is on or before it); a UN General Assembly session named in the tags or the head
 *    (#UNGA77: session N opens in September of 1945+N and runs to the next September); a tag that
 *    names its year (#BRICS2025); the
 *    neighbouring posts of the file (a channel is chronological, so the year keeps the dated
 *    sequence monotone: earlier neighbour ≤ date ≤ later neighbour); the latest full date elsewhere
 *    in the text (the year that puts the event nearest to it).
 * 3. No cue at all: the day the head names relative to the account's own publication date
 *    ("Yesterday, …", "… on Tuesday"; `relativeDay`), else a `window` between the nearest dated
 *    neighbours (inclusive), narrowed by the publication date and by a session tag (the session's
 *    opening to 30 September: the high-level week, when ministers meet "on the sidelines"); `none`
 *    when the window is open on either side.
 */

/** A date found in one account, before any year is inferred. */
export interface DateCue {
  mention: DateMention
  /** Strength of the cue: 1 dateline, 2 opening "On …", 3 other date in the head. */
  rank: 1 | 2 | 3
  /** Where it was found, for the reason: `dateline "📍 Minsk, October 25, 2023"`. */
  where: string
}

const FIRST_LINES = 4
/** Words before a date that make it another event's date, not this one's. */
const NOT_THIS_EVENT = /\b(?:held|since|until|till|before|after|from|by|their|our|its|his|her|last|next|scheduled|planned|due)\s+(?:on\s+|in\s+)?$/i

const quote = (s: string) => `"${s.trim().replace(/\s+/g, ' ').slice(0, 80)}"`

interface LabelledLine {
  text: string
  label: string
  content: boolean
  dates: DateMention[]
}

/** Content lines of the title (when it is not in the text) and the first lines of the text. */
function openingLines(account: SegmentedAccount): LabelledLine[] {
  const lines: LabelledLine[] = []
  const title = account.title.trim()
  if (title !== '' && !account.text.slice(0, 400 + title.length).includes(title)) {
    lines.push({ text: title, label: 'the title', content: isContentLine(title), dates: findDates(title) })
  }
  let content = 0
  for (const line of accountOpening(account)) {
    lines.push({ text: line.text, label: content === 0 ? 'the first line' : `line ${content + 1}`, content: line.content, dates: line.dates })
    if (line.content) content++
  }
  return lines
}

const DATELINE_PIN = /📍/u
const PARENTHESISED = /\(([^()]{0,80})\)/gu
const BARE_DATELINE = /^[^\p{L}\p{N}]*(?:[^,()\n]{1,40},\s*)?$/u
const XINHUA = /^\s*[A-Z][A-Za-z .'’-]{1,40},\s*$/

/** The best date cue of an account, or null when its head states no date. */
export function findDateCue(account: SegmentedAccount): DateCue | null {
  const cues: DateCue[] = []
  const lines = openingLines(account)
  let contentSeen = 0
  for (const line of lines) {
    const { dates } = line
    if (dates.length === 0) {
      if (line.content) contentSeen++
      continue
    }
    const pin = line.text.search(DATELINE_PIN)
    for (const d of dates) {
      const before = line.text.slice(0, d.span[0])
      const after = line.text.slice(d.span[1])
      // A dateline stands at the top: further down, "(2024-04-09)" closes a related-news item.
      if (contentSeen >= FIRST_LINES) break
      if (pin >= 0 && pin < d.span[0]) {
        cues.push({ mention: d, rank: 1, where: `dateline ${quote(line.text.slice(pin))}` })
        continue
      }
      // The 📍 may have been stripped with the other leading emoji: a line holding only "[Place, ]Date"
      // ("Harbin, 17.05.2024": a numeric date needs its place, or it may be a stamp).
      if ((/\p{L}/u.test(d.surface) || /\p{L}/u.test(before)) && BARE_DATELINE.test(before) && after.trim() === '') {
        cues.push({ mention: d, rank: 1, where: `dateline ${quote(line.text)}` })
        continue
      }
      const paren = [...line.text.matchAll(PARENTHESISED)].find((p) => p.index < d.span[0] && d.span[1] < p.index + p[0].length)
      if (paren && /^\s*(?:[^(),]{1,40},\s*)?$/.test(line.text.slice(paren.index + 1, d.span[0])) && /^\s*\)/.test(after)) {
        cues.push({ mention: d, rank: 1, where: `dateline ${quote(paren[0])} on ${line.label}` })
        continue
      }
      if (XINHUA.test(before) && /^\s*\(/.test(after)) {
        cues.push({ mention: d, rank: 1, where: `dateline ${quote(before + d.surface)}` })
        continue
      }
      const opensLine = /^[^\p{L}\p{N}]*On\s+$/u.test(before)
      const opensSentence = /[.!?]\s+On\s+$/u.test(before)
      if ((opensLine || opensSentence) && contentSeen < FIRST_LINES) {
        cues.push({ mention: d, rank: 2, where: `${quote(`On ${d.surface}`)} on ${line.label}` })
        continue
      }
    }
    if (line.content) contentSeen++
  }
  for (const part of accountHead(account)) {
    for (const d of findDates(part.text)) {
      const before = part.text.slice(Math.max(0, d.span[0] - 40), d.span[0])
      // "from March 20 to 22" is this event's span; "from March 20" alone is a starting point.
      if (NOT_THIS_EVENT.test(before) && !(d.start !== null && /\bfrom\s+$/i.test(before))) continue
      if (isRecalledAt(part.text, d.span[0])) continue
      const lineStart = part.text.lastIndexOf('\n', d.span[0]) + 1
      const lineEnd = part.text.indexOf('\n', d.span[1])
      if (stampDate(part.text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd)) !== null) continue
      cues.push({ mention: d, rank: 3, where: `${quote(d.surface)} in the ${part.label === 'title' ? 'title' : 'first sentence'}` })
    }
  }
  if (cues.length === 0) return null
  // Strongest rank wins; within a rank, a cue that states its year, then the first one.
  let best = cues[0]!
  for (const c of cues) {
    if (c.rank < best.rank || (c.rank === best.rank && c.mention.year !== null && best.mention.year === null)) best = c
  }
  return best
}

/**
 * The date of a publication stamp: a line holding only a date, perhaps with a time, a site name and
 * "Updated:" ("2022-09-22 18:04" in seeds/002, "fmprc.gov.cn| Updated: 2024-06-10" in seeds/004); a
 * date written out in words counts only when a time follows it.
 */
export function stampDate(line: string): string | null {
  const dates = findDates(line)
  if (dates.length !== 1) return null
  const d = dates[0]!
  // A written-out date is a stamp only with its time ("18 September 2023 19:40" on mid.ru, "June 15,
  // 2022 14:00" on kremlin.ru): alone on its line it may be a dateline of the event.
  const clock = CLOCK_TIME.exec(line.slice(d.span[1]))
  if (/\p{L}/u.test(d.surface) && !clock) return null
  // kremlin.ru follows its date and time with the place: "September 20, 2023 17:30   The Kremlin, Moscow".
  const after = clock ? line.slice(d.span[1] + clock[0].length).replace(PLACE_AFTER_TIME, '') : line.slice(d.span[1])
  const rest = (line.slice(0, d.span[0]) + ' ' + after)
    .replace(/^\s*\p{L}[\p{L} .'’-]{0,40}[|｜]|\b(?:Updated|Published|Date|Time|Source)\b|\d{1,2}:\d{2}(?::\d{2})?|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/giu, '')
    .replace(/[|:,\s]/g, '')
  return rest === '' && d.year !== null ? isoDate(d.year, d.month, d.day) : null
}

const CLOCK_TIME = /^\s*,?\s*\d{1,2}:\d{2}\b/
const PLACE_AFTER_TIME = /^\s*,?\s+(?:The\s+)?\p{Lu}[\p{L}'’.-]*(?:,?\s+\p{Lu}[\p{L}'’.-]*){0,4}\s*$/u

/** The account's publication date: its metadata, else a publication stamp among its first lines. */
export function publicationDate(account: SegmentedAccount): string | null {
  if (account.published !== null && /^\d{4}-\d{2}-\d{2}$/.test(account.published)) return account.published
  let content = 0
  for (const line of accountOpening(account)) {
    if (content === FIRST_LINES) break
    const stamp = stampDate(line.text)
    if (stamp !== null) return stamp
    if (line.content) content++
  }
  return null
}

/** A UN General Assembly session named in the tags or the head (#UNGA77, "77th Session of the UN General Assembly"). */
export interface SessionHint {
  session: number
  /** The calendar year the session opens in: 1945 + session. */
  year: number
  /** From the opening day to 30 September of `year`. */
  window: readonly [string, string]
  evidence: string
}

const WEEKDAYS_PATTERN = WEEKDAYS.join('|')
/** The head of an account where a weekday belongs to its event's day (dateline and first sentences). */
const HEAD_CHARS = 600

const UNGA_TAG = /^UNGA\s?(\d{2,3})$/i
const UNGA_TEXT = /#UNGA\s?(\d{2,3})\b|(\d{2,3})(?:st|nd|rd|th)\s+(?:regular\s+)?session\s+of\s+the\s+(?:UN|United\s+Nations)\s+General\s+Assembly/iu

/** 0 = Sunday … 6 = Saturday (Zeller's congruence on the Gregorian calendar, no Date objects). */
function weekday(year: number, month: number, day: number): number {
  const m = month < 3 ? month + 12 : month
  const y = month < 3 ? year - 1 : year
  const k = y % 100
  const j = Math.floor(y / 100)
  const h = (day + Math.floor((13 * (m + 1)) / 5) + k + Math.floor(k / 4) + Math.floor(j / 4) + 5 * j) % 7
  return (h + 6) % 7
}

/**
 * Opening day of the regular session: "the Tuesday of the third week in September, counting from the
 * first week that contains at least one working day" (rule 1 of the GA Rules of Procedure, A/520/Rev.20).
 * Weeks run Monday to Sunday. The Assembly has opened a week earlier in some years (5 September 2023),
 * but ministers meet "on the sidelines" in the high-level week that follows, so this stays a safe bound.
 */
export function ungaOpening(year: number): string {
  const sep1 = weekday(year, 9, 1)
  let firstMonday = 1 - ((sep1 + 6) % 7)
  if (sep1 === 6 || sep1 === 0) firstMonday += 7
  return isoDate(year, 9, firstMonday + 15)
}

export function sessionHint(account: SegmentedAccount): SessionHint | null {
  let session: number | undefined
  let evidence = ''
  for (const tag of account.tags) {
    const m = UNGA_TAG.exec(tag)
    if (m) {
      session = Number(m[1])
      evidence = `#${tag}`
      break
    }
  }
  if (session === undefined) {
    for (const part of accountHead(account)) {
      const m = UNGA_TEXT.exec(part.text)
      if (m) {
        session = Number(m[1] ?? m[2])
        evidence = quote(m[0])
        break
      }
    }
  }
  if (session === undefined || session < 1) return null
  const year = 1945 + session
  return { session, year, window: [ungaOpening(year), isoDate(year, 9, 30)], evidence }
}

interface Resolved {
  value: string
  id: string
  /** The earliest day it tells, which bounds the posts after it: the first day of a range, else `value`. */
  floor: string
}

const yearOf = (iso: string) => Number(iso.slice(0, 4))

/** The years in [from, to] for which month/day is a real day. */
function candidateYears(from: number, to: number, month: number, day: number): number[] {
  const out: number[] = []
  for (let y = from; y <= to; y++) if (isValidDay(y, month, day)) out.push(y)
  return out
}

/** Days between two ISO dates, by a day count from parts (no time zones). */
function dayNumber(iso: string): number {
  const y = Number(iso.slice(0, 4))
  const m = Number(iso.slice(5, 7))
  const d = Number(iso.slice(8, 10))
  const a = Math.floor((14 - m) / 12)
  const yy = y + 4800 - a
  const mm = m + 12 * a - 3
  return d + Math.floor((153 * mm + 2) / 5) + 365 * yy + Math.floor(yy / 4) - Math.floor(yy / 100) + Math.floor(yy / 400)
}

interface YearChoice {
  year: number
  evidence: string
}

/**
 * The year that puts month/day between the dated neighbours. A range ("March 20-22", announced before a post
 * of March 21) need only start before the later neighbour: `first` is its first day.
 */
function yearFromNeighbours(
  month: number,
  day: number,
  lo: Resolved | undefined,
  hi: Resolved | undefined,
  first: { month: number; day: number } | null = null,
): YearChoice | null {
  const at = (y: number) => isoDate(y, month, day)
  // The first day of a range: in the year before when the range runs across New Year.
  const begins = (y: number) => (first === null ? at(y) : isoDate(first.month > month ? y - 1 : y, first.month, first.day))
  const name = (r: Resolved) => `${r.id} (${r.value})`
  if (lo && hi) {
    const fits = candidateYears(yearOf(lo.floor), yearOf(hi.value) + (first ? 1 : 0), month, day).filter((y) => at(y) >= lo.floor && begins(y) <= hi.value)
    if (fits.length > 0) return { year: fits[0]!, evidence: `neighbouring posts ${name(lo)} and ${name(hi)}` }
  }
  if (lo) {
    const y = candidateYears(yearOf(lo.floor), yearOf(lo.floor) + 4, month, day).find((c) => at(c) >= lo.floor)
    if (y !== undefined) return { year: y, evidence: `neighbouring post ${name(lo)}${hi ? ` (but not before ${name(hi)})` : ''}` }
  }
  if (hi) {
    const y = candidateYears(yearOf(hi.value) - 4, yearOf(hi.value) + (first ? 1 : 0), month, day).reverse().find((c) => begins(c) <= hi.value)
    if (y !== undefined) return { year: y, evidence: `neighbouring post ${name(hi)}` }
  }
  return null
}

/** Days ahead of its publication an announced day may lie ("will pay a state visit to Russia on March 20-22"). */
const ANNOUNCED_WITHIN_DAYS = 45

/**
 * The year that puts a day and month on or before the publication date, or shortly after it: a readout
 * tells what has happened, an announcement what will within weeks ("March 20 to 22" posted on March 17).
 */
function yearFromPublished(month: number, day: number, published: string | null): YearChoice | null {
  if (published === null) return null
  const ahead = candidateYears(yearOf(published), yearOf(published) + 1, month, day).find((c) => isoDate(c, month, day) > published)
  if (ahead !== undefined && dayNumber(isoDate(ahead, month, day)) - dayNumber(published) <= ANNOUNCED_WITHIN_DAYS) {
    return { year: ahead, evidence: `publication date ${published}, a few weeks before it` }
  }
  const y = candidateYears(yearOf(published) - 4, yearOf(published), month, day).reverse().find((c) => isoDate(c, month, day) <= published)
  return y === undefined ? null : { year: y, evidence: `publication date ${published}` }
}

function yearFromSession(month: number, session: SessionHint | null): YearChoice | null {
  if (session === null) return null
  // A session opens in September of its year and runs to the next September.
  const year = month >= 9 ? session.year : session.year + 1
  return { year, evidence: `${session.evidence} (UN General Assembly session ${session.session}, from September ${session.year})` }
}

/** A hashtag that names its year: "#BRICS2025", "#SCOTianjin2025", "#G20_2024". */
const YEAR_TAG = /^\p{L}[\p{L}\p{N}_]*?((?:19|20)\d{2})$/u

function yearFromTags(account: SegmentedAccount): YearChoice | null {
  for (const tag of account.tags) {
    const m = YEAR_TAG.exec(tag)
    if (m) return { year: Number(m[1]), evidence: `the tag #${tag}` }
  }
  return null
}

/** The year a post names of itself without a date: a year tag (#BRICS2025), else an anniversary it marks. */
function yearHint(account: SegmentedAccount): YearChoice | null {
  return yearFromTags(account) ?? yearFromAnniversary(account.text)
}

/** `yearHint` of each account, each read at most once and only when asked for. */
function yearHints(accounts: readonly SegmentedAccount[]): (i: number) => YearChoice | null {
  const known = new Map<number, YearChoice | null>()
  return (i) => {
    if (!known.has(i)) known.set(i, yearHint(accounts[i]!))
    return known.get(i)!
  }
}

function yearFromText(account: SegmentedAccount, cue: DateCue): YearChoice | null {
  const full = findDates(account.text).filter((d) => d.year !== null)
  if (full.length === 0) return null
  const ref = full.map((d) => isoDate(d.year!, d.month, d.day)).sort().at(-1)!
  const refYear = yearOf(ref)
  let best: number | null = null
  for (const y of candidateYears(refYear - 1, refYear + 1, cue.mention.month, cue.mention.day)) {
    const distance = Math.abs(dayNumber(isoDate(y, cue.mention.month, cue.mention.day)) - dayNumber(ref))
    if (best === null || distance < Math.abs(dayNumber(isoDate(best, cue.mention.month, cue.mention.day)) - dayNumber(ref))) best = y
  }
  return best === null ? null : { year: best, evidence: `the latest full date elsewhere in the text, ${ref} (nearest year)` }
}

/** How far back from its copyright year a page's undated day may lie when a weekday picks the year. */
const COPYRIGHT_YEARS_BACK = 6

/**
 * The year of a page whose stamp gives none ("September 04, 9:58 UTC+3"): its copyright line's last year
 * ("© TASS 1999-2016"), the year the page was printed. When the head names the day's weekday ("held talks
 * on Sunday"), the latest year up to that one in which the day falls on it; none if no recent year does.
 */
function yearFromCopyright(account: SegmentedAccount, cue: DateCue): YearChoice | null {
  const last = account.copyrightYear
  if (last === null) return null
  const { month, day } = cue.mention
  const named = headWeekday(account)
  if (named === null) return isValidDay(last, month, day) ? { year: last, evidence: `the page's copyright line (${last})` } : null
  for (let y = last; y >= last - COPYRIGHT_YEARS_BACK; y--) {
    if (isValidDay(y, month, day) && weekday(y, month, day) === named) {
      return { year: y, evidence: `the page's copyright line (${last}) and the weekday it names, ${WEEKDAYS[named]}` }
    }
  }
  return null
}

const WEEKDAY_WORD = new RegExp(`\\b(?:${WEEKDAYS_PATTERN})\\b`, 'gi')

/** The weekday the first lines of an account name, when they name exactly one. */
function headWeekday(account: SegmentedAccount): number | null {
  const named = new Set((account.text.slice(0, HEAD_CHARS).match(WEEKDAY_WORD) ?? []).map((w) => w.toLowerCase()))
  if (named.size !== 1) return null
  const [word] = named
  return WEEKDAYS.findIndex((d) => d.toLowerCase() === word)
}

function rangeNote(m: DateMention): string {
  return m.start ? `; a range (${m.surface.trim()}): its last day` : ''
}

/**
 * Event dates of the accounts of one input file, in file order (neighbours settle missing years).
 * Returns one EventDate per account, in the same order.
 */
export function decideEventDates(accounts: readonly SegmentedAccount[]): EventDate[] {
  const history: (DateCue | null)[] = accounts.map(() => null)
  const cues = accounts.map((account, i) => {
    const cue = findDateCue(account)
    if (cue === null || !isHistory(cue, account.published)) return cue
    history[i] = cue
    return null
  })
  const sessions = accounts.map(sessionHint)
  const hintOf = yearHints(accounts)
  const result: (EventDate | undefined)[] = accounts.map(() => undefined)

  cues.forEach((cue, i) => {
    if (cue?.mention.year != null) {
      const m = cue.mention
      result[i] = {
        value: isoDate(m.year!, m.month, m.day),
        precision: 'stated',
        window: null,
        inferred: false,
        reason: `stated: ${cue.where}${rangeNote(m)}`,
      }
    }
  })

  // A channel dump may run newest first: follow whichever direction its stated dates take.
  const stated = result.filter((r) => r !== undefined).map((r) => r.value!)
  let up = 0
  let down = 0
  for (let k = 1; k < stated.length; k++) {
    if (stated[k]! > stated[k - 1]!) up++
    else if (stated[k]! < stated[k - 1]!) down++
  }
  const order = accounts.map((_, i) => i)
  if (down > up) order.reverse()

  const resolvedAt = (i: number): Resolved | undefined => {
    const r = result[i]
    if (!r?.value) return undefined
    // As a lower bound a range counts from its first day: a post announcing "March 20-22" may precede one of March 21.
    const first = cues[i]?.mention.start
    const floor = first ? isoDate(yearOf(r.value) - (first.month > cues[i]!.mention.month ? 1 : 0), first.month, first.day) : r.value
    return { value: r.value, id: accounts[i]!.id, floor }
  }
  /** The nearest dated posts before and after position `pos` of the chronology. */
  const neighbours = (pos: number): { lo: Resolved | undefined; hi: Resolved | undefined } => {
    let lo: Resolved | undefined
    let hi: Resolved | undefined
    for (let k = pos - 1; k >= 0 && !lo; k--) lo = resolvedAt(order[k]!)
    for (let k = pos + 1; k < order.length && !hi; k++) hi = resolvedAt(order[k]!)
    return { lo, hi }
  }
  const nextStated = (pos: number): Resolved | undefined => {
    for (let k = pos + 1; k < order.length; k++) {
      const i = order[k]!
      if (result[i]?.precision === 'stated') return resolvedAt(i)
    }
    return undefined
  }
  const withYear = (cue: DateCue, choice: YearChoice): EventDate => ({
    value: isoDate(choice.year, cue.mention.month, cue.mention.day),
    precision: 'year-inferred',
    window: null,
    inferred: true,
    reason: `${cue.where}${rangeNote(cue.mention)}; year ${choice.year} from ${choice.evidence}`,
  })

  const postedOf = postedDays(accounts, order, {
    stated: (i) => (result[i]?.precision === 'stated' ? result[i]!.value : null),
    hint: (i, month) => yearFromSession(month, sessions[i]!) ?? hintOf(i),
  })
  const publishedOf = (i: number) => postedOf(i)?.value ?? null

  // Forward along the chronology: an earlier inferred date can anchor the next one.
  order.forEach((i, pos) => {
    const cue = cues[i]
    if (!cue || cue.mention.year !== null) return
    const { month, day } = cue.mention
    const posted = postedOf(i)
    const choice =
      yearFromPublished(month, day, posted?.inferred ? null : (posted?.value ?? null)) ??
      yearNearPosted(month, day, posted) ??
      yearFromSession(month, sessions[i]!) ??
      hintOf(i) ??
      yearFromNeighbours(month, day, neighbours(pos).lo, nextStated(pos), cue.mention.start) ??
      yearFromText(accounts[i]!, cue) ??
      yearFromCopyright(accounts[i]!, cue)
    result[i] = choice
      ? withYear(cue, choice)
      : {
          value: null,
          precision: 'none',
          window: null,
          inferred: true,
          reason: `${cue.where}${rangeNote(cue.mention)}, but nothing gives its year`,
          monthDay: `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
        }
  })

  // Back against the chronology: a year inferred further on (from a tag such as #BRICS2025) gives one to
  // the posts before it that nothing else dated.
  for (let pos = order.length - 1; pos >= 0; pos--) {
    const i = order[pos]!
    const cue = cues[i]
    if (!cue || cue.mention.year !== null || result[i]?.value) continue
    const { lo, hi } = neighbours(pos)
    const choice = hi ? yearFromNeighbours(cue.mention.month, cue.mention.day, lo, hi, cue.mention.start) : null
    if (choice) result[i] = withYear(cue, choice)
  }

  // Last, a year tag or anniversary on a post nearby (#BRICS2024 under an undated post of the same copy): a
  // channel copy covers days or weeks, so the nearest such year is the year of a day and month nothing else dates.
  const undated = accounts.flatMap((_, i) => (cues[i] && cues[i].mention.year === null && !result[i]?.value ? [i] : []))
  // Most files have no such post: then no post's whole text is read for a hint.
  const tagged = undated.length === 0 ? [] : accounts.flatMap((_, i) => {
    const choice = hintOf(i)
    return choice ? [{ i, choice }] : []
  })
  if (tagged.length > 0) undated.forEach((i) => {
    const cue = cues[i]!
    const nearest = tagged.reduce((best, t) => (Math.abs(t.i - i) < Math.abs(best.i - i) ? t : best))
    result[i] = withYear(cue, { year: nearest.choice.year, evidence: `${nearest.choice.evidence} of the nearest tagged post, ${accounts[nearest.i]!.id}` })
  })

  order.forEach((i, pos) => {
    if (result[i]) return
    const { lo, hi } = neighbours(pos)
    const published = publishedOf(i)
    const lag = STAMPED_WITH_THE_EVENT.test(accounts[i]!.channel ?? '') ? 0 : PUBLICATION_LAG_DAYS
    result[i] = relativeDay(accounts[i]!, published, lo, hi) ?? dateWindow(lo, hi, published, sessions[i]!, lag)
    const monthDay = accounts[i]!.publishedMonthDay
    if (result[i]!.value === null && result[i]!.window === null && published === null && monthDay !== null) {
      result[i] = withDaysOfYear(result[i]!, accounts[i]!, monthDay)
    }
  })

  return result.map((r, i) => {
    const past = history[i]
    if (past) return { ...r!, reason: `${r!.reason}; ${past.where} is years before its publication: history, not this event` }
    if (accounts[i]!.publishedMonthDay === null) return r!
    const day = postedOf(i)
    if (!day?.inferred || r === undefined || !r.reason.includes(day.value) || r.reason.includes(day.reason)) return r!
    // Say where a publication date came from when parallax found its year.
    return { ...r, inferred: true, reason: `${r.reason} (${day.reason})` }
  })
}

/** Years before its publication a stated day is history the account recalls, not the event it tells. */
const HISTORY_YEARS = 3

/** "On October 2, 1949, the Soviet Union became the first country to recognise …" in a post of 2024. */
function isHistory(cue: DateCue, published: string | null): boolean {
  const { year } = cue.mention
  return year !== null && published !== null && /^\d{4}-\d{2}-\d{2}$/.test(published) && yearOf(published) - year >= HISTORY_YEARS
}

/** An account's publication day, and whether its year was inferred (a web preview's "June 19" above it). */
interface PostedDay {
  value: string
  inferred: boolean
  reason: string
}

/**
 * The publication day of each account: its metadata or stamp, else the day of the web preview's separator
 * above it ("June 19") in the year its own stated date, its year hints (#SCO2024, #UNGA79) or its
 * neighbours give (the stated dates and the separators already placed around it in the chronology).
 */
function postedDays(
  accounts: readonly SegmentedAccount[],
  order: readonly number[],
  known: { stated: (i: number) => string | null; hint: (i: number, month: number) => YearChoice | null },
): (i: number) => PostedDay | null {
  // Read only when asked for: most files have no such separator, and reading a stamp costs.
  const posted: (PostedDay | null | undefined)[] = new Array(accounts.length)
  const postedOf = (i: number): PostedDay | null => {
    if (posted[i] === undefined) {
      const value = publicationDate(accounts[i]!)
      posted[i] = value === null ? null : { value, inferred: false, reason: 'its publication date' }
    }
    return posted[i]!
  }
  if (accounts.every((a) => a.publishedMonthDay === null)) return postedOf
  const anchorAt = (i: number): Resolved | undefined => {
    const value = postedOf(i)?.value ?? known.stated(i)
    return value ? { value, id: accounts[i]!.id, floor: value } : undefined
  }
  const near = (pos: number, step: 1 | -1): Resolved | undefined => {
    for (let k = pos + step; k >= 0 && k < order.length; k += step) {
      const anchor = anchorAt(order[k]!)
      if (anchor) return anchor
    }
    return undefined
  }
  const place = (i: number, pos: number, backwards: boolean) => {
    const monthDay = accounts[i]!.publishedMonthDay
    if (monthDay === null || postedOf(i) !== null) return
    const month = Number(monthDay.slice(0, 2))
    const day = Number(monthDay.slice(3, 5))
    const own = known.stated(i)
    const choice =
      (own !== null ? nearestYear(month, day, own, `its own stated date, ${own}`) : null) ??
      known.hint(i, month) ??
      postedBetween(month, day, backwards ? undefined : near(pos, -1), near(pos, 1))
    if (choice === null) return
    const value = isoDate(choice.year, month, day)
    posted[i] = { value, inferred: true, reason: `posted under "${spokenMonthDay(month, day)}", year ${choice.year} from ${choice.evidence}` }
  }
  order.forEach((i, pos) => place(i, pos, false))
  for (let pos = order.length - 1; pos >= 0; pos--) place(order[pos]!, pos, true)
  return postedOf
}

/** How many days before its posting a later post's event may lie. */
const LATER_POST_SLACK_DAYS = 7

/**
 * The year that puts the day a post was posted on after the dates of the posts before it and before those
 * of the posts after it (loosely: a later post may tell an event of a few days before).
 */
function postedBetween(month: number, day: number, lo: Resolved | undefined, hi: Resolved | undefined): YearChoice | null {
  if (!lo && !hi) return null
  const at = (y: number) => isoDate(y, month, day)
  const latest = hi ? daysBefore(hi.value, -LATER_POST_SLACK_DAYS) : null
  const from = lo ? yearOf(lo.floor) : yearOf(hi!.value) - 4
  const to = hi ? yearOf(latest!) : yearOf(lo!.floor) + 4
  const fits = candidateYears(from, to, month, day).filter((y) => (!lo || at(y) >= lo.floor) && (latest === null || at(y) <= latest))
  // The nearest to the bound that holds it: after the post before, else before the post after.
  const year = lo ? fits[0] : fits.at(-1)
  if (year === undefined) return null
  const name = (r: Resolved) => `${r.id} (${r.value})`
  return { year, evidence: lo && hi ? `neighbouring posts ${name(lo)} and ${name(hi)}` : `neighbouring post ${name((lo ?? hi)!)}` }
}

/**
 * The year that puts a stated day and month nearest the day a web preview posted the account under, when
 * parallax found that day's year: an announcement's "March 20-22" under "March 17" as much as a readout's.
 */
function yearNearPosted(month: number, day: number, posted: PostedDay | null): YearChoice | null {
  if (posted === null || !posted.inferred) return null
  return nearestYear(month, day, posted.value, `the day it was posted, ${posted.value} (${posted.reason})`)
}

/** The year that puts month/day nearest `date` (a post and the event it tells or announces lie close). */
function nearestYear(month: number, day: number, date: string, evidence: string): YearChoice | null {
  const at = dayNumber(date)
  const distance = (y: number) => Math.abs(dayNumber(isoDate(y, month, day)) - at)
  const y = candidateYears(yearOf(date) - 1, yearOf(date) + 1, month, day).sort((a, b) => distance(a) - distance(b))[0]
  return y === undefined ? null : { year: y, evidence }
}

const RELATIVE_DAY = new RegExp(`\\b(?:(yesterday)|(today|this\\s+(?:morning|afternoon|evening))|on\\s+(${WEEKDAYS_PATTERN})|(tomorrow))\\b`, 'i')

/**
 * A day the head names relative to the publication date ("Yesterday, Prime Minister Mishustin met
 * with …", Xinhua's "… held talks with Putin on Tuesday", "This afternoon, …"): yesterday, today, the last
 * such weekday on or before the day of publication, or an announcement's "Tomorrow" (the day after it).
 * Only with a publication date from the account itself (its metadata or stamp), and never before the
 * previous dated post. Without one, a weekday is still a day when the dated posts around it leave only one
 * such weekday between them.
 */
function relativeDay(account: SegmentedAccount, published: string | null, lo: Resolved | undefined, hi?: Resolved): EventDate | null {
  for (const part of accountHead(account)) {
    const m = RELATIVE_DAY.exec(part.text)
    if (!m) continue
    const weekday = m[3] ? WEEKDAYS.findIndex((d) => d.toLowerCase() === m[3]!.toLowerCase()) : -1
    if (published === null) return weekday >= 0 && lo && hi ? weekdayBetween(m[0], weekday, lo, hi) : null
    // An announcement's "Tomorrow" is the day after its publication.
    const back = m[1] ? 1 : m[2] ? 0 : m[4] ? -1 : (new Date(`${published}T00:00:00Z`).getUTCDay() - weekday + 7) % 7
    const day = daysBefore(published, back)
    if (lo && day < lo.floor) return null
    const where = part.label === 'title' ? 'the title' : 'the first sentence'
    return {
      value: day,
      precision: 'window',
      window: [day, day],
      inferred: true,
      reason: `${quote(m[0])} in ${where}, counted from its publication date, ${published}`,
    }
  }
  return null
}

/** Days a post under a day without a year may tell, as `EventDate.daysOfYear` says, with the reason. */
function withDaysOfYear(date: EventDate, account: SegmentedAccount, monthDay: string): EventDate {
  const month = Number(monthDay.slice(0, 2))
  const day = Number(monthDay.slice(3, 5))
  const m = accountHead(account).map((part) => RELATIVE_DAY.exec(part.text)).find((x) => x !== null)
  const weekday = m?.[3] ? WEEKDAYS.findIndex((d) => d.toLowerCase() === m[3]!.toLowerCase()) : -1
  // "Tomorrow" announces: the day after is no day the post was posted under or before.
  if (m?.[4]) return date
  const back = m?.[1] ? [1] : m?.[2] ? [0] : weekday >= 0 ? [0, 1, 2, 3, 4, 5, 6] : [0, PUBLICATION_LAG_DAYS]
  // Counted back in a common year and in a leap year: the day before March 1 is February 28 or 29.
  const years = [2023, 2024].filter((year) => isValidDay(year, month, day))
  const monthDays = [...new Set(back.flatMap((days) => years.map((year) => daysBefore(isoDate(year, month, day), days).slice(5))))]
  const phrase = m ? `${quote(m[0])} ` : ''
  const what = m?.[1] ? 'the day before' : m?.[2] ? 'that day' : weekday >= 0 ? `the ${WEEKDAYS[weekday]} of the week up to it` : 'that day or the day before'
  return {
    ...date,
    daysOfYear: { monthDays, weekday: weekday >= 0 ? weekday : null },
    reason: `${date.reason}; posted under "${spokenMonthDay(month, day)}" with no year: ${phrase}${what}`,
  }
}

/** The one day of that weekday between two dated neighbours ("On Wednesday" between June 12 and June 17), else null. */
function weekdayBetween(phrase: string, weekday: number, lo: Resolved, hi: Resolved): EventDate | null {
  const days: string[] = []
  for (let day = lo.floor; day <= hi.value && days.length < 2; day = daysBefore(day, -1)) {
    if (new Date(`${day}T00:00:00Z`).getUTCDay() === weekday) days.push(day)
  }
  if (days.length !== 1) return null
  const day = days[0]!
  return {
    value: day,
    precision: 'window',
    window: [day, day],
    inferred: true,
    reason: `${quote(phrase)}: the only ${WEEKDAYS[weekday]} between neighbouring posts ${lo.id} (${lo.value}) and ${hi.id} (${hi.value})`,
  }
}

/**
 * Days a readout may follow its event. Ministries post the day of the meeting or the next (a Beijing
 * stamp the morning after talks in New York); so do the hand annotations of pages dated only by their stamp.
 */
const PUBLICATION_LAG_DAYS = 1
/**
 * kremlin.ru dates a page with the event itself ("April 1, 2025, 16:40" over "The Kremlin, Moscow": the
 * meeting's day, hour and place), so there the stamp is the day (two annotators of saved pages agree).
 */
const STAMPED_WITH_THE_EVENT = /\bkremlin\.ru\b|^President of Russia\b/i

function daysBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10)
}

function dateWindow(
  lo: Resolved | undefined,
  hi: Resolved | undefined,
  published: string | null,
  session: SessionHint | null,
  lagDays: number,
): EventDate {
  const bounds: string[] = []
  let from = lo?.floor
  let to = hi?.value
  if (lo) bounds.push(`after neighbouring post ${lo.id} (${lo.floor === lo.value ? lo.value : `from ${lo.floor}, the first day of its range`})`)
  if (hi) bounds.push(`before neighbouring post ${hi.id} (${hi.value})`)
  if (published !== null && (to === undefined || published < to)) {
    to = published
    bounds.push(`on or before its publication, ${published}`)
  }
  if (published !== null && published === to) {
    const earliest = daysBefore(published, lagDays)
    if (from === undefined || earliest > from) {
      from = earliest
      bounds.push(
        lagDays === 0
          ? 'on that day, as kremlin.ru dates a page with its event'
          : `at most ${lagDays} day before it, as a ministry reports a meeting the day it happens or the next`,
      )
    }
  }
  if (session) {
    const f = from === undefined || session.window[0] > from ? session.window[0] : from
    const t = to === undefined || session.window[1] < to ? session.window[1] : to
    if (f <= t) {
      from = f
      to = t
      bounds.push(`${session.evidence}: from the opening of UN General Assembly session ${session.session} to 30 September, ${session.window[0]}..${session.window[1]}`)
    } else {
      bounds.push(`${session.evidence} ignored: its ${session.window.join('..')} contradicts the neighbours`)
    }
  }
  const why = `no date in the text; ${bounds.length > 0 ? bounds.join(', ') : 'no dated neighbour, publication date or session tag'}`
  if (from === undefined || to === undefined || from > to) {
    return { value: null, precision: 'none', window: null, inferred: true, reason: why }
  }
  return { value: from === to ? from : null, precision: 'window', window: [from, to], inferred: true, reason: why }
}
