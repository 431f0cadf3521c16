import type { Account, SegmentedAccount } from '../types.js'
import { decideEventDates } from './event-date.js'
import { decideKind } from './kind.js'
import { findParticipants } from './participants.js'
import { decidePlace } from './place.js'
import { counterpartCountries } from './counterpart-countries.js'
import { headText } from './head-text.js'
import { speakersOf } from './speakers.js'

/**
 * Facts of the accounts of ONE input file, given in file order: event date, place, participants,
 * kind, and the speaker of each sentence. The order matters: a post that states only "June 10"
 * takes its year from its dated neighbours. Pure; linear in the size of the input. `tags` are left
 * as segment found them (tag-only lines): inline hashtags are text, counted by analyse.
 */
export function extractFacts(accounts: readonly SegmentedAccount[]): Account[] {
  const dates = decideEventDates(accounts)
  return accounts.map((account, i) => {
    const date = dates[i]!
    const { sentences: spoken, labelled } = speakersOf(account)
    const kind = decideKind(account)
    // Every field named, in one order: an object rest and spread gave each account a hidden class of
    // its own (100,000 accounts, 100,000 maps and their descriptors, and megamorphic reads downstream).
    return {
      id: account.id,
      source: account.source,
      n: account.n,
      medium: account.medium,
      side: account.side,
      title: account.title,
      text: account.text,
      sentences: spoken,
      tags: account.tags,
      published: account.published,
      publishedMonthDay: account.publishedMonthDay,
      channel: account.channel,
      copyrightYear: account.copyrightYear,
      facts: {
        date,
        place: decidePlace(account, date.value, spoken, kind.value),
        participants: findParticipants(account, labelled),
        countries: counterpartCountries(headText(account)),
        kind,
      },
    }
  })
}
