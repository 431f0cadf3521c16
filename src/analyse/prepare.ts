import type { Account, Lexicon, Side, ThemeHit } from '../types.js'
import { compileLexicon, type CompiledLexicon } from './compile-lexicon.js'
import { countAccountTerms, emptySideCounts, type SideCounts } from './term-counts.js'
import { findThemeHits } from './theme-hits.js'

/**
 * The part of the analysis that reads one account at a time, made while the accounts are loaded so
 * that every loading thread does its share: theme hits and size of each account, and the word counts
 * of each side (with `termCountDefaults`). `analyse` takes it instead of reading every account again.
 */
export interface PreparedAnalysis {
  /** `lexiconKey` of the lexicon the hits were found with: `analyse` uses them only for that lexicon. */
  lexicon: string
  /** Theme hits by account id. */
  hits: Map<string, ThemeHit[]>
  /** Tokens (all words) by account id. */
  tokens: Map<string, number>
  /** Word counts per side. */
  terms: Record<Side, SideCounts>
}

/** What one account gave: its theme hits and its size in tokens (its words go to the side's counts). */
export interface AccountPrepared {
  hits: ThemeHit[]
  tokens: number
}

/** A lexicon by content: a worker's copy has the key of the caller's. */
export function lexiconKey(lexicon: Lexicon): string {
  return JSON.stringify(lexicon)
}

/** Prepares accounts as they come (one per loading thread), keeping its side's word counts. */
export class AnalysisPreparer {
  readonly terms = emptySideCounts()
  private readonly compiled: CompiledLexicon

  constructor(lexicon: Lexicon) {
    this.compiled = compileLexicon(lexicon)
  }

  /** Each account's hits and size, in order; its words are added to its side's counts. */
  add(accounts: readonly Account[]): AccountPrepared[] {
    return accounts.map((account) => {
      const side = this.terms[account.side.value]
      const tokens = countAccountTerms(account, side.terms)
      side.tokens += tokens
      return { hits: findThemeHits(account, this.compiled), tokens }
    })
  }
}

/** Adds the word counts of `from` to `into`. */
export function addSideCounts(into: Record<Side, SideCounts>, from: Record<Side, SideCounts>): void {
  for (const side of ['ru', 'cn'] as const) {
    into[side].tokens += from[side].tokens
    const terms = into[side].terms
    for (const [term, n] of from[side].terms) terms.set(term, (terms.get(term) ?? 0) + n)
  }
}

/** The prepared analysis of `accounts`, given what each account gave (in the same order) and the words counted. */
export function preparedAnalysis(
  lexicon: Lexicon,
  accounts: readonly Account[],
  prepared: readonly AccountPrepared[],
  terms: Record<Side, SideCounts>,
): PreparedAnalysis {
  if (prepared.length !== accounts.length) throw new Error(`preparedAnalysis: ${prepared.length} prepared for ${accounts.length} accounts`)
  const hits = new Map<string, ThemeHit[]>()
  const tokens = new Map<string, number>()
  accounts.forEach((account, i) => {
    hits.set(account.id, prepared[i]!.hits)
    tokens.set(account.id, prepared[i]!.tokens)
  })
  return { lexicon: lexiconKey(lexicon), hits, tokens, terms }
}
