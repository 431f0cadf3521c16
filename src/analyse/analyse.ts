import type { Account, AlignedEvent, Analysis, Lexicon, ThemeHit } from '../types.js'
import { compareEvent, type CompareOptions } from './compare.js'
import { corpusStats, type CorpusOptions } from './corpus.js'
import { compileLexicon } from './compile-lexicon.js'
import { lexiconKey, type PreparedAnalysis } from './prepare.js'
import { termCountDefaults } from './term-counts.js'
import { findThemeHits } from './theme-hits.js'
import { countTokens } from './tokenise.js'

/** Options of the analyse stage; every field is optional (see `CompareOptions` and `CorpusOptions` for defaults). */
export interface AnalyseOptions extends Omit<CompareOptions, 'hits' | 'tokens'>, Omit<CorpusOptions, 'hits' | 'terms'> {
  /**
   * Hits, sizes and word counts made while loading (`prepareAnalysis`): used when they were made with
   * this lexicon (hits, sizes) and the default term options (word counts), else found again. @default none
   */
  prepared?: PreparedAnalysis
}

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
  const { prepared: made, ...settings } = options
  const compiled = compileLexicon(lexicon)
  const byId = new Map(accounts.map((a) => [a.id, a]))
  // Made for these very accounts (not a subset or others), and hits with this lexicon.
  const prepared = made !== undefined && made.tokens.size === accounts.length && accounts.every((a) => made.tokens.has(a.id)) ? made : undefined
  const preparedHits = prepared !== undefined && prepared.lexicon === lexiconKey(lexicon) ? prepared.hits : undefined
  const hits: ReadonlyMap<string, ThemeHit[]> = preparedHits ?? new Map(accounts.map((a) => [a.id, findThemeHits(a, compiled)]))
  const paired = events.filter((e) => e.ru.length > 0 && e.cn.length > 0)
  // Sizes are needed only where two sides are compared.
  const tokens = new Map<string, number>()
  for (const id of paired.flatMap((e) => [...e.ru, ...e.cn])) {
    const account = byId.get(id)
    if (account !== undefined && !tokens.has(id)) tokens.set(id, prepared?.tokens.get(id) ?? countTokens(account.text))
  }
  const comparisons = paired.map((e) => compareEvent(e, byId, compiled, { ...settings, hits, tokens }))
  const countedAsAsked =
    (settings.ngram ?? termCountDefaults.ngram) === termCountDefaults.ngram &&
    (settings.stopWords ?? termCountDefaults.stopWords) === termCountDefaults.stopWords &&
    (settings.normalise ?? termCountDefaults.normalise) === termCountDefaults.normalise
  const terms = prepared !== undefined && countedAsAsked ? { terms: prepared.terms } : {}
  return { comparisons, corpus: corpusStats(accounts, events, comparisons, compiled, { ...settings, hits, ...terms }) }
}
