/**
 * Holm–Bonferroni adjusted p-values (Holm 1979, "A simple sequentially rejective multiple test
 * procedure"): sort ascending, multiply the i-th smallest (1-based) by m − i + 1, carry the running
 * maximum so the order is kept, cap at 1. Returned in the input order; rejecting where the
 * adjusted p ≤ alpha controls the family-wise error at alpha.
 */
export function holm(pValues: readonly number[]): number[] {
  const m = pValues.length
  const order = pValues.map((p, i) => [p, i] as const).sort((x, y) => x[0] - y[0] || x[1] - y[1])
  const adjusted = new Array<number>(m).fill(1)
  let running = 0
  order.forEach(([p, index], rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p))
    adjusted[index] = running
  })
  return adjusted
}
