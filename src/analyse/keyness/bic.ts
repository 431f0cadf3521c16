import type { Counts } from './counts.js'
import { g2 } from './g2.js'

/**
 * Bayesian Information Criterion approximation of the Bayes factor for a difference:
 * BIC = G² − df · ln N with df = 1 and N = totalA + totalB (Wilson 2013, "Embracing Bayes
 * factors for key item analysis in corpus linguistics"). Unsigned: read the direction from
 * G² or the log ratio. Wilson's scale: < 0 no evidence, 0–2 not worth more than a mention,
 * 2–6 positive, 6–10 strong, > 10 very strong evidence. 0 when either corpus is empty.
 */
export function bic(counts: Counts): number {
  const n = counts.totalA + counts.totalB
  if (counts.totalA <= 0 || counts.totalB <= 0) return 0
  return Math.abs(g2(counts)) - Math.log(n)
}
