import { isoDate, isValidDay } from '../extract/date-mentions.js'
import { splitLines } from './lines.js'

/**
 * The headers Telegram Desktop writes over messages copied together: "Russian MFA 🇷🇺, [16.05.2024 10:21]"
 * on a line of its own (older versions), or "[5/16/24 10:21 AM] Russian MFA 🇷🇺: text" with the text
 * after it (newer ones).
 */
export interface CopyHeader {
  sender: string
  /** `YYYY-MM-DD`, or null when the header's date is no calendar day. */
  published: string | null
  /** Text after the header on its line. */
  rest: string | null
}

const DATE_TIME = String.raw`(\d{1,4})([./-])(\d{1,2})[./-](\d{1,4}),?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?`
const NAME_THEN_STAMP = new RegExp(String.raw`^\s*(\S.{0,79}?),\s*\[${DATE_TIME}\]\s*$`)
const STAMP_THEN_NAME = new RegExp(String.raw`^\s*\[${DATE_TIME}\]\s+([^:\n]{1,80}?):(?:\s+(.*))?$`)
const COPY_DATE = /\[\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+\d{1,2}:\d{2}/

/** True when a line of `text` is a header Telegram Desktop writes over copied messages. */
export function hasCopyHeader(text: string): boolean {
  return COPY_DATE.test(text) && splitLines(text).some((line) => copyStamp(line) !== null)
}

/**
 * The copy header of each line, or null. The dates are in the system's short format: "16.05.2024" is day
 * first, "2024-05-16" year first, and "5/16/24" month first unless a date of the same copy shows the day
 * first ("16/05/24").
 */
export function copyHeaders(lines: readonly string[]): (CopyHeader | null)[] {
  const stamps = lines.map(copyStamp)
  const dayFirst = stamps.some((s) => s !== null && s.separator === '/' && Number(s.first) > 12)
  return stamps.map((s) => (s === null ? null : { sender: s.sender, published: stampDay(s, dayFirst), rest: s.rest }))
}

interface CopyStamp {
  sender: string
  first: string
  separator: string
  second: string
  third: string
  rest: string | null
}

function copyStamp(line: string): CopyStamp | null {
  if (!line.includes('[')) return null
  const before = NAME_THEN_STAMP.exec(line)
  if (before) return { sender: before[1]!, first: before[2]!, separator: before[3]!, second: before[4]!, third: before[5]!, rest: null }
  const after = STAMP_THEN_NAME.exec(line)
  if (after) return { sender: after[5]!, first: after[1]!, separator: after[2]!, second: after[3]!, third: after[4]!, rest: after[6]?.trim() || null }
  return null
}

function stampDay(stamp: CopyStamp, dayFirst: boolean): string | null {
  const [first, second, third] = [Number(stamp.first), Number(stamp.second), Number(stamp.third)]
  const [year, month, day] =
    stamp.first.length === 4 ? [first, second, third] : stamp.separator === '/' && !dayFirst ? [third, first, second] : [third, second, first]
  const fullYear = year < 100 ? 2000 + year : year
  return isValidDay(fullYear, month, day) ? isoDate(fullYear, month, day) : null
}
