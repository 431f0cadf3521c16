import { createRequire } from 'node:module'
import type { Readability as ReadabilityClass } from '@mozilla/readability'
import type { parseHTML as parseHtml } from 'linkedom'
import type { RawDocument, Source } from '../types.js'
import { normalizeLine, splitLines } from './lines.js'
import { looksLikeBody, looksLikeLabel, readPageHeader } from './page-header.js'

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TD', 'TH', 'TR', 'UL',
])
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD'])

const require = createRequire(import.meta.url)
let dom: { parseHTML: typeof parseHtml; Readability: typeof ReadabilityClass } | null = null

// Loaded on the first HTML page (~15 MB): most corpora are plain text, and a thread that only
// coordinates workers reads no page at all.
function domLibraries(): NonNullable<typeof dom> {
  dom ??= {
    parseHTML: (require('linkedom') as { parseHTML: typeof parseHtml }).parseHTML,
    Readability: (require('@mozilla/readability') as { Readability: typeof ReadabilityClass }).Readability,
  }
  return dom
}

/**
 * A saved web page: the readout text found by Readability, one paragraph per line, headed by the page's
 * headline; the date and site come from the page's metadata or its stamp line.
 */
export function readHtmlPage(text: string, source: Source): RawDocument {
  const { parseHTML, Readability } = domLibraries()
  const { document } = parseHTML(text)
  // Readability rewrites the document it parses: read the page's own fields first.
  const meta = (selector: string): string | null => document.querySelector(selector)?.getAttribute('content')?.trim() || null
  const pageLines = blockText(document.body ?? document.documentElement)
  const header = readPageHeader(pageLines)
  const h1 = normalizeLine(document.querySelector('h1')?.textContent ?? '')
  const title = h1 || normalizeLine(meta('meta[property="og:title"]') ?? '') || header.title || normalizeLine(document.title ?? '') || null
  const published =
    isoDay(
      meta('meta[property="article:published_time"]') ??
        meta('meta[name="PubDate"]') ??
        meta('meta[name="publishdate"]') ??
        meta('meta[name="date"]') ??
        document.querySelector('time[datetime]')?.getAttribute('datetime') ??
        null,
    ) ?? header.published
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('meta[property="og:url"]')
  const site = meta('meta[property="og:site_name"]') ?? hostOf(canonical) ?? header.site

  const article = new Readability<Node>(document as unknown as Document, { serializer: (node) => node, charThreshold: 100 }).parse()
  const content = article?.content ? blockText(article.content) : pageLines
  // Rubric labels between headline and text ("Global South" over a mid.ru release, as in seed 000).
  const firstBody = content.findIndex(looksLikeBody)
  const lines = content.filter((l, i) => l !== title && !(i < firstBody && looksLikeLabel(l)))
  const body = [...(title ? [title] : []), ...lines].join('\n\n')
  return { source, medium: 'web', posts: [{ n: 1, body, title, published, channel: site }] }
}

/** The text of an element, one line per block element or `<br>`, each line normalised, blank lines dropped. */
function blockText(root: Node): string[] {
  let out = ''
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      out += node.nodeValue ?? ''
      return
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return
    const tag = (node as Element).tagName?.toUpperCase() ?? ''
    if (SKIP.has(tag)) return
    const block = BLOCK.has(tag)
    if (block) out += '\n'
    if (tag === 'IMG') out += ` ${(node as Element).getAttribute('alt') ?? ''} `
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child)
    if (block) out += '\n'
  }
  walk(root)
  return splitLines(out)
    .map(normalizeLine)
    .filter((l) => l.length > 0)
}

function isoDay(value: string | null): string | null {
  const m = value ? /(\d{4})-(\d{2})-(\d{2})/.exec(value) : null
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null
  } catch {
    return null
  }
}
