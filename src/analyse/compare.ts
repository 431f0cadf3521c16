import type {
  Account,
  AlignedEvent,
  Comparison,
  LabelChoice,
  Side,
  ThemeComparison,
  ThemeHit,
  ThemeSideStats,
} from '../types.js'
import { alignSentences, sentenceAlignDefaults, type SentenceAlignOptions } from './align-sentences.js'
import { speakerKey } from './attribution.js'
import { asCompiled, type LexiconInput } from './compile-lexicon.js'
import { omissionWeight } from './omissions.js'
import { findThemeHits } from './theme-hits.js'
import { countTokens } from './tokenise.js'

/** Options of `compareEvent`; every field is optional. */
export interface CompareOptions extends SentenceAlignOptions {
  /** List every theme of the lexicon, also those neither side mentions. @default false */
  allThemes?: boolean
  /** Theme hits already found, by account id (`analyse` passes its cache); missing ones are computed. @default none */
  hits?: ReadonlyMap<string, ThemeHit[]>
  /** Token counts already known, by account id. @default none */
  tokens?: ReadonlyMap<string, number>
}

export const compareDefaults = { ...sentenceAlignDefaults, allThemes: false } satisfies Required<
  Omit<CompareOptions, 'hits' | 'tokens'>
>

/** The account that tells a side's story most fully: the most tokens, then the smallest id. */
function fullest(ids: readonly string[], accounts: ReadonlyMap<string, Account>, tokens: (a: Account) => number): Account {
  let best: Account | undefined
  let bestTokens = -1
  for (const id of [...ids].sort()) {
    const account = accounts.get(id)
    if (account === undefined) throw new Error(`compareEvent: account '${id}' is not among the accounts given`)
    const n = tokens(account)
    if (n > bestTokens) {
      best = account
      bestTokens = n
    }
  }
  if (best === undefined) throw new Error('compareEvent: expected an event with accounts on both sides')
  return best
}

function sideStats(account: Account, hits: readonly ThemeHit[]): ThemeSideStats {
  if (hits.length === 0) return { count: 0, firstSentence: null, firstShare: null, sentenceShare: 0, speakers: {} }
  const first = hits[0] as ThemeHit
  const sentences = new Set(hits.map((h) => h.sentence))
  const speakers: Record<string, number> = {}
  const tally = new Map<string, number>()
  for (const hit of hits) {
    const key = speakerKey(account.sentences[hit.sentence]?.speaker)
    tally.set(key, (tally.get(key) ?? 0) + 1)
  }
  for (const key of [...tally.keys()].sort()) speakers[key] = tally.get(key) ?? 0
  return {
    count: hits.length,
    firstSentence: first.sentence,
    firstShare: account.text.length > 0 ? first.span[0] / account.text.length : 0,
    sentenceShare: account.sentences.length > 0 ? Math.min(1, sentences.size / account.sentences.length) : 0,
    speakers,
  }
}

/**
 * How the two sides framed one event. On each side the fullest account is compared (the most
 * tokens). Per theme: mentions, first mention, share of sentences and who said it; a theme on one
 * side only is an omission by the other, weighted (nA / (nA + nB))^k. Per family: which label each
 * side chose. Sentences are paired across sides with a word diff; the rest are `unmatched`.
 * Throws when the event lacks a side or names an account not in `accounts` (a caller's mistake).
 */
export function compareEvent(
  event: AlignedEvent,
  accounts: ReadonlyMap<string, Account>,
  lexicon: LexiconInput,
  options: CompareOptions = {},
): Comparison {
  if (event.ru.length === 0 || event.cn.length === 0) {
    throw new Error(`compareEvent: event '${event.id}' needs accounts on both sides (ru ${event.ru.length}, cn ${event.cn.length})`)
  }
  const settings = { ...compareDefaults, ...options }
  const compiled = asCompiled(lexicon)
  const tokensOf = (a: Account): number => options.tokens?.get(a.id) ?? countTokens(a.text)
  const hitsOf = (a: Account): ThemeHit[] => options.hits?.get(a.id) ?? findThemeHits(a, compiled)

  const ru = fullest(event.ru, accounts, tokensOf)
  const cn = fullest(event.cn, accounts, tokensOf)
  const ruTokens = tokensOf(ru)
  const cnTokens = tokensOf(cn)
  const ruHits = hitsOf(ru)
  const cnHits = hitsOf(cn)

  const byTheme = (hits: readonly ThemeHit[]): Map<string, ThemeHit[]> => {
    const map = new Map<string, ThemeHit[]>()
    for (const hit of hits) {
      const list = map.get(hit.theme)
      if (list === undefined) map.set(hit.theme, [hit])
      else list.push(hit)
    }
    return map
  }
  const ruByTheme = byTheme(ruHits)
  const cnByTheme = byTheme(cnHits)

  const themes: ThemeComparison[] = []
  for (const { theme } of compiled.themes) {
    const ruStats = sideStats(ru, ruByTheme.get(theme.id) ?? [])
    const cnStats = sideStats(cn, cnByTheme.get(theme.id) ?? [])
    if (!settings.allThemes && ruStats.count === 0 && cnStats.count === 0) continue
    const onlyIn: Side | null = ruStats.count > 0 && cnStats.count === 0 ? 'ru' : cnStats.count > 0 && ruStats.count === 0 ? 'cn' : null
    const omissionP =
      onlyIn === 'ru'
        ? omissionWeight(ruTokens, cnTokens, ruStats.count)
        : onlyIn === 'cn'
          ? omissionWeight(cnTokens, ruTokens, cnStats.count)
          : null
    themes.push({ theme: theme.id, label: theme.label, family: theme.family ?? null, ru: ruStats, cn: cnStats, onlyIn, omissionP })
  }

  const { aligned, unmatched } = alignSentences(ru, cn, settings)
  return {
    eventId: event.id,
    ruAccount: ru.id,
    cnAccount: cn.id,
    ruTokens,
    cnTokens,
    lengthRatio: cnTokens > 0 ? ruTokens / cnTokens : 0,
    themes,
    labelChoices: labelChoices(themes, compiled.lexicon.families),
    aligned,
    unmatched,
    hits: { ru: ruHits, cn: cnHits },
  }
}

/**
 * For each family that either side uses, the labels (theme ids) each side chose, most mentioned
 * first, ties in lexicon order: "Global South" (cn) against "Global Majority" (ru).
 */
export function labelChoices(themes: readonly ThemeComparison[], families: Readonly<Record<string, string>>): LabelChoice[] {
  const choices: LabelChoice[] = []
  const familyIds = [...new Set(themes.map((t) => t.family).filter((f): f is string => f !== null))]
  for (const family of familyIds) {
    const members = themes.filter((t) => t.family === family)
    const used = (side: Side): string[] =>
      members
        .map((t, order) => ({ id: t.theme, count: t[side].count, order }))
        .filter((m) => m.count > 0)
        .sort((x, y) => y.count - x.count || x.order - y.order)
        .map((m) => m.id)
    const ru = used('ru')
    const cn = used('cn')
    if (ru.length === 0 && cn.length === 0) continue
    choices.push({ family, familyLabel: families[family] ?? family, ru, cn })
  }
  return choices
}
