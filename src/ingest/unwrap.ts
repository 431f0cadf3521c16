import { isRuleLine, matchBoilerplate, normalizeLine, splitLines } from './lines.js'

/** How far short of the wrap width a line may stop and still be a wrapped one (the next word did not fit). */
const SLACK = 20
/** Widths a hard wrap is made at: e-mail and "print to text" 72–80, PDF copies 60–100. */
const MIN_WIDTH = 40
const MAX_WIDTH = 100
/** Lines filled to the width needed, in number and share of all lines, to call a text hard-wrapped. */
const MIN_FULL_LINES = 8
const MIN_FULL_SHARE = 0.3

/**
 * The width a text is hard-wrapped at ("pasted from a PDF", an e-mail digest), or null when it is not:
 * nearly every line stops at or before one width, and many stop just short of it. A page copied from a
 * browser has paragraphs on one line, far longer than any wrap width.
 */
export function wrapWidth(lines: readonly string[]): number | null {
  const lengths = lines.map((l) => l.trimEnd().length).filter((n) => n > 0)
  if (lengths.length < MIN_FULL_LINES) return null
  const sorted = [...lengths].sort((a, b) => a - b)
  const width = sorted[Math.floor(0.98 * (sorted.length - 1))]!
  if (width < MIN_WIDTH || width > MAX_WIDTH) return null
  const full = lengths.filter((n) => n >= width - SLACK && n <= width).length
  return full >= MIN_FULL_LINES && full >= MIN_FULL_SHARE * lengths.length ? width : null
}

const SENTENCE_END = /[.!?…。:;]["”’)]?$/

/** A line of chrome (an e-mail header, a stamp, a copyright line) is a paragraph of its own. */
const isChrome = (line: string): boolean => matchBoilerplate(normalizeLine(line)) !== null

/**
 * A hard-wrapped text with each paragraph back on one line: a line filled to the wrap width runs on into
 * the next non-blank line unless it ends a sentence (a wrap there costs nothing, and a footer such as an
 * ICP licence line stays apart from the copyright line above it) or either line is chrome ("Subject: …"
 * over "Date: …"); a shorter line, a blank one or a rule line ends the paragraph. Other texts are returned
 * as they are. Sentences and heads are read per line downstream, so a readout wrapped at 76 characters
 * would otherwise lose its lede ("Member of the Political Bureau of the CPC" | "Central Committee …").
 */
export function unwrapHardWrapped(text: string): string {
  const lines = splitLines(text)
  const width = wrapWidth(lines)
  if (width === null) return text
  const out: string[] = []
  let open: string | null = null
  for (const raw of lines) {
    const line = raw.trimEnd()
    if (isRuleLine(line)) {
      if (open !== null) out.push(open)
      out.push(line)
      open = null
      continue
    }
    if (open !== null && line.trim() !== '' && !SENTENCE_END.test(open) && !isChrome(open) && !isChrome(line)) open += ` ${line.trim()}`
    else {
      if (open !== null) out.push(open)
      open = line
    }
    if (line.length < width - SLACK) {
      out.push(open)
      open = null
    }
  }
  if (open !== null) out.push(open)
  return out.join('\n')
}
