import type { RawDocument, RawPost, Source } from '../types.js'
import { boilerplateRules, isContentless, normalizeLine, splitLines, stripLeadingDecoration } from './lines.js'
import { readPageHeader } from './page-header.js'

const FORWARDED = /^\s*Forwarded from\s+(.+)$/
const reactions = boilerplateRules().find((r) => r.id === 'telegram-reactions')!.re

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
 * A copy-paste of a Telegram channel: posts start at "Forwarded from <channel>" lines; without such
 * lines, a reaction line ("👍11❤1") ends a post. A stretch with no text between two separators is not
 * a post (seed 003 doubles its first separator), so `n` counts real posts only.
 */
export function readTelegramText(text: string, source: Source): RawDocument {
  const lines = splitLines(text)
  const chunks: { channel: string | null; lines: string[] }[] = []
  let current: { channel: string | null; lines: string[] } = { channel: null, lines: [] }
  const hasForwarded = lines.some((l) => FORWARDED.test(l))
  for (const line of lines) {
    const forwarded = hasForwarded ? FORWARDED.exec(line) : null
    if (forwarded) {
      chunks.push(current)
      current = { channel: channelName(forwarded[1] ?? ''), lines: [] }
      continue
    }
    current.lines.push(line)
    if (!hasForwarded && line.length < 80 && reactions.test(normalizeLine(line))) {
      chunks.push(current)
      current = { channel: null, lines: [] }
    }
  }
  chunks.push(current)

  const posts: RawPost[] = []
  for (const chunk of chunks) {
    if (chunk.lines.every(isContentless)) continue
    posts.push({ n: posts.length + 1, body: chunk.lines.join('\n'), title: null, published: null, channel: chunk.channel })
  }
  return { source, medium: 'telegram', posts }
}

/** "Russian MFA 🇷🇺" → "Russian MFA": the flag is decoration, not part of the name. */
function channelName(raw: string): string | null {
  const name = normalizeLine(raw)
    .replace(/[\s\p{Regional_Indicator}\p{Extended_Pictographic}\uFE0F\u200D]+$/u, '')
    .trim()
  return name.length > 0 ? stripLeadingDecoration(name) : null
}
