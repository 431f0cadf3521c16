import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { detectFormat } from '../../src/ingest/detect-format.js'
import { readHtmlPage } from '../../src/ingest/html-page.js'
import { InputProblem } from '../../src/ingest/input-problem.js'
import { readTelegramHtml } from '../../src/ingest/telegram-html.js'
import { readTelegramJson } from '../../src/ingest/telegram-json.js'
import { readTelegramText, readWebText } from '../../src/ingest/text-file.js'
import type { RawDocument, Source, SourceFormat } from '../../src/types.js'
import { RUNS, hostileText, sourceOf } from './arbitraries.js'

const READERS: Record<SourceFormat, (text: string, source: Source) => RawDocument> = {
  'web-text': readWebText,
  'telegram-text': readTelegramText,
  'telegram-json': readTelegramJson,
  'telegram-html': readTelegramHtml,
  html: readHtmlPage,
}

/** What every reader promises: posts numbered 1..k in order, string bodies, `YYYY-MM-DD` or null dates. */
function checkDocument(doc: RawDocument, source: Source): void {
  expect(doc.source).toBe(source)
  doc.posts.forEach((post, i) => {
    expect(post.n).toBe(i + 1)
    expect(typeof post.body).toBe('string')
    if (post.published !== null) expect(post.published).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })
}

/** A reader may refuse content only with an InputProblem (it becomes one diagnostic), never another error. */
function readOrRefuse(format: SourceFormat, text: string): void {
  const source = sourceOf(format, text)
  let doc: RawDocument
  try {
    doc = READERS[format](text, source)
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(InputProblem)
    return
  }
  checkDocument(doc, source)
}

// JSON-shaped and markup-shaped texts, so the JSON and HTML readers get past their first check.
const jsonish = fc.oneof(
  fc.json({ maxDepth: 3 }),
  fc.record({ name: hostileText, messages: fc.array(fc.record({ type: fc.constantFrom('message', 'service'), date: fc.constantFrom('2024-06-10T10:00:00', 'x', ''), text: fc.oneof(hostileText, fc.array(fc.oneof(hostileText, fc.record({ type: fc.constant('hashtag'), text: hostileText })), { maxLength: 3 })), forwarded_from: fc.option(hostileText) }), { maxLength: 3 }) }).map((o) => JSON.stringify(o)),
  hostileText.map((t) => `{"messages": [${t}`),
)
const htmlish = fc
  .tuple(hostileText, hostileText, hostileText)
  .map(([title, a, b]) => `<!doctype html><html><head><title>${title}</title></head><body><h1>${a}</h1><p>${b}</p><p>${a}</p></body></html>`)

// Telegram Desktop's HTML export and a saved t.me/s page, with hostile text where the messages' text,
// names and dates go.
const telegramHtmlish = fc.tuple(hostileText, hostileText, hostileText, fc.boolean()).map(([name, text, date, preview]) =>
  preview
    ? `<html><body><div class="tgme_channel_info_header_title">${name}</div><div class="tgme_widget_message" data-post="x/1"><a class="tgme_widget_message_owner_name">${name}</a><div class="tgme_widget_message_text">${text}</div><time datetime="${date}"></time></div></body></html>`
    : `<html><body><div class="page_header"><div class="text bold">${name}</div></div><div class="history"><div class="message default clearfix"><div class="body"><div class="pull_right date details" title="${date}">x</div><div class="from_name">${name}</div><div class="forwarded body"><div class="from_name">${name}<span class="date details">${date}</span></div><div class="text">${text}</div></div></div></div></div></body></html>`,
)
// Messages copied from Telegram Desktop: sender-and-time headers around hostile text.
const desktopCopyish = fc
  .array(fc.tuple(hostileText, fc.constantFrom('16.05.2024 10:21', '5/16/24 10:21 AM', '31/02/2024 09:00', '2024-13-40 25:61'), hostileText, fc.boolean()), { minLength: 1, maxLength: 4 })
  .map((messages) => messages.map(([name, stamp, text, oneLine]) => (oneLine ? `[${stamp}] ${name}: ${text}` : `${name}, [${stamp}]\n${text}`)).join('\n\n'))

describe('property: read', () => {
  it('detectFormat never throws and names one of the five formats', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, jsonish, htmlish, telegramHtmlish, desktopCopyish), (text) => {
        expect(['web-text', 'telegram-text', 'telegram-json', 'telegram-html', 'html']).toContain(detectFormat(text))
      }),
      { numRuns: RUNS },
    )
  })

  it('the text readers never throw on any text, and number posts 1..k', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, desktopCopyish), (text) => {
        for (const format of ['web-text', 'telegram-text'] as const) {
          const source = sourceOf(format, text)
          checkDocument(READERS[format](text, source), source)
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('the reader detectFormat picks reads the text or refuses it with an InputProblem', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, jsonish), (text) => readOrRefuse(detectFormat(text), text)),
      { numRuns: RUNS },
    )
  })

  it('the HTML readers read any page-shaped text or refuse it with an InputProblem', () => {
    fc.assert(
      fc.property(fc.oneof(htmlish, telegramHtmlish), (text) => {
        readOrRefuse('html', text)
        readOrRefuse('telegram-html', text)
      }),
      { numRuns: RUNS },
    )
  })
})
