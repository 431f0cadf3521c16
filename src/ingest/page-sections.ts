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
 * The pages of a plain-text file that holds several, one after another, as an analyst's digest, a
 * newsletter or a file of pages pasted in turn does. A page ends at a rule line, at its footer (the lines
 * after its copyright, "All rights reserved" or licence line), where the file's first line (the site's
 * masthead) comes again, where a publication stamp follows a page's paragraphs (a stamp over the next
 * headline: "Source: Xinhua | 2014-10-14 | english.news.cn"), or where a headline over a stamp does. A
 * section is a page when it has a headline over a first paragraph, a second paragraph, and a date near
 * its top. A section of text that is no page goes on with the page before it (a transcript after a "* * *");
 * other sections that are not pages (a digest's masthead, "In this issue", an item's "Source:" line)
 * are left out, but a site they name is the next page's, and an e-mail's date above the first page is
 * the file's. A file with fewer than two pages is one page, rule lines and all: a transcript's "* * *"
 * between questions does not cut it.
 */
export function pageSections(lines: readonly string[]): PageSections {
  const sections = splitSections(lines)
  // One section, no second page: the common case skips looking for pages.
  if (sections.length === 1) return { pages: [{ lines: [...lines], header: readPageHeader(lines), site: null }], published: null }
  const headers = sections.map((section) => readPageHeader(section))
  const isPage = sections.map((section, i) => looksLikePage(section, headers[i]!))
  if (isPage.filter(Boolean).length < 2) {
    return { pages: [{ lines: [...lines], header: readPageHeader(lines), site: null }], published: null }
  }
  const pages: Page[] = []
  let pending: string[] = []
  for (const [i, section] of sections.entries()) {
    const last = pages.at(-1)
    if (isPage[i]) {
      pages.push({ lines: section, header: headers[i]!, site: pending.map((l) => HOST.exec(l)?.[0]).find((h) => h !== undefined)?.toLowerCase() ?? null })
      pending = []
    } else if (last && pending.length === 0 && section.some((l) => looksLikeBody(normalizeLine(l)))) {
      // Text after a "* * *" within a page (a kremlin.ru page's transcript under its summary) goes on with it.
      last.lines = [...last.lines, ...section]
    } else pending.push(...section)
  }
  return { pages, published: preambleDate(sections.slice(0, isPage.indexOf(true)).flat()) }
}

/** Boilerplate that closes a page: what follows it belongs to the next one. */
const PAGE_END_RULES = new Set(['copyright', 'all-rights-reserved', 'icp-licence'])
/** Body paragraphs a section must have before a page may end in it: a page's header has none. */
const BODY_BEFORE_END = MIN_PARAGRAPHS
/** How many lines under a headline its publication stamp may be. */
const STAMP_REACH = 3

/** The file cut where a page may end (see `pageSections`); whether each section is a page is decided later. */
function splitSections(lines: readonly string[]): string[][] {
  const sections: string[][] = [[]]
  const first = lines.findIndex((l) => normalizeLine(l).length > 0)
  const masthead = first >= 0 ? normalizeLine(lines[first]!) : ''
  const isMasthead = masthead.length > 0 && masthead.length <= 80 && !looksLikeBody(masthead)
  let bodies = 0
  let ended = false
  for (const [i, line] of lines.entries()) {
    if (isRuleLine(line)) {
      sections.push([])
      bodies = 0
      ended = false
      continue
    }
    const normal = normalizeLine(line)
    if (normal.length === 0) {
      sections.at(-1)!.push(line)
      continue
    }
    const body = looksLikeBody(normal)
    // Only lines after a page's paragraphs are looked at closely: a page's footer and the next page's header.
    // A footer may close a page of one paragraph (a short fmprc readout).
    const rule = !body && bodies >= 1 ? matchBoilerplate(normal)?.rule : undefined
    const closes = rule !== undefined && PAGE_END_RULES.has(rule.id)
    const opens =
      (ended && !closes) ||
      (bodies >= BODY_BEFORE_END &&
        ((isMasthead && normal === masthead) || rule?.kind === 'published' || (!body && rule === undefined && headsStampedPage(lines, i))))
    if (opens) {
      sections.push([])
      bodies = 0
      ended = false
    }
    sections.at(-1)!.push(line)
    if (body) bodies++
    if (closes) ended = true
  }
  return sections
}

/** Whether line `at` is a headline with a publication stamp in the few lines under it, before any paragraph. */
function headsStampedPage(lines: readonly string[], at: number): boolean {
  let seen = 0
  for (let i = at + 1; i < lines.length && seen < STAMP_REACH; i++) {
    const normal = normalizeLine(lines[i]!)
    if (normal.length === 0) continue
    seen++
    if (looksLikeBody(normal)) return false
    if (matchBoilerplate(normal)?.rule.kind === 'published') return true
  }
  return false
}

function looksLikePage(section: readonly string[], header: PageHeader): boolean {
  const paragraphs = section.filter((l) => looksLikeBody(normalizeLine(l))).length
  // A stamp under the headline makes a page of a single paragraph too.
  return (
    header.title !== null &&
    (paragraphs >= MIN_PARAGRAPHS || (paragraphs >= 1 && header.published !== null)) &&
    (header.published !== null || findDates(section.join('\n').slice(0, DATE_REACH)).length > 0)
  )
}

function preambleDate(lines: readonly string[]): string | null {
  for (const line of lines) {
    const match = matchBoilerplate(normalizeLine(line))
    if (match?.rule.kind === 'published' && match.date !== null) return match.date
  }
  return null
}
