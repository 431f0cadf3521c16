import type { Account } from '../types.js'
import { isContentLine, SENTENCE_END } from './head.js'

/**
 * The head of an account: where a readout says who met whom. Counterparts are read here only; the
 * body recalls other meetings and names countries in passing ("China welcomes … including Iran").
 *
 * - Telegram: the title, i.e. the post's first line, when it is a whole sentence.
 * - Web, or a Telegram post whose first line is a headline or only flags and hashtags: the title plus the lede,
 *   the first sentence of the text after it (a dateline such as "Minsk, October 25, 2023" has no
 *   full stop, so it stays part of the lede).
 *
 * At most `maxChars` of the lede are read, cut at a space: a cut inside "Nigeria" must not leave "Niger".
 */
export function headText(account: Pick<Account, 'title' | 'text' | 'medium'>, maxChars = 400): string {
  const title = account.title.trim()
  if (account.medium === 'telegram' && isContentLine(title) && SENTENCE_END.test(title)) return title
  const body = (account.text.startsWith(account.title) ? account.text.slice(account.title.length) : account.text).trimStart()
  const lede = body.slice(0, firstSentenceEnd(body, maxChars))
  return title ? `${title}\n${lede}` : lede
}

/** Abbreviations whose full stop ends no sentence in a readout's lede ("Mr. Lavrov", "St. Petersburg"). */
const abbreviations = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Mt', 'Prof', 'Gen', 'Col', 'Lt', 'Jr', 'Sr', 'No', 'Nos', 'Art', 'Vol', 'vs', 'etc', 'approx'])

/**
 * Index just past the first sentence of `text`: a . ! or ? followed by a space or the end, unless it
 * closes an abbreviation, an initial ("U.S.", "V. Putin") or is followed by a lower-case word.
 * Past `maxChars` without one, the last space before it.
 */
export function firstSentenceEnd(text: string, maxChars: number): number {
  const limit = Math.min(text.length, maxChars)
  for (let i = 0; i < limit; i++) {
    const c = text[i]
    if (c !== '.' && c !== '!' && c !== '?') continue
    if (i + 1 < text.length && !/\s/.test(text[i + 1]!)) continue
    if (c === '.') {
      const word = /[\p{L}]+$/u.exec(text.slice(Math.max(0, i - 12), i))?.[0] ?? ''
      if (abbreviations.has(word) || /^\p{Lu}$/u.test(word)) continue
      const next = /\S/.exec(text.slice(i + 1, i + 4))?.[0]
      if (next !== undefined && /\p{Ll}/u.test(next)) continue
    }
    return i + 1
  }
  if (text.length <= maxChars) return text.length
  const space = text.lastIndexOf(' ', maxChars)
  return space > 0 ? space : maxChars
}
