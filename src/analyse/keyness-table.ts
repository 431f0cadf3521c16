import type { Side, TermRow } from '../types.js'
import { bic } from './keyness/bic.js'
import type { Counts } from './keyness/counts.js'
import { g2 } from './keyness/g2.js'
import { logRatio } from './keyness/log-ratio.js'
import { lrc } from './keyness/lrc.js'

/** Options of a keyness table; every field is optional. */
export interface KeynessOptions {
  /** Family-wise significance level of LRC, Bonferroni-corrected over the terms tested. @default 0.05 */
  alpha?: number
  /**
   * Terms seen fewer times than this on both sides together are left out and not tested (they
   * cannot reach significance, and testing them would only widen the Bonferroni correction).
   * @default 1
   */
  minFrequency?: number
  /** Keep the first N rows after sorting; `Infinity` keeps all. @default Infinity */
  top?: number
  /** Compute G², BIC, Log Ratio and LRC; without, rows are sorted by total frequency. @default true */
  keyness?: boolean
}

export const keynessDefaults = { alpha: 0.05, minFrequency: 1, top: Infinity, keyness: true } satisfies Required<KeynessOptions>

const perMillion = (count: number, total: number): number => (total > 0 ? (count / total) * 1e6 : 0)

/** Orders strings by code unit, the same on every machine (no locale). */
function byTerm(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Frequency rows of the terms of two sides, ru as corpus A and cn as corpus B: raw counts,
 * per million tokens, and keyness (G², BIC, Log Ratio, LRC; positive = over-used by ru).
 * Sorted by |LRC|, then |G²| (both descending), then term: stable and the same on every run.
 * Every number is finite, also for terms absent from one side and for an empty side.
 */
export function termRows(
  counts: Record<Side, ReadonlyMap<string, number>>,
  tokens: Record<Side, number>,
  options: KeynessOptions = {},
): TermRow[] {
  const { alpha, minFrequency, top, keyness } = { ...keynessDefaults, ...options }
  const terms = new Set([...counts.ru.keys(), ...counts.cn.keys()])
  const kept: { term: string; ru: number; cn: number }[] = []
  for (const term of terms) {
    const ru = counts.ru.get(term) ?? 0
    const cn = counts.cn.get(term) ?? 0
    if (ru + cn >= minFrequency) kept.push({ term, ru, cn })
  }
  // Bonferroni over the terms actually tested: a row that neither side uses tests nothing.
  const tests = kept.filter((k) => k.ru + k.cn > 0).length
  const rows: TermRow[] = kept.map(({ term, ru, cn }) => {
    const row: TermRow = {
      term,
      ru,
      cn,
      ruPerMillion: perMillion(ru, tokens.ru),
      cnPerMillion: perMillion(cn, tokens.cn),
    }
    if (keyness) {
      const c: Counts = { a: ru, b: cn, totalA: tokens.ru, totalB: tokens.cn }
      row.g2 = finite(g2(c))
      row.bic = finite(bic(c))
      row.logRatio = finite(logRatio(c))
      row.lrc = finite(lrc(c, tests, alpha))
    }
    return row
  })
  if (keyness) {
    rows.sort(
      (x, y) =>
        Math.abs(y.lrc ?? 0) - Math.abs(x.lrc ?? 0) || Math.abs(y.g2 ?? 0) - Math.abs(x.g2 ?? 0) || byTerm(x.term, y.term),
    )
  } else {
    rows.sort((x, y) => y.ru + y.cn - (x.ru + x.cn) || byTerm(x.term, y.term))
  }
  return Number.isFinite(top) ? rows.slice(0, Math.max(0, top)) : rows
}

/** A last guard: no NaN or Infinity may reach JSON (where it would become null). */
function finite(x: number): number {
  return Number.isFinite(x) ? x : 0
}
