import { lnGamma } from '../keyness/beta.js'

/** ln C(n, k). */
function lnChoose(n: number, k: number): number {
  return lnGamma(n + 1) - lnGamma(k + 1) - lnGamma(n - k + 1)
}

/**
 * Exact McNemar test: two-sided binomial test of the discordant pairs, b (say "mentioned by ru
 * only") against c ("by cn only"), with p = 1/2 under "no difference":
 * p = min(1, 2 · P(X ≤ min(b, c))), X ~ Bin(b + c, 1/2) (McNemar 1947; the exact form, e.g.
 * Fagerland, Lydersen & Laake 2013, "The McNemar test for binary matched-pairs data").
 * 1 when there are no discordant pairs.
 */
export function mcnemarExact(b: number, c: number): number {
  if (!(Number.isInteger(b) && Number.isInteger(c) && b >= 0 && c >= 0)) {
    throw new RangeError(`mcnemarExact: expected counts ≥ 0, got ${b}, ${c}`)
  }
  const n = b + c
  if (n === 0) return 1
  const k = Math.min(b, c)
  let tail = 0
  for (let i = 0; i <= k; i++) tail += Math.exp(lnChoose(n, i) - n * Math.LN2)
  return Math.min(1, 2 * tail)
}
