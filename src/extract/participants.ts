import type { SegmentedAccount } from '../types.js'
import { peopleGazetteer } from './gazetteer.js'
import { accountHead } from './head.js'
import { titledNames } from './titled-names.js'

/**
 * The people taking part, in order of first mention: everyone named in the head (headline and lede,
 * see head.ts) — by the gazetteer, canonical, or introduced by an office the gazetteer does not know
 * ("Thai Foreign Minister Maris Sangiampongsa", see titled-names.ts), as written — then `labelled`:
 * anyone who speaks under a name label ("💬 President Putin:", "Sergey Lavrov:"), as `speakersOf` finds them.
 *
 * People named only further down are context, not participants: "the talks between Putin and Xi
 * held on December 30" in the Lavrov–Qin Gang call (seeds/000), "the tragic death of Iranian President
 * Ebrahim Raisi" (seeds/003 post 13), "Mr Xi Jinping … re-elected" in Lavrov's remarks to Wang Yi
 * (seeds/001 post 2). Keeping them out keeps alignment from pairing on a name that was only cited.
 */
export function findParticipants(account: SegmentedAccount, labelled: readonly string[]): string[] {
  const names: string[] = []
  const add = (name: string) => {
    if (!names.includes(name)) names.push(name)
  }
  for (const part of accountHead(account)) {
    const known = peopleGazetteer().find(part.text)
    const overlapsKnown = ([start, end]: readonly [number, number]) => known.some((m) => m.span[0] < end && start < m.span[1])
    const found = [
      ...known.map((m) => ({ at: m.span[0], name: m.entry.name })),
      ...titledNames(part.text).flatMap((t) => (overlapsKnown(t.span) ? [] : [{ at: t.span[0], name: t.name }])),
    ]
    for (const { name } of found.sort((a, b) => a.at - b.at)) add(name)
  }
  for (const name of labelled) add(name)
  return names
}
