import type { Account, DatePrecision } from '../types.js'
import type { AccountFeatures } from './features.js'

/** The days an account's event may fall on, as day numbers (days since 1970-01-01, UTC), both ends included. */
export interface DayRange {
  from: number
  to: number
  /** `published` when the text states no date and the range comes from the publication date. */
  precision: Exclude<DatePrecision, 'none'> | 'published'
  /** Why: the date's own evidence, e.g. "year from #UNGA77". */
  evidence: string
}

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/
const msPerDay = 86_400_000

// Dates repeat (a corpus of 100,000 accounts has a few thousand distinct days): parse each once.
const parsed = new Map<string, number | null>()

/** `YYYY-MM-DD` → day number, or null when the string is not a real calendar date. */
export function dayNumber(iso: string): number | null {
  let day = parsed.get(iso)
  if (day === undefined) {
    day = parseDay(iso)
    if (parsed.size < 1_000_000) parsed.set(iso, day)
  }
  return day
}

function parseDay(iso: string): number | null {
  const match = isoPattern.exec(iso)
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const ms = Date.UTC(year, month - 1, day)
  const check = new Date(ms)
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null
  return ms / msPerDay
}

/** Day number → `YYYY-MM-DD`. */
export function isoDay(day: number): string {
  const date = new Date(day * msPerDay)
  const year = String(date.getUTCFullYear()).padStart(4, '0')
  const month = String(date.getUTCMonth() + 1).padStart(2, '0')
  const dd = String(date.getUTCDate()).padStart(2, '0')
  return `${year}-${month}-${dd}`
}

/**
 * The days an account's event may fall on. A stated or year-inferred date is one day; a window is
 * its span; with no date at all, the few days before publication (a readout reports a recent event).
 * Null when nothing bounds the date.
 */
export function dayRange(account: Account, publishedLagDays: number): DayRange | null {
  const date = account.facts.date
  if (date.value !== null && (date.precision === 'stated' || date.precision === 'year-inferred')) {
    const day = dayNumber(date.value)
    if (day !== null) return { from: day, to: day, precision: date.precision, evidence: date.reason }
  }
  if (date.window) {
    const from = dayNumber(date.window[0])
    const to = dayNumber(date.window[1])
    if (from !== null && to !== null && from <= to) return { from, to, precision: 'window', evidence: date.reason }
  }
  if (date.value !== null) {
    // A value with precision `window` or `none` but no usable window: take it as a point, weakly.
    const day = dayNumber(date.value)
    if (day !== null) return { from: day, to: day, precision: 'window', evidence: date.reason }
  }
  if (account.published) {
    const day = dayNumber(account.published)
    if (day !== null) {
      return { from: day - publishedLagDays, to: day, precision: 'published', evidence: `no date in the text; published ${account.published}` }
    }
  }
  return null
}

/** Days between two ranges: 0 when they overlap. */
export function dayGap(a: DayRange, b: DayRange): number {
  return Math.max(0, a.from - b.to, b.from - a.to)
}

/** Number of days a range spans, at least 1. */
export function rangeWidth(range: DayRange): number {
  return range.to - range.from + 1
}

/** A range as a reader would write it: `2024-06-10` or `2022-09-13..2022-09-30`. */
export function formatRange(range: DayRange): string {
  return range.from === range.to ? isoDay(range.from) : `${isoDay(range.from)}..${isoDay(range.to)}`
}

/**
 * One account gives only days of the year ("On February 20", or the week up to a web preview's "June 19"
 * for "on Thursday"), and the other is dated on one of them (on the weekday named, where one is).
 */
export function sameDayOfYear(a: AccountFeatures, b: AccountFeatures): boolean {
  const [undated, dated] = a.monthDays.length > 0 ? [a, b] : [b, a]
  const day = knownDay(dated)
  if (day === null || !undated.monthDays.includes(day.slice(5))) return false
  return undated.weekday === null || new Date(`${day}T00:00:00Z`).getUTCDay() === undated.weekday
}

/** The one day an account is dated on: a stated or year-inferred day, or a window of one day ("yesterday" from its stamp). */
export function knownDay(f: AccountFeatures): string | null {
  return f.day ?? (f.range !== null && f.range.from === f.range.to ? isoDay(f.range.from) : null)
}
