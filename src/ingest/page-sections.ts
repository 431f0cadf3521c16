import { findDates } from '../extract/date-mentions.js'
import { isRuleLine, matchBoilerplate, normalizeLine } from './lines.js'
import { looksLikeBody, readPageHeader, type PageHeader } from './page-header.js'

/** How far into a section its date must show: a stamp or dateline near its headline. */
const DATE_REACH = 600

/** A page of a text file. */
export interface Page {
  lines: string[]
  header: PageHeader
  /** A site the lines above the page name ("[ITEM 1] Source: fmprc.gov.cn > News"), or null. */
  site: string | null
}

/** The pages of a text file, and what a file of several says before its first one (a digest's own header). */
export interface PageSections {
  pages: Page[]
  /** Publication date of the whole file (an e-mail's "Date:" line above the first page), or null. */
  published: string | null
}

/** A site's host name: "fmprc.gov.cn", "mid.ru", "english.news.cn". */
const HOST = /\b(?:[a-z0-9-]+\.)+(?:ru|cn|com|org|net|int)\b/i
/** Paragraphs a page needs: a digest's masthead has a line of text at most. */
const MIN_PARAGRAPHS = 2

/**
 * The pages of a plain-text file that holds several, one after another between rule lines, as an
 * analyst's digest or a newsletter does: a section is a page when it has a headline over a first
 * paragraph, a second paragraph, and a date near its top. Sections that are not pages (a digest's
 * masthead, "In this issue", an item's "Source:" line) are left out, but a site they name is the next
 * page's, and an e-mail's date above the first page is the file's. A file with fewer than two pages is
 * one page, rule lines and all: a transcript's "* * *" between questions does not cut it.
 */
export function pageSections(lines: readonly string[]): PageSections {
  const sections: string[][] = [[]]
  for (const line of lines) {
    if (isRuleLine(line)) sections.push([])
    else sections.at(-1)!.push(line)
  }
  // No rule line, no second page: the common case skips looking for pages.
  if (sections.length === 1) return { pages: [{ lines: [...lines], header: readPageHeader(lines), site: null }], published: null }
  const headers = sections.map((section) => readPageHeader(section))
  const isPage = sections.map((section, i) => looksLikePage(section, headers[i]!))
  if (isPage.filter(Boolean).length < 2) {
    return { pages: [{ lines: [...lines], header: readPageHeader(lines), site: null }], published: null }
  }
  const pages: Page[] = []
  let pending: string[] = []
  for (const [i, section] of sections.entries()) {
    if (isPage[i]) {
      pages.push({ lines: section, header: headers[i]!, site: pending.map((l) => HOST.exec(l)?.[0]).find((h) => h !== undefined)?.toLowerCase() ?? null })
      pending = []
    } else pending.push(...section)
  }
  return { pages, published: preambleDate(sections.slice(0, isPage.indexOf(true)).flat()) }
}

function looksLikePage(section: readonly string[], header: PageHeader): boolean {
  return (
    header.title !== null &&
    section.filter((l) => looksLikeBody(normalizeLine(l))).length >= MIN_PARAGRAPHS &&
    findDates(section.join('\n').slice(0, DATE_REACH)).length > 0
  )
}

function preambleDate(lines: readonly string[]): string | null {
  for (const line of lines) {
    const match = matchBoilerplate(normalizeLine(line))
    if (match?.rule.kind === 'published' && match.date !== null) return match.date
  }
  return null
}
