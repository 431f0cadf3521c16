import type { SegmentedAccount } from '../types.js'
import { findDates, type DateMention } from './date-mentions.js'
import { linesOf, type Line } from './head.js'

/** A line of an account's opening, with the dates it states. */
export interface OpeningLine extends Line {
  dates: DateMention[]
}

/** How far down datelines, date cues and publication stamps are looked for. */
const OPENING_CONTENT_LINES = 6

const openings = new WeakMap<SegmentedAccount, OpeningLine[]>()

/**
 * The non-blank lines of an account's text through its sixth content line, each with its dates.
 * The date cue, the publication stamp and the dateline place all read them, so they are split and
 * searched once per account object (the account is not modified).
 */
export function accountOpening(account: SegmentedAccount): readonly OpeningLine[] {
  let lines = openings.get(account)
  if (lines === undefined) {
    // Fields spelled out: an object spread here cost as much as the date search.
    lines = linesOf(account.text, OPENING_CONTENT_LINES).map(({ text, span, content }) => ({ text, span, content, dates: findDates(text) }))
    openings.set(account, lines)
  }
  return lines
}
