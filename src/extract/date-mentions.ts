import type { Span } from '../types.js'

/**
 * Dates as written in readouts, parsed from their parts (no Date objects, no time zones):
 * "September 21, 2022", "June 10", "April 8-9", "March 20 to 22", "June 30 – July 1, 2024" (US order, the usual one on
 * mid.ru and fmprc.gov.cn), "3 March 2024", "8-9 April" (British order), "2024-06-10", "2023/05/16" and
 * "10.06.2024" (day first, as in Russian usage). A month name needs a day next to it: "in October
 * 2024" or "May of this year" is not a date of an event, and "May" alone is a verb.
 *
 * chrono-node was tried and left out: it reads "yesterday", "today" and "tomorrow" anywhere (seeds/003
 * post 8: "Yesterday, you spoke about justice"), resolves a missing year silently by nearness to a
 * reference, and has no notion of a two-day range; event-date.ts settles years itself, with reasons,
 * and reads a relative day only in the head of an account that has its own publication date.
 */
export interface DateMention {
  /** Where the mention sits in the searched string. */
  span: Span
  surface: string
  year: number | null
  month: number
  day: number
  /** For a range ("April 8-9", "June 30 – July 1"): its first day. */
  start: { month: number; day: number } | null
}

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
}
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?'
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?'
// A range: "April 8-9", "March 20 to 22" ("from March 20 to 22, 2023" in a joint statement).
const DASH = '(?:\\s*[-–—]\\s*|\\s+(?:to|through)\\s+)'
const YEAR = '(?:,?\\s+((?:19|20)\\d{2}))?'

// US: "June 10, 2024", "April 8-9", "June 30 – July 1, 2024"
const US = `${MONTH}\\s+${DAY}(?:${DASH}(?:${MONTH}\\s+)?${DAY})?${YEAR}`
// British: "3 March 2024", "8-9 April", "30 June – 1 July 2024"
const GB = `${DAY}(?:(?:\\s+${MONTH})?${DASH}${DAY})?\\s+(?:of\\s+)?${MONTH}${YEAR}`
// Year first: "2024-06-10", and "2023/05/16" as Chinese embassy sites stamp their pages.
const ISO = '((?:19|20)\\d{2})(?:-(\\d{2})-|/(\\d{1,2})/)(\\d{1,2})'
const DOTTED = '(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d{2})'
// No lookbehind: irregexp then skips quickly to a digit or a month's first letter; the left
// boundary is checked by hand in findDates.
const ANY = new RegExp(`(?:${US}|${GB}|${ISO}|${DOTTED})(?![\\p{L}\\p{N}])`, 'gu')
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
/** How a date can end: a day ("June 10", "10th"), a year, or a month ("3 March", "8 Dec."). */
const ENDS_LIKE_DATE = new RegExp(`(?:\\d(?:st|nd|rd|th)?|${MONTH})$`)

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

export function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function isValidDay(year: number | null, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  if (month === 2 && year !== null && !isLeap(year)) return day <= 28
  return day <= (DAYS_IN_MONTH[month - 1] ?? 0)
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** Weekdays by `Date.getUTCDay()`: Sunday is 0. */
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const

/** A day as the readouts write it: (2, 20) → "February 20". */
export function spokenMonthDay(month: number, day: number): string {
  return `${MONTH_NAMES[month - 1]} ${day}`
}

/** The number of an English month name or its abbreviation ("September", "Sept", "sep" → 9), else undefined. */
export const monthOf = (name: string | undefined): number | undefined => (name === undefined ? undefined : MONTHS[name.toLowerCase()])
const num = (s: string | undefined) => (s === undefined ? undefined : Number(s))

/** Every date mention in `text`, in order. Impossible days (February 30) are skipped. */
export function findDates(text: string): DateMention[] {
  const out: DateMention[] = []
  if (!/\d/.test(text)) return out
  // An exec loop rather than matchAll: matchAll copies the regex on every call, and this runs on
  // most lines and sentences.
  ANY.lastIndex = 0
  for (let m = ANY.exec(text); m !== null; m = ANY.exec(text)) {
    if (m.index > 0 && LETTER_OR_DIGIT.test(text[m.index - 1]!)) continue
    let year: number | null
    let month: number
    let day: number
    let start: DateMention['start'] = null
    if (m[1] !== undefined) {
      // US: month1 day1 [month2] [day2] year
      const m1 = monthOf(m[1])!
      const d1 = num(m[2])!
      const d2 = num(m[4])
      year = num(m[5]) ?? null
      if (d2 === undefined) {
        month = m1
        day = d1
      } else {
        month = monthOf(m[3]) ?? m1
        day = d2
        start = { month: m1, day: d1 }
      }
    } else if (m[6] !== undefined) {
      // GB: day1 [month1] [day2] month2 year
      const d1 = num(m[6])!
      const d2 = num(m[8])
      const m2 = monthOf(m[9])!
      year = num(m[10]) ?? null
      month = m2
      if (d2 === undefined) {
        day = d1
      } else {
        day = d2
        start = { month: monthOf(m[7]) ?? m2, day: d1 }
      }
    } else if (m[11] !== undefined) {
      year = num(m[11])!
      month = num(m[12] ?? m[13])!
      day = num(m[14])!
    } else if (m[15] !== undefined) {
      year = num(m[17])!
      month = num(m[16])!
      day = num(m[15])!
    } else {
      continue
    }
    if (!isValidDay(year, month, day)) continue
    if (start && !isValidDay(year, start.month, start.day)) continue
    out.push({ year, month, day, start, span: [m.index, m.index + m[0].length], surface: m[0] })
  }
  return out
}

/**
 * A dateline: a line holding only "[Place, ]Date" ("📍 Minsk, October 25, 2023", "July 3, 2024"),
 * with or without the 📍 pin (segment may strip leading emoji). The date must name its month.
 */
export function isDateline(line: string): boolean {
  const t = line.trim()
  // Its date ends the line, so most sentences are turned away by their last characters (the
  // longest ending, "September.", has 10).
  if (!ENDS_LIKE_DATE.test(t.slice(-12))) return false
  const last = findDates(t).at(-1)
  if (!last || last.span[1] !== t.length || !/\p{L}/u.test(last.surface)) return false
  return /^[^\p{L}\p{N}]*(?:[^,()\n]{1,40},\s*)?$/u.test(t.slice(0, last.span[0]))
}

/**
 * Earlier in its clause, words that make what follows a recollection: "Today marks 75 years since the
 * signing … in Washington on April 4, 1949". A comma ends the clause: "In the year of the 75th anniversary
 * of diplomatic relations, Wang Yi held talks … in Beijing" is this year's place.
 */
const RECALLED = /\b(?:years?\s+(?:since|ago|after)|anniversary\s+of)\b[^.!?,;]*$/i

/** Whether the sentence around `at` in `text` recalls an earlier event before reaching `at` (looks back 160 characters). */
export function isRecalledAt(text: string, at: number): boolean {
  return RECALLED.test(text.slice(Math.max(0, at - 160), at))
}
