import type { SegmentedAccount } from '../types.js'
import { peopleGazetteer } from './gazetteer.js'
import { accountHead } from './head.js'

/**
 * The people taking part, as canonical gazetteer names in order of first mention: everyone named
 * in the head (headline and lede, see head.ts), then `labelled`: anyone who speaks under a name label
 * ("💬 President Putin:", "Sergey Lavrov:"), as `speakersOf` finds them.
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
  for (const part of accountHead(account)) for (const m of peopleGazetteer().find(part.text)) add(m.entry.name)
  for (const name of labelled) add(name)
  return names
}
