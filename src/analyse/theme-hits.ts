import type { Account, Sentence, Span, ThemeHit } from '../types.js'
import { asCompiled, type CompiledLexicon, type LexiconInput } from './compile-lexicon.js'

/** "(" or "(#" between a name and its abbreviation: "Shanghai Cooperation Organization (SCO)", "(#SCO)". */
const OPEN_BRACKET = /^[\s\u00a0]*\(\s*#?$/
const CLOSE_BRACKET = /^\s*\)/

/**
 * Mentions of each theme in a text (indexed like `compiled.themes`), or of one theme when
 * `onlyTheme` is given: leftmost-longest within a theme, "name (ABBR)" merged into one.
 * Candidates come from one pass of the key automaton, each confirmed by its variant's sticky
 * regex; variants without a literal start are scanned in full.
 */
export function scanThemes(text: string, compiled: CompiledLexicon, onlyTheme?: number): Span[][] {
  const raw: [number, number][][] = compiled.themes.map(() => [])
  compiled.automaton.scan(text, (start, id) => {
    const t = Math.floor(id / 65536)
    if (onlyTheme !== undefined && t !== onlyTheme) return
    const variant = compiled.themes[t]?.variants[id % 65536]
    if (variant === undefined) return
    variant.sticky.lastIndex = start
    const m = variant.sticky.exec(text)
    if (m !== null && m[0].length > 0) raw[t]?.push([start, start + m[0].length])
  })
  compiled.themes.forEach((theme, t) => {
    if (onlyTheme !== undefined && t !== onlyTheme) return
    for (const variant of theme.variants) {
      const re = variant.global
      if (re === null) continue
      re.lastIndex = 0
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        if (m[0].length === 0) re.lastIndex++
        else raw[t]?.push([m.index, m.index + m[0].length])
      }
    }
  })
  return raw.map((found) => mergeSpans(text, found))
}

/** Leftmost-longest, without overlaps; a span followed by "(ABBR)" of the same theme absorbs it. */
function mergeSpans(text: string, found: [number, number][]): Span[] {
  if (found.length === 0) return []
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const kept: [number, number][] = []
  for (const span of found) {
    const last = kept.at(-1)
    if (last !== undefined && span[0] < last[1]) continue
    if (last !== undefined && OPEN_BRACKET.test(text.slice(last[1], span[0]))) {
      const close = CLOSE_BRACKET.exec(text.slice(span[1], span[1] + 8))
      if (close !== null) {
        last[1] = span[1] + close[0].length
        continue
      }
    }
    kept.push(span)
  }
  return kept
}

/** Index of the sentence that holds `offset`, else of the last sentence starting before it (0 when none). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0
  let hi = sentences.length - 1
  let best = 0
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const start = sentences[mid]?.span[0] ?? 0
    if (start <= offset) {
      best = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return best
}

/**
 * Every mention of every theme in `account.text`, sorted by position then theme order.
 * Within a theme the longest match wins and a full name followed by its abbreviation in
 * brackets is one mention; mentions of different themes may overlap ("Ukraine crisis" is
 * `ukraine`, "multipolar world order" is `multipolar` and `world-order`).
 */
export function findThemeHits(account: Pick<Account, 'text' | 'sentences'>, lexicon: LexiconInput): ThemeHit[] {
  const compiled = asCompiled(lexicon)
  const hits: (ThemeHit & { order: number })[] = []
  scanThemes(account.text, compiled).forEach((spans, order) => {
    const id = compiled.themes[order]?.theme.id ?? ''
    for (const span of spans) hits.push({ theme: id, span, sentence: sentenceAt(account.sentences, span[0]), order })
  })
  hits.sort((a, b) => a.span[0] - b.span[0] || a.order - b.order)
  return hits.map(({ theme, span, sentence }) => ({ theme, span, sentence }))
}

/** Mentions per theme id. */
export function countThemes(hits: readonly ThemeHit[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const hit of hits) counts.set(hit.theme, (counts.get(hit.theme) ?? 0) + 1)
  return counts
}
