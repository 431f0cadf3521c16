import { betaQuantile, incompleteBeta } from './beta.js'
import type { Counts } from './counts.js'

/**
 * Conservative Log Ratio (LRC): the bound of a confidence interval for the Log Ratio that lies
 * nearest to 0, or 0 when the interval contains 0 (the difference is not significant).
 * Hardie (2014), "Log Ratio – an informal introduction"; Evert (2022), "Measuring keyness",
 * and its implementation in CQPweb/SIGIL: conditioned on the a + b occurrences of the term, the
 * share π = a / (a + b) that falls in A is binomial; its exact Clopper–Pearson interval at
 * confidence 1 − alpha / tests (Bonferroni over the terms tested) is turned into Log Ratio bounds by
 * LR(π) = log2(π / (1 − π) · totalB / totalA). Always finite: with a = 0 only the upper bound can
 * be the answer, and it is below 1; with b = 0 only the lower one, and it is above 0.
 * 0 when either corpus is empty or the term occurs in neither.
 */
export function lrc({ a, b, totalA, totalB }: Counts, tests = 1, alpha = 0.05): number {
  const k = a + b
  if (totalA <= 0 || totalB <= 0 || k <= 0) return 0
  const level = alpha / Math.max(1, tests) / 2
  const p0 = totalA / (totalA + totalB)
  const lr = (p: number): number => Math.log2((p / (1 - p)) * (totalB / totalA))
  // The lower bound exceeds p0 exactly when P(X ≥ a | p0) < level, the upper bound falls below p0
  // exactly when P(X ≤ a | p0) < level: two evaluations settle most terms without inverting.
  if (a > 0 && incompleteBeta(p0, a, k - a + 1) < level) return lr(betaQuantile(level, a, k - a + 1))
  if (a < k && 1 - incompleteBeta(p0, a + 1, k - a) < level) return lr(betaQuantile(1 - level, a + 1, k - a))
  return 0
}
