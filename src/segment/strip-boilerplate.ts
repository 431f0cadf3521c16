import { hasNoLatinLetter, isOtherLanguage, matchBoilerplate, normalizeLine, splitLines, stripLeadingDecoration } from '../ingest/lines.js'
import { agencyOf, ministryOfChannel } from '../ingest/decide-side.js'
import { looksLikeBody } from '../ingest/page-header.js'

/** Headings of a block of links to other pages ("Related News", "See also", "More from CGTN", "Search Trends"), not of photos or tags. */
const LINK_BLOCK = /^(?:Related|Recommended|Other|See also|Read (?:also|more)|Also read|More from|Additional materials|Search Trends|Trending|Most (?:read|popular|viewed)|Editor['’]s picks)\b/i

/** A post's lines once noise is gone, and the metadata the noise carried. */
export interface StrippedPost {
  /** Normalised lines of text, leading decoration removed, blank lines dropped. */
  lines: string[]
  /** `YYYY-MM-DD` from a stamp line ("2022-09-22 18:04"), if the post had one. */
  published: string | null
  /** A site named by a stamp line ("fmprc.gov.cn| Updated: …"). */
  site: string | null
  /** The last year of a copyright line ("© TASS 1999-2016" → 2016). */
  copyrightYear: number | null
}

const YEAR = /\b(?:19|20)\d{2}\b/g

/**
 * Drops the lines of a post that are not its text: the patterns of `src/data/boilerplate.json`
 * (reactions, "Forwarded from", "VIEW IN TELEGRAM", "Read in full", menus, "Suggest to a friend",
 * copyright, ICP licences, image file names, stamp lines) and the headlines listed under "Related News"
 * or "More from CGTN"; on a web page everything above its headline (menus, breadcrumbs and page labels
 * such as "Global South" in seed 000); and lines in another script (`isOtherLanguage`). Lines are trimmed
 * with their spaces normalised, and lose their leading emoji and bullets except the speaker marks.
 */
export function stripBoilerplate(body: string, options: { title: string | null; medium: 'telegram' | 'web' }): StrippedPost {
  let lines = splitLines(body).map(normalizeLine)
  if (options.medium === 'web' && options.title) {
    const title = normalizeLine(options.title)
    const at = lines.findIndex((l) => l === title || stripLeadingDecoration(l) === title)
    if (at > 0) lines = lines.slice(at)
  }
  let published: string | null = null
  let site: string | null = null
  let copyrightYear: number | null = null
  const kept: string[] = []
  // A Telegram post that is only a photo and its caption ("📸 … pose for a group photo in Kazan. (Xinhua/Li
  // Xueren)") tells its event in the caption: kept when nothing else is.
  const captions: string[] = []
  // Under a link block's heading, the other pages' headlines, until a paragraph of text comes back.
  let inLinks = false
  let inOtherHalf = false
  for (const line of lines) {
    if (line.length === 0) continue
    const noise = matchBoilerplate(line)
    if (noise) {
      if (noise.rule.kind === 'published') {
        published ??= noise.date
        site ??= noise.site
      }
      if (noise.rule.id === 'copyright') {
        copyrightYear ??= lastYear(line)
        site ??= publisherOf(line)
      }
      if (noise.rule.id === 'page-section-label') inLinks = LINK_BLOCK.test(line)
      if (noise.rule.id === 'photo-caption' && options.medium === 'telegram') captions.push(stripLeadingDecoration(line))
      continue
    }
    if (inLinks && !looksLikeBody(line)) continue
    inLinks = false
    const bare = stripLeadingDecoration(line)
    // The other half of a bilingual post, and the short lines that follow it in its script ("📍北京，2022年2月4日").
    const other: boolean = isOtherLanguage(bare) || (inOtherHalf && hasNoLatinLetter(bare))
    inOtherHalf = other
    if (bare.length > 0 && !other) kept.push(bare)
  }
  return { lines: kept.length === 0 ? captions : kept, published, site, copyrightYear }
}

/** "©", "Copyright", years, "All rights reserved" and an ICP licence: what a copyright line says besides its holder. */
const COPYRIGHT_WORDS = /©|\(c\)|\bcopyright\b|\b(?:19|20)\d{2}\b|all rights reserved|[\u4e00-\u9fff]ICP[^\s]*|[-–,.|]/giu

/**
 * The holder a copyright line names, when it is a ministry's site or a state news agency ("© 2023 Sputnik
 * All rights reserved", "Copyright © 2022 People's Daily Online."): the publisher of a page that names
 * no site elsewhere.
 */
function publisherOf(line: string): string | null {
  const holder = line.replace(COPYRIGHT_WORDS, ' ').replace(/\s+/g, ' ').trim()
  return holder.length > 0 && (agencyOf(holder) !== null || ministryOfChannel(holder) !== null) ? holder : null
}

function lastYear(line: string): number | null {
  const years = line.match(YEAR)
  return years ? Math.max(...years.map(Number)) : null
}
