import { createRequire } from 'node:module'
import { PorterStemmer } from 'natural/lib/natural/stemmers/index.js'
import type { Span } from '../types.js'

/*
 * Words are runs of letters and digits (\p{L}, \p{N}), joined by inner apostrophes or hyphens
 * ("trust-based", "don't", "Türkiye's"): Unicode-aware, unlike natural's ASCII WordTokenizer.
 * Emoji, "#" and punctuation are not words. A hand-written scanner rather than a /\p{L}…/u regex:
 * the regex ran at ~20 MB/s, the scanner several times faster, and every stage tokenises.
 */
const POSSESSIVE = /['\u2019]s$/
const ASCII_WORD = new Uint8Array(128)
for (let c = 0; c < 128; c++) ASCII_WORD[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u
const wideWord = new Map<number, boolean>()

/** Whether the code point is a letter or a number. */
function isWordCodePoint(cp: number): boolean {
  if (cp < 128) return ASCII_WORD[cp] === 1
  let known = wideWord.get(cp)
  if (known === undefined) {
    known = LETTER_OR_NUMBER.test(String.fromCodePoint(cp))
    wideWord.set(cp, known)
  }
  return known
}

/** Apostrophes and hyphens that may join two parts of one word. */
function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2d || code === 0x2019 || code === 0x2010 || code === 0x2011
}

/** Length in UTF-16 units of the word part starting at `i`, 0 when no letter or digit starts there. */
function partLength(text: string, i: number, end: number): number {
  let j = i
  while (j < end) {
    const cp = text.codePointAt(j) ?? 0
    if (!isWordCodePoint(cp)) break
    j += cp > 0xffff ? 2 : 1
  }
  return j - i
}

/** Calls `onWord(start, end)` for each word of `text.slice(from, to)`. */
export function scanWords(text: string, onWord: (start: number, end: number) => void, from = 0, to = text.length): void {
  let i = from
  while (i < to) {
    const first = partLength(text, i, to)
    if (first === 0) {
      i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1
      continue
    }
    const start = i
    i += first
    while (i + 1 < to && isJoiner(text.charCodeAt(i))) {
      const next = partLength(text, i + 1, to)
      if (next === 0) break
      i += 1 + next
    }
    onWord(start, i)
  }
}

/** A word of a text: its span and its normalised form (lower case, ’ → ', possessive 's dropped). */
export interface Token {
  span: Span
  norm: string
}

const NEEDS_WORK = /['\u2019\u2010\u2011]/

/** Normalises one word as `tokenise` does. */
export function normaliseWord(word: string): string {
  const lower = word.toLowerCase()
  if (!NEEDS_WORK.test(lower)) return lower
  return lower.replace(/\u2019/g, "'").replace(POSSESSIVE, '').replace(/[\u2010\u2011]/g, '-')
}

const FOLD = /[\u2019\u2010\u2011]/g
const FOLDED: Record<string, string> = { '\u2019': "'", '\u2010': '-', '\u2011': '-' }

/**
 * A function giving the normalised word at a span of `text`. Lower-casing and folding the whole
 * text once, then slicing, is several times faster than normalising word by word; it is used
 * when it keeps every offset (lower-casing "İ" does not).
 */
export function wordReader(text: string): (start: number, end: number) => string {
  const folded = text.toLowerCase().replace(FOLD, (c) => FOLDED[c] ?? c)
  if (folded.length !== text.length) return (start, end) => normaliseWord(text.slice(start, end))
  return (start, end) => {
    // A possessive "'s" ends the word ("Russia's" → "russia").
    if (end - start > 2 && folded.charCodeAt(end - 1) === 0x73 && folded.charCodeAt(end - 2) === 0x27) return folded.slice(start, end - 2)
    return folded.slice(start, end)
  }
}

/** The words of `text` (or of `text.slice(start, end)`), with spans into `text`. */
export function tokenise(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = []
  const read = wordReader(text)
  scanWords(text, (s, e) => tokens.push({ span: [s, e], norm: read(s, e) }), start, end)
  return tokens
}

/** Number of words in `text`: the size measure of every per-million figure and of omission weights. */
export function countTokens(text: string): number {
  let n = 0
  scanWords(text, () => n++)
  return n
}

/*
 * Stop words: natural's English list (170 words: function words, single letters and digits),
 * loaded from its own file so the root `natural` module (slow, prints to stdout) stays unloaded.
 * Chosen over wink-nlp's list to avoid loading a language model just for a word list.
 */
const require = createRequire(import.meta.url)
const naturalStopwords = (require('natural/lib/natural/util/stopwords.js') as { words: string[] }).words

/** English stop words (natural's list), lower case. */
export const STOP_WORDS: ReadonlySet<string> = new Set(naturalStopwords)

const stems = new Map<string, string>()

/** Porter stem of a normalised word (natural's PorterStemmer), cached: vocabularies are small, corpora are not. */
export function stem(word: string): string {
  let s = stems.get(word)
  if (s === undefined) {
    s = PorterStemmer.stem(word)
    if (stems.size < 500_000) stems.set(word, s)
  }
  return s
}
