import { findDates, isoDate } from '../extract/date-mentions.js'
import type { RawDocument, RawPost, Source } from '../types.js'
import { ministryOfChannel } from './decide-side.js'
import { copyHeaders } from './desktop-copy.js'
import { boilerplateRules, channelName, isContentless, isPhotoCaption, matchBoilerplate, normalizeLine, splitLines } from './lines.js'
import { readPageHeader } from './page-header.js'
import { pageSections } from './page-sections.js'
import { quotedReadouts, type QuotedReadout } from './quoted-readouts.js'
import { unwrapHardWrapped } from './unwrap.js'

const FORWARDED = /^\s*Forwarded from\s+(.+)$/
/** "[Forwarded from Russian MFA 🇷🇺]" under a copy header. */
const DESKTOP_FORWARDED = /^\s*\[Forwarded from\s+(.+?)\]\s*$/
/** A channel name alone on its line is short; a sentence that names the ministry is not a header. */
const MAX_CHANNEL_LINE = 60
/** Only words: a stamp line naming the site ("fmprc.gov.cn| Updated: 2024-06-10") is no channel header. */
const CHANNEL_NAME = /^[\p{L}_'’&-]+(?: [\p{L}_'’&-]+){0,5}$/u
// The channel card atop Telegram's web preview (name, @handle, "24.6K subscribers", description) is no post.
const channelCounters = boilerplateRules().find((r) => r.id === 'telegram-channel-counters')!.re

/**
 * A page saved as plain text: one post, with the headline, publication stamp and site of its header;
 * a digest of several pages between rule lines, one post each (`pageSections`), where a page that names
 * no site takes the one before it (pages pasted from one site name it once, atop the first). A page
 * pasted from a PDF or an e-mail, hard-wrapped, has its paragraphs put back on one line each.
 */
export function readWebText(text: string, source: Source): RawDocument {
  const quoted = quotedReadouts(splitLines(text))
  if (quoted !== null) return { source, medium: 'web', posts: quoted.map((readout, i) => quotedPost(readout, i + 1)) }
  const { pages, published } = pageSections(splitLines(unwrapHardWrapped(unquote(text))))
  let previousSite: string | null = null
  const posts = pages.map(({ lines, header, site }, i): RawPost => {
    const channel = header.site ?? site ?? previousSite
    previousSite = channel
    return { n: i + 1, body: lines.join('\n'), title: header.title, published: header.published ?? published, channel }
  })
  return { source, medium: 'web', posts }
}

/** One readout an analyst's notes quote: its own header's headline and stamp, else the site the notes name. */
function quotedPost(readout: QuotedReadout, n: number): RawPost {
  const header = readPageHeader(readout.lines)
  return { n, body: readout.lines.join('\n'), title: header.title, published: header.published, channel: header.site ?? readout.site }
}

// E-mail and Markdown quoting: "> Vladimir Putin met with …" in a forwarded message or an analyst's notes.
const QUOTE_MARKS = /^[ \t]*(?:>[ \t]?)+/gm
/** Lines quoted with ">" a text needs before its quote marks are taken for quoting, not for text. */
const MIN_QUOTED_LINES = 3

/** The text without the ">" marks of quoted lines, when it quotes at all. */
function unquote(text: string): string {
  const quoted = text.match(QUOTE_MARKS)?.length ?? 0
  return quoted >= MIN_QUOTED_LINES ? text.replace(QUOTE_MARKS, '') : text
}

/**
 * A copy-paste of a Telegram channel: posts start at "Forwarded from <channel>" lines, at a line holding
 * only a ministry's channel name ("Russian MFA 🇷🇺": Telegram's web preview heads each of a channel's own
 * posts with its name), or at the sender-and-time header Telegram Desktop writes when several messages
 * are copied ("Russian MFA 🇷🇺, [16.05.2024 10:21]", or "[5/16/24 10:21 AM] Russian MFA 🇷🇺: text"),
 * which also dates the post; a post's footer (reactions "👍11❤1", views, time) ends it too. A stretch with
 * no text between two separators is not a post (seed 003 doubles its first separator), nor is the channel
 * card the web preview puts first (its subscriber counter gives it away; its first line names the channel
 * of the posts no header names), so `n` counts real posts only.
 */
export function readTelegramText(text: string, source: Source): RawDocument {
  const lines = splitLines(text)
  return { source, medium: 'telegram', posts: postsOf(chunksOf(lines, postHeaders(lines))) }
}

/** The stretches of lines between post separators: headers, and the footer that ends a post. */
function chunksOf(lines: readonly string[], headers: readonly (PostHeader | null)[]): Chunk[] {
  const chunks: Chunk[] = []
  // The day of the last date separator ("6 March 2024" between two days' posts): the posts below it were posted that day.
  let separator: SeparatorDay = { published: null, monthDay: null }
  const fresh = (channel: string | null, published: string | null, lines: string[]): Chunk => ({
    channel,
    published: published ?? separator.published,
    // A stamp of its own with a year says more than the day above it.
    publishedMonthDay: published === null ? separator.monthDay : null,
    lines,
  })
  let current: Chunk = fresh(null, null, [])
  let footed = false
  for (const [i, line] of lines.entries()) {
    const header = headers[i]
    if (header) {
      chunks.push(current)
      current = fresh(header.channel, header.published, header.rest ? [header.rest] : [])
      footed = false
      continue
    }
    // Only between posts: after one's footer, or over the next one's header. A post's own first line may be a bare date.
    const day = daySeparator(line)
    if (day !== undefined && (footed || headers[nextContentLine(lines, i)] != null)) {
      chunks.push(current)
      separator = day
      current = fresh(null, null, [])
      footed = false
      continue
    }
    const forwarded = current.lines.length === 0 ? DESKTOP_FORWARDED.exec(line) : null
    if (forwarded) {
      current.channel = channelName(forwarded[1] ?? '') ?? current.channel
      continue
    }
    // A post's footer (reactions, views, time) ends it, headed or not: a channel's own posts may follow a
    // forwarded one with no header of their own.
    const normal = normalizeLine(line)
    const footer = isPostFooter(normal)
    if (footed && !footer && normal.length > 0) {
      chunks.push(current)
      current = fresh(null, null, [])
      footed = false
    }
    current.lines.push(line)
    footed ||= footer
  }
  chunks.push(current)
  return chunks
}

const WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+/i

/** The day a date separator stands for: `YYYY-MM-DD` when it gives a year, else only its `MM-DD` ("August 23"). */
interface SeparatorDay {
  published: string | null
  monthDay: string | null
}

/**
 * The day a line that holds only a date stands for, as Telegram's web preview puts one between two days'
 * posts ("6 March 2024", "Wednesday, March 6, 2024", "August 23" within the current year); undefined when the
 * line is not a bare date.
 */
function daySeparator(line: string): SeparatorDay | undefined {
  const bare = normalizeLine(line).replace(WEEKDAY, '')
  if (bare.length === 0 || bare.length > 40 || !/\d/.test(bare)) return undefined
  const dates = findDates(bare)
  const date = dates[0]
  if (dates.length !== 1 || date === undefined || date.start !== null || date.span[0] !== 0 || date.span[1] !== bare.length) return undefined
  if (date.year !== null) return { published: isoDate(date.year, date.month, date.day), monthDay: null }
  return { published: null, monthDay: `${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}` }
}

function nextContentLine(lines: readonly string[], after: number): number {
  let k = after + 1
  while (k < lines.length && lines[k]!.trim() === '') k++
  return k
}

/** The posts among the chunks: not the empty ones, nor the channel's card or title above the first post. */
function postsOf(chunks: readonly Chunk[]): RawPost[] {
  const posts: RawPost[] = []
  let cardChannel: string | null = null
  let lastLines: readonly string[] = []
  const card = cardChunk(chunks)
  for (let [k, chunk] of chunks.entries()) {
    if (k < card) continue
    const counter = posts.length === 0 ? chunk.lines.findIndex((l) => channelCounters.test(normalizeLine(l))) : -1
    // A card headed by its name holds only the @handle and counters below it, and still names the channel.
    if (counter < 0 && chunk.lines.every(isContentless)) continue
    if (counter >= 0) {
      // The channel card names the channel whose own posts carry no header; it ends at the first blank
      // line after its counters, and a first post without a header may follow at once.
      cardChannel = chunk.channel ?? firstLineChannel(chunk.lines)
      const blank = chunk.lines.findIndex((l, i) => i > counter && l.trim() === '')
      chunk = { ...chunk, lines: blank < 0 ? [] : chunk.lines.slice(blank + 1) }
      // The rest of the card's description after a blank line ("🇷🇺 In Russian: @MID_Russia") is no post either,
      // short or a sentence long: a post below the card without a header of its own ends with its footer.
      const footed = chunk.lines.some((l) => isPostFooter(normalizeLine(l)))
      if (chunk.lines.every(isContentless) || isChannelTitle(chunk.lines) || !footed) continue
    }
    // What a copy holds above its first headed post, a few short lines and no sentence ("Russia at the UN
    // 🇷🇺🇺🇳", "Permanent Mission of …"), is the channel's title, not a post.
    if (posts.length === 0 && chunk === chunks[0] && chunks.length > 1 && isChannelTitle(chunk.lines)) {
      cardChannel ??= firstLineChannel(chunk.lines)
      continue
    }
    const channel = chunk.channel ?? cardChannel
    if (isMediaOnly(chunk.lines, channel, lastLines)) continue
    const last = posts.at(-1)
    // Telegram Desktop copies a long post's body a second time under the same header: no second post.
    // So does a web preview's link card under a post ("CGTN", the post's headline and lede again).
    const day = chunk.published ?? chunk.publishedMonthDay
    const lastDay = last?.published ?? last?.publishedMonthDay ?? null
    if (last && last.channel === channel && lastDay === day && day !== null && repeats(chunk.lines, lastLines)) continue
    lastLines = chunk.lines
    const post: RawPost = { n: posts.length + 1, body: chunk.lines.join('\n'), title: null, published: chunk.published, channel }
    if (chunk.publishedMonthDay !== null) post.publishedMonthDay = chunk.publishedMonthDay
    posts.push(post)
  }
  return posts
}

/** Chunks a web preview's page may show above its channel card: the page's address and title, "Telegram", "Download", the name and @handle. */
const MAX_CHROME_CHUNKS = 3

/**
 * Where the channel card is among the chunks (the first holding the channel's counters), when only page
 * chrome comes before it: chunks without a sentence ("https://t.me/s/MFARussia", "Russian MFA – Telegram",
 * "Download", "@MFARussia"). 0 otherwise.
 */
function cardChunk(chunks: readonly Chunk[]): number {
  const at = chunks.findIndex((c, k) => k <= MAX_CHROME_CHUNKS && c.lines.some((l) => channelCounters.test(normalizeLine(l))))
  if (at <= 0) return 0
  const chrome = chunks.slice(0, at).every((c) => contentLines(c.lines).every((l) => l.length <= MAX_TITLE_LINE && !SENTENCE_END.test(l)))
  return chrome ? at : 0
}

/** Lines a photo or video post shows in a copy: its channel's name, views and time, reactions. */
const MAX_MEDIA_POST_LINES = 4

/**
 * A post with no text of its own: only noise and its channel's name ("CGTN", "31.2K views  16:55"), the name
 * known as the channel's or as the line the post before it opens with too.
 */
function isMediaOnly(lines: readonly string[], channel: string | null, previous: readonly string[]): boolean {
  if (lines.some(isPhotoCaption)) return false
  const content = contentLines(lines)
  if (content.length > MAX_MEDIA_POST_LINES) return false
  const previousFirst = contentLines(previous)[0]
  const isName = (l: string) => (channel !== null && channelName(l) === channel) || (l === previousFirst && l.length <= MAX_CHANNEL_LINE)
  return content.every((l) => isName(l) || matchBoilerplate(l) !== null)
}

/** Whether every line of text of a chunk is one of the previous post's (blank lines and noise aside). */
function repeats(lines: readonly string[], previous: readonly string[]): boolean {
  const text = (chunk: readonly string[]) => contentLines(chunk).filter((l) => matchBoilerplate(l) === null)
  const before = new Set(text(previous))
  return text(lines).every((l) => before.has(l))
}

/** A chunk's lines normalised, without the blank and contentless ones. */
function contentLines(lines: readonly string[]): string[] {
  return lines.map(normalizeLine).filter((l) => l.length > 0 && !isContentless(l))
}

function firstLineChannel(lines: readonly string[]): string | null {
  return channelName(lines.find((l) => normalizeLine(l).length > 0) ?? '')
}

/** At most three short lines, none a sentence: a channel's name and description above its posts. */
function isChannelTitle(lines: readonly string[]): boolean {
  const content = contentLines(lines)
  return content.length <= 3 && content.every((l) => l.length <= MAX_TITLE_LINE && !SENTENCE_END.test(l))
}

const MAX_TITLE_LINE = 100

interface Chunk {
  channel: string | null
  published: string | null
  publishedMonthDay: string | null
  lines: string[]
}

/** A line that opens a post: its channel, the day it was posted where the line says, and any text after the header. */
interface PostHeader {
  channel: string | null
  published: string | null
  rest: string | null
}

/** The post header of each line, or null. */
function postHeaders(lines: readonly string[]): (PostHeader | null)[] {
  const stamps = copyHeaders(lines)
  const channelLines = recurringChannelLines(lines)
  const card = cardName(lines)
  if (card !== null) channelLines.add(card)
  return lines.map((line, i) => {
    const stamp = stamps[i]
    if (stamp) return { channel: channelName(stamp.sender), published: stamp.published, rest: stamp.rest }
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
    // The web preview puts the day ("June 19") between a day's last post and the next day's first.
    if (afterFooter && daySeparator(n) !== undefined) continue
    if (afterFooter && n.length <= MAX_CHANNEL_LINE && !/\d/.test(n) && !SENTENCE_END.test(n) && !isContentless(n)) {
      opening.set(n, (opening.get(n) ?? 0) + 1)
    }
    afterFooter = false
  }
  return new Set([...opening].filter(([, count]) => count >= MIN_CHANNEL_LINE_REPEATS).map(([line]) => line))
}

/** A channel's @handle on its own line, as the web preview's card shows it under the name. */
const HANDLE = /^@[A-Za-z][A-Za-z0-9_]{3,}$/
/** How far down a copy the channel card may start (a page title, "Telegram", "Download" come first). */
const CARD_WITHIN_LINES = 30
/** Lines between the @handle and the counters: "Preview channel", "If you have Telegram, you can view and join …". */
const CARD_COUNTERS_WITHIN = 8

/**
 * The channel's name as the web preview's card gives it: the line above the @handle, with the channel's
 * counters ("131K subscribers") just below. The web preview heads each of the channel's posts with that
 * line, whatever it is ("CGTN", "Посольство КНР в России 中国驻俄罗斯大使馆"), so it heads posts.
 */
function cardName(lines: readonly string[]): string | null {
  const content = lines.slice(0, CARD_WITHIN_LINES).map(normalizeLine).filter((l) => l.length > 0)
  const at = content.findIndex((l) => HANDLE.test(l))
  if (at < 1) return null
  const counted = content.slice(at + 1, at + 1 + CARD_COUNTERS_WITHIN).some((l) => channelCounters.test(l))
  const name = content[at - 1]!
  return counted && name.length <= MAX_CHANNEL_LINE && !SENTENCE_END.test(name) ? name : null
}

const POST_FOOTERS = new Set(['telegram-reactions', 'telegram-views', 'telegram-post-time'])

/** A line under a post in a channel copy: its reactions ("👍 64 ❤ 11"), views ("2.9K views 18:05", "👁 21.4K 15:08") or time. */
function isPostFooter(line: string): boolean {
  const rule = line.length < 80 ? matchBoilerplate(line)?.rule.id : undefined
  return rule !== undefined && POST_FOOTERS.has(rule)
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
