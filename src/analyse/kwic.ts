import type { Account, Span } from '../types.js'
import { asCompiled, compileLexicon, type LexiconInput, variantProblem } from './compile-lexicon.js'
import { scanThemes, sentenceAt } from './theme-hits.js'

/** One keyword-in-context line. */
export interface KwicLine {
  account: string
  /** Index into the account's `sentences`. */
  sentence: number
  /** The match in `Account.text`. */
  span: Span
  /** Up to `width` characters before the match, whitespace collapsed to single spaces. */
  left: string
  match: string
  /** Up to `width` characters after the match, whitespace collapsed to single spaces. */
  right: string
}

/** Options of `kwic`; every field is optional. */
export interface KwicOptions {
  /** Characters of context on each side. @default 60 */
  width?: number
}

export const kwicDefaults = { width: 60 } satisfies Required<KwicOptions>

const squash = (s: string): string => s.replace(/\s+/g, ' ')

/**
 * Keyword in context: every mention of a theme (when `query` is a theme id of the lexicon) or of a
 * term (otherwise: a phrase matched like a lexicon variant — case-insensitive whole words — or a
 * `/regex/flags`), in account order, then by position. Throws on an invalid query pattern.
 */
export function kwic(accounts: readonly Account[], query: string, lexicon: LexiconInput, options: KwicOptions = {}): KwicLine[] {
  const { width } = { ...kwicDefaults, ...options }
  let compiled = asCompiled(lexicon)
  let index = compiled.themes.findIndex((t) => t.theme.id === query)
  if (index < 0) {
    const problem = variantProblem(query)
    if (problem !== null) throw new Error(`kwic: ${problem}`)
    compiled = compileLexicon({ families: {}, themes: [{ id: 'query', label: query, variants: [query] }] })
    index = 0
  }
  const lines: KwicLine[] = []
  for (const account of accounts) {
    for (const span of scanThemes(account.text, compiled, index)[index] ?? []) {
      const [start, end] = span
      lines.push({
        account: account.id,
        sentence: sentenceAt(account.sentences, start),
        span,
        left: squash(account.text.slice(Math.max(0, start - width), start)).slice(-width),
        match: squash(account.text.slice(start, end)),
        right: squash(account.text.slice(end, end + width)).slice(0, width),
      })
    }
  }
  return lines
}
