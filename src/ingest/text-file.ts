import type { RawDocument, RawPost, Source } from '../types.js'
import { ministryOfChannel } from './decide-side.js'
import { boilerplateRules, channelName, isContentless, normalizeLine, splitLines } from './lines.js'
import { readPageHeader } from './page-header.js'

const FORWARDED = /^\s*Forwarded from\s+(.+)$/
/** A channel name alone on its line is short; a sentence that names the ministry is not a header. */
const MAX_CHANNEL_LINE = 60
/** Only words: a stamp line naming the site ("fmprc.gov.cn| Updated: 2024-06-10") is no channel header. */
const CHANNEL_NAME = /^[\p{L}_'’&-]+(?: [\p{L}_'’&-]+){0,5}$/u
const reactions = boilerplateRules().find((r) => r.id === 'telegram-reactions')!.re
// The channel card atop Telegram's web preview (name, @handle, "24.6K subscribers", description) is no post.
const channelCounters = boilerplateRules().find((r) => r.id === 'telegram-channel-counters')!.re

/** A page saved as plain text: one post, with the headline, publication stamp and site of its header. */
export function readWebText(text: string, source: Source): RawDocument {
  const header = readPageHeader(splitLines(text))
  return {
    source,
    medium: 'web',
    posts: [{ n: 1, body: text, title: header.title, published: header.published, channel: header.site }],
  }
}

/**
 * A copy-paste of a Telegram channel: posts start at "Forwarded from <channel>" lines, at a line holding
 * only a ministry's channel name ("Russian MFA 🇷🇺": Telegram's web preview heads each of a channel's own
 * posts with its name), or at the sender-and-time header Telegram Desktop writes when several messages
 * are copied ("Russian MFA 🇷🇺, [16.05.2024 10:21]", or "[5/16/24 10:21 AM] Russian MFA 🇷🇺: text"),
 * which also dates the post; without any, a reaction line ("👍11❤1") ends a post. A stretch with no text
 * between two separators is not a post (seed 003 doubles its first separator), nor is the channel card
 * the web preview puts first (its subscriber counter gives it away), so `n` counts real posts only.
 */
export function readTelegramText(text: string, source: Source): RawDocument {
  const lines = splitLines(text)
  const headers = postHeaders(lines)
  const hasHeaders = headers.some((h) => h !== null)
  const chunks: Chunk[] = []
  let current: Chunk = { channel: null, published: null, lines: [] }
  for (const [i, line] of lines.entries()) {
    const header = headers[i]
    if (header) {
      chunks.push(current)
      current = { channel: header.channel, published: header.published, lines: header.rest ? [header.rest] : [] }
      continue
    }
    const forwarded = current.lines.length === 0 ? DESKTOP_FORWARDED.exec(line) : null
    if (forwarded) {
      current.channel = channelName(forwarded[1] ?? '') ?? current.channel
      continue
    }
    current.lines.push(line)
    if (!hasHeaders && line.length < 80 && reactions.test(normalizeLine(line))) {
      chunks.push(current)
      current = { channel: null, published: null, lines: [] }
    }
  }
  chunks.push(current)

  const posts: RawPost[] = []
  for (const chunk of chunks) {
    if (chunk.lines.every(isContentless)) continue
    if (posts.length === 0 && chunk.lines.some((l) => channelCounters.test(normalizeLine(l)))) continue
    posts.push({ n: posts.length + 1, body: chunk.lines.join('\n'), title: null, published: chunk.published, channel: chunk.channel })
  }
  return { source, medium: 'telegram', posts }
}

interface Chunk {
  channel: string | null
  published: string | null
  lines: string[]
}

/** A line that opens a post: its channel, the day it was posted where the line says, and any text after the header. */
export interface PostHeader {
  channel: string | null
  published: string | null
  rest: string | null
}

/**
 * The post header of each line, or null. Telegram Desktop writes its copy headers' dates in the
 * system's short format: "16.05.2024" is day first, "2024-05-16" year first, and "5/16/24" month first
 * unless a date of the same copy shows the day first ("16/05/24").
 */
function postHeaders(lines: readonly string[]): (PostHeader | null)[] {
  const stamps = lines.map(copyStamp)
  const dayFirst = stamps.some((s) => s !== null && s.separator === '/' && Number(s.first) > 12)
  const channelLines = recurringChannelLines(lines)
  return lines.map((line, i) => {
    const stamp = stamps[i]
    if (stamp) return { channel: channelName(stamp.name), published: stampDay(stamp, dayFirst), rest: stamp.rest }
    const channel = channelLines.has(normalizeLine(line)) ? channelName(line) : postHeader(line)
    return channel === null ? null : { channel, published: null, rest: null }
  })
}

/** Times a line must open a post to be taken for the channel's name: a post's doubled body repeats its first line once. */
const MIN_CHANNEL_LINE_REPEATS = 3
const SENTENCE_END = /[.!?:;…]$/

/**
 * Lines that head the posts of a channel whose name is not a ministry's ("Посольство КНР в РФ | Chinese
 * Embassy in Russia"): Telegram's web preview puts the channel's name atop each post, so the same short
 * line, without digits, comes back right after a post's footer (its reactions, views or time) at least
 * three times. Not after hashtags: a post's doubled body starts there, and its dateline ("📍 New York,
 * September 15, 2010") may recur over a week of posts.
 */
function recurringChannelLines(lines: readonly string[]): Set<string> {
  const opening = new Map<string, number>()
  let afterFooter = false
  for (const line of lines) {
    const n = normalizeLine(line)
    if (n.length === 0) continue
    if (isPostFooter(n)) {
      afterFooter = true
      continue
    }
    if (afterFooter && n.length <= MAX_CHANNEL_LINE && !/\d/.test(n) && !SENTENCE_END.test(n) && !isContentless(n)) {
      opening.set(n, (opening.get(n) ?? 0) + 1)
    }
    afterFooter = false
  }
  return new Set([...opening].filter(([, count]) => count >= MIN_CHANNEL_LINE_REPEATS).map(([line]) => line))
}

const postFooters = boilerplateRules().filter((r) => ['telegram-reactions', 'telegram-views', 'telegram-post-time'].includes(r.id))

/** A line under a post in a channel copy: its reactions ("👍 64 ❤ 11"), views ("2.9K views 18:05") or time. */
function isPostFooter(line: string): boolean {
  return line.length < 80 && postFooters.some((r) => r.re.test(line))
}

/**
 * The channel a line opens a post of: "Forwarded from Russian MFA 🇷🇺", or a ministry's channel name
 * alone ("Russian MFA 🇷🇺", as the web preview heads a channel's own posts); null for other lines.
 */
export function postHeader(line: string): string | null {
  const forwarded = FORWARDED.exec(line)
  if (forwarded) return channelName(forwarded[1] ?? '')
  const name = line.length < MAX_CHANNEL_LINE ? channelName(line) : null
  return name !== null && CHANNEL_NAME.test(name) && ministryOfChannel(name) !== null ? name : null
}

/** True when a line of `text` is a header Telegram Desktop writes over copied messages. */
export function hasCopyHeader(text: string): boolean {
  return COPY_DATE.test(text) && splitLines(text).some((line) => copyStamp(line) !== null)
}

const DATE_TIME = String.raw`(\d{1,4})([./-])(\d{1,2})[./-](\d{1,4}),?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?`
/** "Russian MFA 🇷🇺, [16.05.2024 10:21]" alone on its line (older Telegram Desktop). */
const NAME_THEN_STAMP = new RegExp(String.raw`^\s*(\S.{0,79}?),\s*\[${DATE_TIME}\]\s*$`)
/** "[5/16/24 10:21 AM] Russian MFA 🇷🇺: text" (newer Telegram Desktop): the text follows on the line. */
const STAMP_THEN_NAME = new RegExp(String.raw`^\s*\[${DATE_TIME}\]\s+([^:\n]{1,80}?):(?:\s+(.*))?$`)
const COPY_DATE = /\[\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+\d{1,2}:\d{2}/
/** "[Forwarded from Russian MFA 🇷🇺]" under a copy header. */
const DESKTOP_FORWARDED = /^\s*\[Forwarded from\s+(.+?)\]\s*$/

interface CopyStamp {
  name: string
  first: string
  separator: string
  second: string
  third: string
  rest: string | null
}

function copyStamp(line: string): CopyStamp | null {
  if (!line.includes('[')) return null
  const before = NAME_THEN_STAMP.exec(line)
  if (before) return { name: before[1]!, first: before[2]!, separator: before[3]!, second: before[4]!, third: before[5]!, rest: null }
  const after = STAMP_THEN_NAME.exec(line)
  if (after) return { name: after[5]!, first: after[1]!, separator: after[2]!, second: after[3]!, third: after[4]!, rest: after[6]?.trim() || null }
  return null
}

/** `YYYY-MM-DD` of a copy header's date, or null when it is no calendar day. */
function stampDay(stamp: CopyStamp, dayFirst: boolean): string | null {
  const [first, second, third] = [Number(stamp.first), Number(stamp.second), Number(stamp.third)]
  const [year, month, day] =
    stamp.first.length === 4
      ? [first, second, third]
      : stamp.separator === '/' && !dayFirst
        ? [third, first, second]
        : [third, second, first]
  const fullYear = year < 100 ? 2000 + year : year
  const date = new Date(Date.UTC(fullYear, month - 1, day))
  if (date.getUTCFullYear() !== fullYear || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return date.toISOString().slice(0, 10)
}
