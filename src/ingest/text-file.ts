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
 * A copy-paste of a Telegram channel: posts start at "Forwarded from <channel>" lines, or at a line
 * holding only a ministry's channel name ("Russian MFA 🇷🇺": Telegram's web preview heads each of a
 * channel's own posts with its name); without either, a reaction line ("👍11❤1") ends a post. A stretch
 * with no text between two separators is not a post (seed 003 doubles its first separator), nor is the
 * channel card the web preview puts first (its subscriber counter gives it away), so `n` counts real
 * posts only.
 */
export function readTelegramText(text: string, source: Source): RawDocument {
  const lines = splitLines(text)
  const chunks: { channel: string | null; lines: string[] }[] = []
  let current: { channel: string | null; lines: string[] } = { channel: null, lines: [] }
  const hasHeaders = lines.some((l) => postHeader(l) !== null)
  for (const line of lines) {
    const channel = hasHeaders ? postHeader(line) : null
    if (channel !== null) {
      chunks.push(current)
      current = { channel, lines: [] }
      continue
    }
    current.lines.push(line)
    if (!hasHeaders && line.length < 80 && reactions.test(normalizeLine(line))) {
      chunks.push(current)
      current = { channel: null, lines: [] }
    }
  }
  chunks.push(current)

  const posts: RawPost[] = []
  for (const chunk of chunks) {
    if (chunk.lines.every(isContentless)) continue
    if (posts.length === 0 && chunk.lines.some((l) => channelCounters.test(normalizeLine(l)))) continue
    posts.push({ n: posts.length + 1, body: chunk.lines.join('\n'), title: null, published: null, channel: chunk.channel })
  }
  return { source, medium: 'telegram', posts }
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
