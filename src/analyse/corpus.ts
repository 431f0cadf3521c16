import type { Account, AlignedEvent, Comparison, CorpusStats, Side, ThemeHit } from '../types.js'
import { keynessDefaults, termRows, type KeynessOptions } from './keyness-table.js'
import { asCompiled, type LexiconInput } from './compile-lexicon.js'
import { pairedThemeStats } from './paired/paired-themes.js'
import { termCounts, termCountDefaults, themeCounts, type TermCountOptions } from './term-counts.js'

/** Options of corpus statistics; every field is optional. */
export interface CorpusOptions extends TermCountOptions, KeynessOptions {
  /** Theme hits already found, by account id. @default none (found again) */
  hits?: ReadonlyMap<string, ThemeHit[]>
}

/**
 * Corpus defaults: word keyness keeps terms seen at least 3 times (rarer ones cannot reach
 * significance after Bonferroni and only widen it) and the 500 strongest rows.
 */
export const corpusDefaults = { ...termCountDefaults, ...keynessDefaults, minFrequency: 3, top: 500 } satisfies Required<
  Omit<CorpusOptions, 'hits'>
>

/**
 * Statistics over the whole corpus, ru as corpus A and cn as corpus B: tokens per side; theme
 * frequencies and keyness (every theme, in lexicon order); word (or n-gram) keyness, sorted by
 * |LRC|; and, across the paired events in `comparisons`, McNemar's exact test per theme with
 * Holm's correction. Throws when a comparison names an event missing from `events`.
 */
export function corpusStats(
  accounts: readonly Account[],
  events: readonly AlignedEvent[],
  comparisons: readonly Comparison[],
  lexicon: LexiconInput,
  options: CorpusOptions = {},
): CorpusStats {
  const settings = { ...corpusDefaults, ...options }
  const known = new Set(events.map((e) => e.id))
  for (const c of comparisons) {
    if (!known.has(c.eventId)) throw new Error(`corpusStats: comparison of event '${c.eventId}' has no event among the events given`)
  }
  const compiled = asCompiled(lexicon)
  const words = termCounts(accounts, settings)
  const tokens: Record<Side, number> = { ru: words.ru.tokens, cn: words.cn.tokens }

  const themeIds = compiled.themes.map((t) => t.theme.id)
  const order = new Map(themeIds.map((id, i) => [id, i]))
  const themes = termRows(themeCounts(accounts, compiled, settings.hits), tokens, {
    alpha: settings.alpha,
    minFrequency: 0,
    top: Infinity,
    keyness: settings.keyness,
  }).sort((x, y) => (order.get(x.term) ?? 0) - (order.get(y.term) ?? 0))

  const keyness = termRows({ ru: words.ru.terms, cn: words.cn.terms }, tokens, settings)
  return { tokens, themes, keyness, paired: pairedThemeStats(themeIds, comparisons) }
}
