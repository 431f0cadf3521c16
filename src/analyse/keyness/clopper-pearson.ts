import { betaQuantile } from './beta.js'

/**
 * Exact (Clopper–Pearson 1934) two-sided confidence interval for a binomial proportion,
 * `successes` out of `trials`, at confidence 1 − alpha: the bounds are Beta quantiles,
 * lower = B(alpha/2; x, n − x + 1), upper = B(1 − alpha/2; x + 1, n − x), with 0 and 1 at the edges.
 */
export function clopperPearson(successes: number, trials: number, alpha = 0.05): readonly [lower: number, upper: number] {
  if (!(trials > 0) || successes < 0 || successes > trials) {
    throw new RangeError(`clopperPearson: expected 0 ≤ successes ≤ trials and trials > 0, got ${successes}/${trials}`)
  }
  const lower = successes === 0 ? 0 : betaQuantile(alpha / 2, successes, trials - successes + 1)
  const upper = successes === trials ? 1 : betaQuantile(1 - alpha / 2, successes + 1, trials - successes)
  return [lower, upper]
}
