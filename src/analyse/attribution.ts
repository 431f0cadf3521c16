import type { Speaker } from '../types.js'

/** Speaker key of a sentence whose speaker the text does not name (reported speech, narration). */
export const UNATTRIBUTED = 'unattributed'
/** Speaker key of a question put by a journalist ("❓", "Question:"). */
export const JOURNALIST = 'journalist'

/**
 * Who says a sentence, as one key: the canonical name of a named person, `journalist` for a
 * question, `unattributed` for the narrator or a person the gazetteer could not name. Keeps a
 * journalist's "Global South" (seeds/003, Lavrov's NTV interview) apart from the minister's words.
 */
export function speakerKey(speaker: Speaker | undefined): string {
  if (speaker === undefined) return UNATTRIBUTED
  if (speaker.role === 'journalist') return JOURNALIST
  if (speaker.role === 'person' && speaker.name !== null && speaker.name !== '') return speaker.name
  return UNATTRIBUTED
}
