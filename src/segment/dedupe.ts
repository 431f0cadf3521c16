import type { Span } from '../types.js'

/**
 * Lines and sentences compare ignoring case and the kind of apostrophe or quote ("Lavrov’s" = "Lavrov's").
 * Spaces are already normalised and leading emoji gone; copies in the seeds are otherwise identical, and
 * a key built by replacing every non-letter would cost ten times as much on a large corpus.
 */
export function dedupeKey(s: string): string {
  return s.toLowerCase().replace(/[’‘`´]/g, "'").replace(/[“”«»„]/g, '"')
}

const HAS_WORD = /[\p{L}\p{N}]/u

/**
 * Keeps the first occurrence of every line. Telegram shows a post's body twice, a preview and then the
 * full text after "Read in full" or the hashtags, the second copy sometimes without the first line
 * (seeds 001, 003). A line without letters or digits ("<...>") is kept with the copy it belongs to:
 * kept after a kept line, dropped after a repeated one.
 */
export function dedupeLines(lines: readonly string[]): string[] {
  const seen = new Set<string>()
  const kept: string[] = []
  let lastKept = true
  for (const line of lines) {
    if (!HAS_WORD.test(line)) {
      if (lastKept) kept.push(line)
      continue
    }
    const key = dedupeKey(line)
    lastKept = !seen.has(key)
    if (lastKept) {
      seen.add(key)
      kept.push(line)
    }
  }
  return kept
}

/**
 * The text without sentences that repeat an earlier one, or null when none repeats. Catches copies that
 * line dedupe misses, where the preview joined or split paragraphs differently from the full text.
 */
export function dropRepeatedSentences(text: string, spans: readonly Span[]): string | null {
  const seen = new Set<string>()
  const cuts: Span[] = []
  for (const span of spans) {
    const sentence = text.slice(span[0], span[1])
    if (!HAS_WORD.test(sentence)) continue
    const key = dedupeKey(sentence)
    if (seen.has(key)) cuts.push(span)
    else seen.add(key)
  }
  if (cuts.length === 0) return null
  let out = ''
  let at = 0
  for (const [start, end] of cuts) {
    out += text.slice(at, start)
    at = end
  }
  out += text.slice(at)
  return out
    .split('\n')
    .map((l) => l.replace(/ {2,}/g, ' ').trim())
    .filter((l) => l.length > 0)
    .join('\n')
}
