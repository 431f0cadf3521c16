import type { SegmentedAccount } from '../types.js'
import { peopleGazetteer } from './gazetteer.js'
import { accountHead, startsLine } from './head.js'
import { speakerLabel } from './speakers.js'

/**
 * The people taking part, as canonical gazetteer names in order of first mention: everyone named
 * in the head (headline and lede, see head.ts), then anyone who speaks under a name label
 * ("💬 President Putin:", "Sergey Lavrov:").
 *
 * People named only further down are context, not participants: "the talks between Putin and Xi
 * held on December 30" in the Lavrov–Qin Gang call (seeds/000), "the tragic death of Iranian President
 * Ebrahim Raisi" (seeds/003 post 13), "Mr Xi Jinping … re-elected" in Lavrov's remarks to Wang Yi
 * (seeds/001 post 2). Keeping them out keeps alignment from pairing on a name that was only cited.
 */
export function findParticipants(account: SegmentedAccount): string[] {
  const names: string[] = []
  const add = (name: string) => {
    if (!names.includes(name)) names.push(name)
  }
  const gazetteer = peopleGazetteer()
  for (const part of accountHead(account)) for (const m of gazetteer.find(part.text)) add(m.entry.name)
  const { text } = account
  for (const [start, end] of account.sentences) {
    if (!startsLine(text, start)) continue
    const label = speakerLabel(text.slice(start, end))
    if (label && label.kind !== 'question' && label.person) add(label.person.name)
  }
  return names
}
