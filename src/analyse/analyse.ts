import type { Account, AlignedEvent, Analysis, Lexicon, ThemeHit } from '../types.js'
import { compareEvent, type CompareOptions } from './compare.js'
import { corpusStats, type CorpusOptions } from './corpus.js'
import { compileLexicon } from './compile-lexicon.js'
import { findThemeHits } from './theme-hits.js'
import { countTokens } from './tokenise.js'

/** Options of the analyse stage; every field is optional (see `CompareOptions` and `CorpusOptions` for defaults). */
export interface AnalyseOptions extends Omit<CompareOptions, 'hits' | 'tokens'>, Omit<CorpusOptions, 'hits'> {}

/**
 * The analyse stage: theme mentions of every account (found once), a comparison of every event
 * told by both sides (in the order of `events`), and corpus statistics.
 */
export function analyse(
  accounts: readonly Account[],
  events: readonly AlignedEvent[],
  lexicon: Lexicon,
  options: AnalyseOptions = {},
): Analysis {
  const compiled = compileLexicon(lexicon)
  const byId = new Map(accounts.map((a) => [a.id, a]))
  const hits = new Map<string, ThemeHit[]>()
  for (const account of accounts) hits.set(account.id, findThemeHits(account, compiled))
  const paired = events.filter((e) => e.ru.length > 0 && e.cn.length > 0)
  // Sizes are needed only where two sides are compared.
  const tokens = new Map<string, number>()
  for (const id of paired.flatMap((e) => [...e.ru, ...e.cn])) {
    const account = byId.get(id)
    if (account !== undefined && !tokens.has(id)) tokens.set(id, countTokens(account.text))
  }
  const comparisons = paired.map((e) => compareEvent(e, byId, compiled, { ...options, hits, tokens }))
  return { comparisons, corpus: corpusStats(accounts, events, comparisons, compiled, { ...options, hits }) }
}
