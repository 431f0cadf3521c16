import type { SegmentedAccount } from '../types.js'
import { peopleGazetteer } from './gazetteer.js'
import { accountHead, type HeadPart } from './head.js'
import { titledNames } from './titled-names.js'

/**
 * The people taking part, in order of first mention: everyone named in the head (headline and lede,
 * see head.ts) — by the gazetteer, canonical, or introduced by an office the gazetteer does not know
 * ("Thai Foreign Minister Maris Sangiampongsa", see titled-names.ts), as written — then `labelled`:
 * anyone who speaks under a name label ("💬 President Putin:", "Sergey Lavrov:"), as `speakersOf` finds them.
 *
 * The few sentences right after the head add the people they say took part ("The Russian delegation
 * was led by …", "Ambassador Igor Morgulov took part in the consultations", "the Chinese leader was
 * welcomed by Deputy Prime Minister …", "Foreign ministers …,
 * including Russian Foreign Minister Sergei Lavrov, attended the meeting"): readouts of delegations and
 * multilateral meetings list them there. Other people named further down are context, not participants:
 * "the talks between Putin and Xi held on December 30" in the Lavrov–Qin Gang call (seeds/000), "the
 * tragic death of Iranian President Ebrahim Raisi" (seeds/003 post 13), "Mr Xi Jinping … re-elected" in
 * Lavrov's remarks to Wang Yi (seeds/001 post 2). Keeping them out keeps alignment from pairing on a name
 * that was only cited.
 */
export function findParticipants(account: SegmentedAccount, labelled: readonly string[]): string[] {
  const names: string[] = []
  const add = (name: string) => {
    if (!names.includes(name)) names.push(name)
  }
  const head = accountHead(account)
  for (const part of head) for (const name of namesIn(part.text)) add(name)
  for (const sentence of participationSentences(account, head)) for (const name of namesIn(sentence)) add(name)
  for (const name of labelled) add(name)
  return names
}

/** People a text names, gazetteer names canonical and others introduced by an office as written, in order. */
function namesIn(text: string): string[] {
  const known = peopleGazetteer().find(text)
  const overlapsKnown = ([start, end]: readonly [number, number]) => known.some((m) => m.span[0] < end && start < m.span[1])
  const found = [
    ...known.map((m) => ({ at: m.span[0], name: m.entry.name })),
    ...titledNames(text).flatMap((t) => (overlapsKnown(t.span) ? [] : [{ at: t.span[0], name: t.name }])),
  ]
  return found.sort((a, b) => a.at - b.at).map((f) => f.name)
}

/** How many sentences after the head may still list who took part. */
const PARTICIPATION_WINDOW = 3
const TOOK_PART =
  /\b(?:t(?:ook|ake|akes|aking) part|participated|attended|(?:was|were) (?:led|headed|welcomed|greeted|received) by|(?:headed|led) the (?:[\w-]+\s+){0,2}delegation|(?:was|were) also present|accompanied by|joined the (?:talks|meeting|consultations|conversation))\b/i

/** The sentences just after the head that say someone took part ("… attended the meeting"). */
function participationSentences(account: SegmentedAccount, head: readonly HeadPart[]): string[] {
  const end = Math.max(0, ...head.map((part) => part.span?.[1] ?? 0))
  const out: string[] = []
  let seen = 0
  for (const [start, stop] of account.sentences) {
    if (start < end) continue
    if (++seen > PARTICIPATION_WINDOW) break
    const sentence = account.text.slice(start, stop)
    if (TOOK_PART.test(sentence)) out.push(sentence)
  }
  return out
}
