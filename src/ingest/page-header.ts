import { agencyOf, ministryOfChannel } from './decide-side.js'
import { isOtherLanguage, matchBoilerplate, normalizeLine, stripLeadingDecoration } from './lines.js'

/** What the top of a saved web page says about it. */
export interface PageHeader {
  /** The headline (normalised), or null when the page starts straight with its body. */
  title: string | null
  /** `YYYY-MM-DD` from a stamp line such as "2022-09-22 18:04" or "fmprc.gov.cn| Updated: 2024-06-10". */
  published: string | null
  /**
   * A site named by a stamp line ("fmprc.gov.cn"), or by the site's name heading the page ("Ministry of
   * Foreign Affairs of the Russian Federation", "President of Russia").
   */
  site: string | null
}

/** The heading of a table of contents: "Table of contents", "Contents", "In this issue". */
const CONTENTS = /^(?:Table\s+of\s+contents|Contents|In\s+this\s+issue)\s*:?$/i
/** How many lines other than menu items (`looksLikeLabel`) the header may hold before the body must have started. */
const MAX_HEADER_LINES = 12
/** A transcript or a letter opens with a salutation, not a headline: "President of Russia Vladimir Putin: Mr Chairman, ladies and gentlemen,", "Colleagues,". */
const SALUTATION = /^.{2,},$/u
/** How many non-blank lines in all: a site's menu copied one item per line runs to dozens (mid.ru, kremlin.ru). */
const MAX_HEADER_SCAN = 80
/** A site's name on a line of its own: a few words, no digits or sentence marks. */
const SITE_NAME = /^[\p{L}'’&-]+(?: [\p{L}'’&-]+){0,12}$/u

// A body paragraph ends like a sentence and is not a short line; headlines and page labels do not
// (seed 000: "Global South", "Press Release: …", then the headline, then "On January 9, … Qin Gang.").
// A long line is body when a sentence ends inside it: mid.ru's transcript headlines run past 200
// characters ("… remarks and answers to media questions following talks with …, Moscow, April 1, 2025").
// A long paragraph that opens a list ("… the Sides declare the following:") is body too.
export function looksLikeBody(line: string): boolean {
  return line.length >= 60 && (/[.!?。]["”’)]?$/u.test(line) || (line.length >= 200 && /[.!?。]\s|[:;]$/u.test(line)))
}

/** A rubric or kicker: a few words, no digits, no sentence end ("Global South", "Press Releases"). */
export function looksLikeLabel(line: string): boolean {
  return line.length <= 40 && line.split(' ').length <= 4 && !/[\d.!?:;,]/.test(line)
}

const MENU_GAP = /\t+| {2,}/
const MIN_MENU_ITEMS = 4

/**
 * A menu copied from a browser onto one line keeps its items apart with tabs or runs of spaces: "Russian
 * Politics & Diplomacy   World   Business & Economy   Military & Defense" (TASS), "HOME  CHINA  WORLD"
 * (China Daily). Four or more short items without sentence marks (two spaces after a full stop are not
 * a menu).
 */
export function looksLikeSpacedMenu(raw: string): boolean {
  if (!MENU_GAP.test(raw)) return false
  const items = raw.split(MENU_GAP).map((item) => item.trim()).filter((item) => item.length > 0)
  return items.length >= MIN_MENU_ITEMS && items.every((item) => item.length <= 40 && !/[.!?]/.test(item))
}

/**
 * Reads the header of a page saved as text: the lines before the first body paragraph. The headline
 * is the longest header line that is not chrome (menus, stamps, image names): shorter ones above it are
 * page labels, menu items and kickers; but where that line is a standfirst, the line just above it that
 * shares more words with the first paragraph is. Stamp lines give the publication date and site, and so
 * does a line that is only a ministry's or the Kremlin's site name.
 */
export function readPageHeader(lines: readonly string[]): PageHeader {
  let title: string | null = null
  let published: string | null = null
  let site: string | null = null
  let named: string | null = null
  let scanned = 0
  let seen = 0
  let body: string | null = null
  const candidates: string[] = []
  // A briefing's table of contents under its headline: its items are neither headline nor header lines.
  let contents: 'none' | 'open' | 'items' = 'none'
  for (const raw of lines) {
    const line = normalizeLine(raw)
    if (line.length === 0) {
      if (contents === 'items') contents = 'none'
      continue
    }
    if (CONTENTS.test(line)) {
      contents = 'open'
      continue
    }
    if (contents !== 'none') {
      contents = 'items'
      continue
    }
    if (++scanned > MAX_HEADER_SCAN) break
    if (looksLikeSpacedMenu(raw) || NUMBERED_HEADING.test(raw)) continue
    if (!looksLikeLabel(line) && ++seen > MAX_HEADER_LINES) break
    const chrome = matchBoilerplate(line)
    if (chrome) {
      if (chrome.rule.kind === 'published') {
        published ??= chrome.date
        site ??= chrome.site
      }
      continue
    }
    const label = sourceLabel(line)
    if (label) {
      site ??= label.site
      published ??= label.published
      continue
    }
    if (looksLikeBody(line) || SALUTATION.test(line)) {
      body = line
      break
    }
    const bare = stripLeadingDecoration(line)
    // The Russian or Chinese half of a bilingual masthead is neither headline nor text parallax reads.
    if (bare.length === 0 || isOtherLanguage(bare)) continue
    // A byline that is only an agency's name ("By Global Times") names the site as a masthead does.
    const name = bare.replace(/^By\s+/, '')
    if (named === null && SITE_NAME.test(name) && (ministryOfChannel(name) ?? agencyOf(name)) !== null) named = name
    else candidates.push(bare)
  }
  if (body !== null) {
    let at = -1
    candidates.forEach((c, i) => {
      if (at < 0 || c.length > candidates[at]!.length) at = i
    })
    // A standfirst under the headline can be the longer line ("Putin, Xi hold talks in Beijing" over "The
    // Russian leader arrived in China on August 31 …", TASS): the headline says what the lede says.
    const above = candidates[at - 1]
    if (above !== undefined && !looksLikeLabel(above)) {
      const lede = contentWords(body)
      const shared = (line: string) => [...contentWords(line)].filter((w) => lede.has(w)).length
      if (shared(above) > shared(candidates[at]!)) at -= 1
    }
    title = candidates[at] ?? null
  }
  return { title, published, site: site ?? named }
}

/** "[3] english.news.cn — Xinhua | 2017-11-10 19:26:02": a clipping's source line, its number optional. */
const SOURCE_LABEL = /^(?:\[\d{1,3}\]\s*)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:\s*[—–|>/-]\s*(.*))?$/i
/** "Saved from: http://www.fmprc.gov.cn/eng/…", or the address alone: where a saved page came from. */
const SAVED_FROM = /^(?:(?:(?:Saved|Retrieved|Copied|Archived)\s+from|Source|URL|Link)\s*:?\s*)?<?https?:\/\/([^/\s>]+)[^\s>]*>?$/i
const ISO_DAY = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/
/** A compiler's numbered heading over a page it copied, a tab after the number as a word processor sets it: "2.\tThe talks: Chinese account". */
const NUMBERED_HEADING = /^\s*\d{1,2}\.\t/
/** A compiler's note of where a page came from: "Source: Xinhua (english.news.cn), 22 March 2013, 23:58. Copied …". */
const SOURCE_NOTE = /^Source\s*:\s*([^,()|]{2,60}?)\s*(?:\(((?:[a-z0-9-]+\.)+[a-z]{2,})\))?\s*,\s*\S/i

/**
 * A line that names the site a page was taken from, as an analyst's clippings label each page ("[1]
 * kremlin.ru — Events — President — News", "Saved from: http://…", "Source: kremlin.ru, Transcripts,
 * published …"): the site, and the day of a stamp on the same line.
 */
function sourceLabel(line: string): { site: string; published: string | null } | null {
  const saved = SAVED_FROM.exec(line)
  if (saved) return { site: saved[1]!.replace(/^www\./i, ''), published: null }
  const note = SOURCE_NOTE.exec(line)
  if (note) return { site: note[2] ?? note[1]!, published: null }
  const m = SOURCE_LABEL.exec(line)
  if (!m) return null
  const day = ISO_DAY.exec(m[2] ?? '')
  return { site: m[1]!, published: day ? `${day[1]}-${day[2]}-${day[3]}` : null }
}

/** Lower-cased words of four letters or more: enough to tell which header line the lede repeats. */
function contentWords(line: string): Set<string> {
  return new Set(line.toLowerCase().match(/\p{L}{4,}/gu) ?? [])
}
