import type { RawDocument, RawPost, Source } from '../types.js'
import { InputProblem } from './input-problem.js'
import { parseJsonText } from './json-error.js'
import { channelName, isContentless, isPhotoCaption } from './lines.js'

/** A chat of a Telegram Desktop export ("Export chat history" → JSON): the fields parallax reads. */
interface TelegramChat {
  name?: unknown
  messages: unknown[]
}

interface TelegramMessage {
  type?: unknown
  date?: unknown
  text?: unknown
  forwarded_from?: unknown
}

/**
 * A Telegram Desktop `result.json`: one chat (`name`, `messages[]`), or a whole-account export whose
 * `chats.list` holds such chats. Only `type: "message"` entries are posts (service entries such as
 * pins are skipped), and so are messages without text (a photo alone): `n` counts the posts emitted,
 * the same rule as for text copies, so ids do not depend on how many photos a channel posted.
 */
export function readTelegramJson(text: string, source: Source): RawDocument {
  const chats = chatsOf(parseJson(text))
  const posts: RawPost[] = []
  for (const chat of chats) {
    const chatName = typeof chat.name === 'string' ? chat.name : null
    for (const entry of chat.messages) {
      if (!isObject(entry)) continue
      const message = entry as TelegramMessage
      if (message.type !== undefined && message.type !== 'message') continue
      const body = flattenText(message.text)
      if (body.split('\n').every((line) => isContentless(line) && !isPhotoCaption(line))) continue
      const named = typeof message.forwarded_from === 'string' ? message.forwarded_from : chatName
      posts.push({
        n: posts.length + 1,
        body,
        title: null,
        published: isoDay(message.date),
        channel: named === null ? null : channelName(named),
      })
    }
  }
  return { source, medium: 'telegram', posts }
}

function parseJson(text: string): unknown {
  const parsed = parseJsonText(text)
  if ('value' in parsed) return parsed.value
  const { line, column, message } = parsed.problem
  throw new InputProblem('malformed-json', `malformed JSON: ${message} (expected a Telegram Desktop export)`, line, column)
}

function chatsOf(data: unknown): TelegramChat[] {
  if (isObject(data) && Array.isArray(data['messages'])) return [data as unknown as TelegramChat]
  const list = isObject(data) && isObject(data['chats']) ? data['chats']['list'] : undefined
  if (Array.isArray(list)) {
    const chats = list.filter((c): c is TelegramChat => isObject(c) && Array.isArray(c['messages']))
    if (chats.length > 0) return chats
  }
  throw new InputProblem('not-telegram-export', 'JSON is not a Telegram Desktop export (expected a "messages" array at the top level)')
}

/** `text` is a string, or an array of strings and entities `{type, text}` (hashtag, bold, link, text_link…). */
function flattenText(text: unknown): string {
  if (typeof text === 'string') return text
  if (!Array.isArray(text)) return ''
  let out = ''
  for (const part of text) {
    if (typeof part === 'string') out += part
    else if (isObject(part) && typeof part['text'] === 'string') out += part['text']
  }
  return out
}

function isoDay(date: unknown): string | null {
  return typeof date === 'string' && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : null
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
