import type { RawDocument, RawPost, Source } from '../types.js'
import { blockText, domLibraries, isoDay } from './dom.js'
import { readHtmlPage } from './html-page.js'
import { channelName, isContentless } from './lines.js'

/** What `detectFormat` looks for: a class token of either page shape `readTelegramHtml` reads. */
export const TELEGRAM_HTML_CLASS = /class=["'][^"']*?(?<![\w-])(?:tgme_widget_message|message default)(?![\w-])/

/**
 * Telegram saved as HTML: a Telegram Desktop export ("Export chat history" in its default HTML format,
 * `messages.html`, `messages2.html` …) or a channel's web preview saved from the browser
 * (`t.me/s/<channel>`). One post per message with text, in page order; a message without text (a photo
 * alone) or a service line ("16 May 2024", "pinned a message") is none, so `n` counts as in the JSON
 * export. Only the message's own text is read: the page's menus, the channel card, view counters,
 * reactions and link previews live outside it. A page of neither shape is read as a web page.
 */
export function readTelegramHtml(text: string, source: Source): RawDocument {
  const { document } = domLibraries().parseHTML(text)
  const messages = [...document.querySelectorAll('.tgme_widget_message')]
  const drafts = messages.length > 0 ? previewPosts(document, messages) : desktopPosts(document)
  if (drafts === null) return readHtmlPage(text, source)
  const posts: RawPost[] = []
  for (const draft of drafts) {
    if (draft.lines.every(isContentless)) continue
    posts.push({ n: posts.length + 1, body: draft.lines.join('\n'), title: null, published: draft.published, channel: draft.channel })
  }
  return { source, medium: 'telegram', posts }
}

interface Draft {
  lines: string[]
  published: string | null
  channel: string | null
}

/** t.me/s: `.tgme_widget_message` blocks with the text, a `<time datetime>` and the owner or forwarded-from name. */
function previewPosts(document: Document, messages: Element[]): Draft[] {
  const pageChannel = textOf(document.querySelector('.tgme_channel_info_header_title'))
  return messages.map((message) => {
    // A reply quotes the message it answers in a text block of its own.
    const body = [...message.querySelectorAll('.tgme_widget_message_text')].find((e) => e.closest('.tgme_widget_message_reply') === null)
    const forwarded = textOf(message.querySelector('.tgme_widget_message_forwarded_from_name'))
    const owner = textOf(message.querySelector('.tgme_widget_message_owner_name'))
    return {
      lines: body ? blockText(body) : [],
      published: isoDay(message.querySelector('.tgme_widget_message_date time, time[datetime]')?.getAttribute('datetime')),
      channel: channelName(forwarded ?? owner ?? pageChannel ?? ''),
    }
  })
}

/**
 * Telegram Desktop's HTML export: `.message.default` blocks in `.history`; a message's date is the title of
 * its `.date.details` ("16.05.2024 10:21:00 UTC+03:00"); a message sent right after another by the same
 * sender is "joined" and has no `.from_name` of its own. Null when the page has no such block.
 */
function desktopPosts(document: Document): Draft[] | null {
  const messages = [...document.querySelectorAll('.history .message.default')]
  if (messages.length === 0) return null
  let sender = textOf(document.querySelector('.page_header .text'))
  return messages.map((message) => {
    const forwarded = message.querySelector('.forwarded.body')
    const own = [...message.querySelectorAll('.from_name')].find((e) => forwarded === null || !forwarded.contains(e))
    sender = ownText(own) ?? sender
    const body = (forwarded ?? message).querySelector('.text')
    return {
      lines: body ? blockText(body) : [],
      published: dottedDay(message.querySelector('.date.details[title]')?.getAttribute('title')),
      channel: channelName((forwarded ? ownText(forwarded.querySelector('.from_name')) : null) ?? sender ?? ''),
    }
  })
}

/** "16.05.2024 10:21:00 UTC+03:00" → "2024-05-16". */
function dottedDay(title: string | null | undefined): string | null {
  const m = title ? /^\s*(\d{2})\.(\d{2})\.(\d{4})\b/.exec(title) : null
  return m ? `${m[3]}-${m[2]}-${m[1]}` : null
}

function textOf(element: Element | null): string | null {
  const text = element?.textContent?.trim()
  return text ? text : null
}

/** The element's own text, without its children's: a forwarded `.from_name` holds the original's date in a child. */
function ownText(element: Element | null | undefined): string | null {
  if (!element) return null
  let text = ''
  for (let child = element.firstChild; child; child = child.nextSibling) if (child.nodeType === 3) text += child.nodeValue ?? ''
  return text.trim() || null
}
