import type { Counts } from './counts.js'

/** Hardie's correction: a zero frequency is replaced by this before dividing. */
export const ZERO_CORRECTION = 0.5

/**
 * Log Ratio: log2 of the ratio of the relative frequencies, (a / totalA) / (b / totalB)
 * (Hardie 2014, "Log Ratio – an informal introduction", CASS). A zero frequency on either side
 * is replaced by 0.5, so a term absent from one corpus gets a finite value. Each unit is a
 * doubling: 1 means twice as frequent in A, −1 twice as frequent in B. 0 when either corpus is
 * empty or the term occurs in neither.
 */
export function logRatio({ a, b, totalA, totalB }: Counts): number {
  if (totalA <= 0 || totalB <= 0 || a + b <= 0) return 0
  const fa = a === 0 ? ZERO_CORRECTION : a
  const fb = b === 0 ? ZERO_CORRECTION : b
  return Math.log2(fa / totalA / (fb / totalB))
}
