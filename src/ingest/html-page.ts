import { findDates, isoDate } from '../extract/date-mentions.js'
import type { RawDocument, Source } from '../types.js'
import { blockText, domLibraries, isoDay } from './dom.js'
import { normalizeLine } from './lines.js'
import { looksLikeBody, looksLikeLabel, readPageHeader } from './page-header.js'

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
    ) ??
    header.published ??
    markedDate(document)
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

// Elements a page marks as a date: mid.ru's "announce__date", an embassy's "news-date", a bare <time>.
const DATE_ELEMENTS = 'time, [itemprop="datePublished"], [class*="date"], [class*="Date"], [class*="time"], [class*="Time"]'

/**
 * The day of an element marked as a date whose own short text is a full date ("23 March 2021 15:40",
 * "02.12.2019"): a stamp that shares its line with a rubric, so no stamp line shows it. Only above the
 * first paragraph of text: the dates further down are those of related items.
 */
function markedDate(document: ParentNode): string | null {
  for (const element of document.querySelectorAll(`${DATE_ELEMENTS}, p`)) {
    const text = normalizeLine(element.textContent ?? '')
    if (element.tagName === 'P') {
      if (looksLikeBody(text)) return null
      continue
    }
    if (text.length === 0 || text.length > 40) continue
    const [date] = findDates(text)
    if (date !== undefined && date.year !== null && date.start === null) return isoDate(date.year, date.month, date.day)
  }
  return null
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null
  } catch {
    return null
  }
}
