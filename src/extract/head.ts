import type { SegmentedAccount, Span } from '../types.js'

/**
 * The head of an account: the part that says what happened (who, where, when), as opposed to the
 * body, which also recalls other events ("talks … held via videoconference on December 30, 2022").
 *
 * - Telegram: the title, i.e. the post's first line (its first content line when the title is only
 *   flags and hashtags), when it is a whole sentence. The next line often widens the scene ("The Chinese
 *   leader welcomed … ahead of President Putin's state visit", seeds/003 post 9), so it is not part of
 *   the head. A first line that is a headline ("Wang Yi Meets with Russian Foreign Minister Sergey
 *   Lavrov", "【…】", "Russian-Chinese talks") is followed by a lede, as on a web page.
 * - Web: the headline, plus the text from its start to the end of the lede, the first content
 *   sentence that ends with . ! or ? (headlines and sub-headlines have no final stop; a dateline line
 *   such as "📍 Beijing, September 2, 2025" before the lede is part of it). The sentence after the lede
 *   already reports speech ("Noting that President Vladimir Putin's recent visit…", seeds/004), so it
 *   is not part of the head.
 */
export interface HeadPart {
  /** Which part of the account: `title` or `lede`. */
  label: 'title' | 'lede'
  text: string
  /** Where `text` sits in `Account.text`, or null when the title is not part of the text. */
  span: Span | null
}

/** Letters of at least three words that are not hashtags: a line of flags and #Tags is not content. */
export function isContentLine(line: string): boolean {
  const word = /(#?)\p{L}{2,}/gu
  let words = 0
  for (let m = word.exec(line); m !== null; m = word.exec(line)) {
    if (m[1] === '#') {
      // skip the rest of the hashtag
      const rest = /^[\p{L}\p{N}_]*/u.exec(line.slice(word.lastIndex))
      word.lastIndex += rest ? rest[0].length : 0
      continue
    }
    if (++words >= 3) return true
  }
  return false
}

const BLANK = /\s/

/**
 * Whether only blanks stand between the start of its line and `at`: the same answer as
 * `text.slice(text.lastIndexOf('\n', at - 1) + 1, at).trim() === ''`, but it looks back only as far
 * as the first non-blank, not to the start of a long paragraph.
 */
export function startsLine(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i)
    if (c === 10) return true
    const blank = c < 128 ? c === 32 || (c >= 9 && c <= 13) : BLANK.test(text[i]!)
    if (!blank) return false
  }
  return true
}

/** A non-blank line of a text. */
export interface Line {
  text: string
  span: Span
  /** `isContentLine(text)`, kept so that callers do not test the line again. */
  content: boolean
}

/**
 * Non-blank lines of `text` with their spans, from the start, stopping after `maxContent` content
 * lines (see isContentLine) so that looking at an account's opening stays cheap on long texts.
 */
export function linesOf(text: string, maxContent = Infinity): Line[] {
  const out: Line[] = []
  let content = 0
  let start = 0
  while (start <= text.length && content < maxContent) {
    const nl = text.indexOf('\n', start)
    const end = nl < 0 ? text.length : nl
    const line = text.slice(start, end)
    if (line.trim() !== '') {
      const isContent = isContentLine(line)
      out.push({ text: line, span: [start, end], content: isContent })
      if (isContent) content++
    }
    if (nl < 0) break
    start = nl + 1
  }
  return out
}

function titleInText(account: SegmentedAccount): Span | null {
  const title = account.title.trim()
  if (title === '') return null
  const at = account.text.indexOf(title)
  return at >= 0 && at < 400 ? [at, at + title.length] : null
}

const LEDE_LIMIT = 1500

const heads = new WeakMap<SegmentedAccount, HeadPart[]>()

/** The head of an account (computed once per account object; the account is not modified). */
export function accountHead(account: SegmentedAccount): HeadPart[] {
  let parts = heads.get(account)
  if (parts === undefined) {
    parts = computeHead(account)
    heads.set(account, parts)
  }
  return parts
}

/** The sentence right after the lede ("In Guilin, he held talks …", "In a phone conversation with …"), or null. */
export function sentenceAfterLede(account: SegmentedAccount): string | null {
  const lede = accountHead(account).find((part) => part.label === 'lede')
  if (!lede?.span) return null
  const after = lede.span[1]
  const next = account.sentences.find(([start]) => start >= after)
  return next ? account.text.slice(next[0], next[1]) : null
}

/** How a sentence ends, as opposed to a headline: with . ! or ?, perhaps inside a closing quote or bracket. */
export const SENTENCE_END = /[.!?]["”’)]?$/

/**
 * A relative clause about a participant, up to the next comma or stop: "Xi Jinping, who has arrived in
 * Russia on a state visit", "Lavrov, who arrived in China to take part in the SCO ministerial in
 * Tianjin". It sets the scene of the event, not the event itself (kind.ts, place.ts).
 */
export const PARTICIPANT_CLAUSE = /\bwho\b[^,.;]*/g

function computeHead(account: SegmentedAccount): HeadPart[] {
  const parts: HeadPart[] = []
  const { text } = account
  let titleSpan = titleInText(account)
  const title = account.title.trim()

  if (account.medium === 'telegram') {
    const first = title !== '' && isContentLine(title) ? { text: title, span: titleSpan } : linesOf(text, 1).find((l) => l.content)
    if (first === undefined) return parts
    parts.push({ label: 'title', text: first.text, span: first.span })
    if (SENTENCE_END.test(first.text.trim())) return parts
    titleSpan = first.span
  } else if (title !== '') parts.push({ label: 'title', text: title, span: titleSpan })

  const from = titleSpan ? titleSpan[1] : 0
  const lede = account.sentences.find(([s, e]) => {
    if (s < from || e > from + LEDE_LIMIT) return false
    const t = text.slice(s, e).trim()
    return isContentLine(t) && SENTENCE_END.test(t)
  })
  const end = lede ? lede[1] : (linesOf(text.slice(from, from + LEDE_LIMIT), 1).find((l) => l.content)?.span[1] ?? 0) + from
  if (end > from) parts.push({ label: 'lede', text: text.slice(from, end), span: [from, end] })
  return parts
}
