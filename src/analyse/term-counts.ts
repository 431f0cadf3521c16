import type { Account, Side, ThemeHit } from '../types.js'
import { asCompiled, type LexiconInput } from './compile-lexicon.js'
import { findThemeHits } from './theme-hits.js'
import { scanWords, STOP_WORDS, stem, wordReader } from './tokenise.js'

/** Options of word and n-gram counting; every field is optional. */
export interface TermCountOptions {
  /** Words per term: 1 for words, 2 for bigrams, … N-grams never cross a sentence boundary. @default 1 */
  ngram?: number
  /**
   * Leave out stop words (natural's English list, see `STOP_WORDS`); an n-gram is left out when
   * it starts or ends with one, so "belt and road" stays. @default true
   */
  stopWords?: boolean
  /** `none`: the lower-cased word ("hegemonic"); `stem`: its Porter stem ("hegemon"). @default 'none' */
  normalise?: 'none' | 'stem'
}

export const termCountDefaults = { ngram: 1, stopWords: true, normalise: 'none' } satisfies Required<TermCountOptions>

/** Term frequencies of one side and its size in tokens (all words, stop words included). */
export interface SideCounts {
  terms: Map<string, number>
  tokens: number
}

/**
 * Adds the terms of one account to `into` and returns its number of tokens. Linear in the text:
 * one scan, sentence boundaries followed with a moving pointer.
 */
export function countAccountTerms(
  account: Pick<Account, 'text' | 'sentences'>,
  into: Map<string, number>,
  options: TermCountOptions = {},
): number {
  const { ngram, stopWords, normalise } = { ...termCountDefaults, ...options }
  if (!(Number.isInteger(ngram) && ngram >= 1)) throw new RangeError(`ngram: expected an integer ≥ 1, got ${ngram}`)
  const { text, sentences } = account
  const read = wordReader(text)
  if (ngram === 1) {
    // Words never cross a sentence boundary: no need to know which sentence holds each.
    let tokens = 0
    scanWords(text, (start, end) => {
      tokens++
      const word = read(start, end)
      if (stopWords && STOP_WORDS.has(word)) return
      const term = normalise === 'stem' ? stem(word) : word
      into.set(term, (into.get(term) ?? 0) + 1)
    })
    return tokens
  }
  // Segment of each word: its sentence index, or -1 - (sentences before it) between sentences.
  const words: string[] = []
  const segment: number[] = []
  let s = 0
  scanWords(text, (start, end) => {
    while (s < sentences.length && (sentences[s]?.span[1] ?? 0) <= start) s++
    const sentence = sentences[s]
    words.push(read(start, end))
    segment.push(sentence !== undefined && sentence.span[0] <= start ? s : -1 - s)
  })
  const form = normalise === 'stem' ? words.map(stem) : words
  for (let i = 0; i + ngram <= words.length; i++) {
    if (segment[i] !== segment[i + ngram - 1]) continue
    if (stopWords && (STOP_WORDS.has(words[i] ?? '') || STOP_WORDS.has(words[i + ngram - 1] ?? ''))) continue
    const term = ngram === 1 ? (form[i] ?? '') : form.slice(i, i + ngram).join(' ')
    into.set(term, (into.get(term) ?? 0) + 1)
  }
  return words.length
}

/** Word or n-gram frequencies per side over all accounts. */
export function termCounts(accounts: readonly Account[], options: TermCountOptions = {}): Record<Side, SideCounts> {
  const out: Record<Side, SideCounts> = { ru: { terms: new Map(), tokens: 0 }, cn: { terms: new Map(), tokens: 0 } }
  for (const account of accounts) {
    const side = out[account.side.value]
    side.tokens += countAccountTerms(account, side.terms, options)
  }
  return out
}

/** Theme mentions per side over all accounts, keyed by theme id (every theme present, 0 when unused). */
export function themeCounts(
  accounts: readonly Account[],
  lexicon: LexiconInput,
  hits?: ReadonlyMap<string, ThemeHit[]>,
): Record<Side, Map<string, number>> {
  const compiled = asCompiled(lexicon)
  const out: Record<Side, Map<string, number>> = { ru: new Map(), cn: new Map() }
  for (const side of ['ru', 'cn'] as const) for (const t of compiled.themes) out[side].set(t.theme.id, 0)
  for (const account of accounts) {
    const counts = out[account.side.value]
    for (const hit of hits?.get(account.id) ?? findThemeHits(account, compiled)) {
      counts.set(hit.theme, (counts.get(hit.theme) ?? 0) + 1)
    }
  }
  return out
}
