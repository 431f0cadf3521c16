import type { Counts } from './counts.js'

/** O · ln(O / E), with the limit 0 for O = 0. */
function term(observed: number, expected: number): number {
  return observed > 0 && expected > 0 ? observed * Math.log(observed / expected) : 0
}

/**
 * Signed log-likelihood G² over the full 2×2 table (the 4-term form):
 * G² = 2 Σ O·ln(O/E) over the cells a, b, totalA − a, totalB − b, with E from the margins.
 * Positive when the term is relatively more frequent in A, negative when in B.
 * Rayson & Garside (2000), "Comparing corpora using frequency profiling"; Evert (2023),
 * "Measuring keyness", which recommends the 4-term over the 2-term form.
 * Returns 0 (no evidence) when either corpus is empty or the term occurs in neither.
 */
export function g2({ a, b, totalA, totalB }: Counts): number {
  const n = totalA + totalB
  const k = a + b
  if (totalA <= 0 || totalB <= 0 || k <= 0 || k >= n) return 0
  const c = totalA - a
  const d = totalB - b
  const g =
    2 *
    (term(a, (totalA * k) / n) +
      term(b, (totalB * k) / n) +
      term(c, (totalA * (n - k)) / n) +
      term(d, (totalB * (n - k)) / n))
  const value = Math.max(0, g)
  return a / totalA >= b / totalB ? value : -value
}
