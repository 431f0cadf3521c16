import type { SourceFormat } from '../types.js'
import { boilerplateRules, normalizeLine, splitLines, stripLeadingDecoration } from './lines.js'
import { TELEGRAM_HTML_CLASS } from './telegram-html.js'
import { hasCopyHeader } from './desktop-copy.js'

const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i
const HTML_BODY = /<body[\s>]/i
const HTML_PARAGRAPHS = /<p[\s>][\s\S]*?<\/p>[\s\S]*?<p[\s>]/i
// An object opens with a key or closes at once, an array of numbers with a whole number: "[Unofficial
// translation]" or a copy header "[5/16/24 10:21 AM] …" atop a text is not JSON.
const JSON_START = /^(?:\{\s*["}]|\[\s*(?:[[{"\]tfn]|-?\d[\d.eE+-]*\s*[,\]]))/
const FORWARDED = /^[ \t]*Forwarded from\s+\S/m

const reactions = boilerplateRules().find((r) => r.id === 'telegram-reactions')!.re
const views = boilerplateRules().find((r) => r.id === 'telegram-views')!.re

/**
 * The format of an input, from its content alone (never from configuration or the file name):
 * `telegram-json` for JSON (the reader checks it is a Telegram Desktop export), `telegram-html` for markup
 * of a Telegram Desktop HTML export or a saved t.me/s page, `html` for other markup,
 * `telegram-text` for a copy-paste of a channel ("Forwarded from …" lines, Telegram Desktop's copy headers
 * "Russian MFA, [16.05.2024 10:21]", or several reaction lines
 * like "👍16❤3" or view counters like "14.2K views" between posts), else `web-text`. A channel's name
 * alone on a line is not enough: a site's name may head and foot a web page.
 */
export function detectFormat(text: string): SourceFormat {
  const start = text.trimStart()
  if (JSON_START.test(start)) return 'telegram-json'
  const head = text.slice(0, 65_536)
  if (HTML_START.test(head) || HTML_BODY.test(head) || (start.startsWith('<') && HTML_PARAGRAPHS.test(head))) {
    return TELEGRAM_HTML_CLASS.test(text) ? 'telegram-html' : 'html'
  }
  if (FORWARDED.test(text) || hasCopyHeader(text)) return 'telegram-text'
  let footerLines = 0
  for (const line of splitLines(text)) {
    if (line.length >= 80) continue
    // A view counter may lead with an eye: "👁 21.4K 12:48".
    const normal = normalizeLine(line)
    if ((reactions.test(normal) || views.test(stripLeadingDecoration(normal))) && ++footerLines >= 2) return 'telegram-text'
  }
  return 'web-text'
}
