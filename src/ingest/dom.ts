import { createRequire } from 'node:module'
import type { Readability as ReadabilityClass } from '@mozilla/readability'
import type { parseHTML as parseHtml } from 'linkedom'
import { normalizeLine, splitLines } from './lines.js'

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TD', 'TH', 'TR', 'UL',
])
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD'])

const require = createRequire(import.meta.url)
let libraries: { parseHTML: typeof parseHtml; Readability: typeof ReadabilityClass } | null = null

/**
 * linkedom and Readability, loaded on the first HTML input (~15 MB): most corpora are plain text, and a
 * thread that only coordinates workers reads no page at all.
 */
export function domLibraries(): NonNullable<typeof libraries> {
  libraries ??= {
    parseHTML: (require('linkedom') as { parseHTML: typeof parseHtml }).parseHTML,
    Readability: (require('@mozilla/readability') as { Readability: typeof ReadabilityClass }).Readability,
  }
  return libraries
}

// A line break in the markup is a space, as a browser shows it ("met\n    with Lavrov" is one line), except in <pre>.
const MARKUP_WHITESPACE = /[ \t\n\r\f]+/g

/** The text of an element, one line per block element or `<br>`, each line normalised, blank lines dropped. */
export function blockText(root: Node): string[] {
  let out = ''
  let preformatted = 0
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? ''
      out += preformatted > 0 ? text : text.replace(MARKUP_WHITESPACE, ' ')
      return
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return
    const tag = (node as Element).tagName?.toUpperCase() ?? ''
    if (SKIP.has(tag)) return
    const block = BLOCK.has(tag)
    if (block) out += '\n'
    if (tag === 'IMG') out += ` ${(node as Element).getAttribute('alt') ?? ''} `
    if (tag === 'PRE') preformatted++
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child)
    if (tag === 'PRE') preformatted--
    if (block) out += '\n'
  }
  walk(root)
  return splitLines(out)
    .map(normalizeLine)
    .filter((l) => l.length > 0)
}

/** `YYYY-MM-DD` from the start of an ISO date-time ("2024-05-16T10:21:00+00:00"), else null. */
export function isoDay(value: string | null | undefined): string | null {
  const m = value ? /(\d{4})-(\d{2})-(\d{2})/.exec(value) : null
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null
}
