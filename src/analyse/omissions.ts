/**
 * Weight of an omission under "no difference": a theme mentioned k times by side A and never by
 * side B. If both sides drew their words from one pool, each mention would fall in A with
 * probability nA / (nA + nB) (nA, nB = token counts), so all k fall in A with probability
 * (nA / (nA + nB))^k. Small values mean the silence of B is unlikely to be chance of length alone.
 * 1 when both texts are empty (no evidence).
 */
export function omissionWeight(tokensA: number, tokensB: number, k: number): number {
  const n = tokensA + tokensB
  if (n <= 0) return 1
  return (tokensA / n) ** k
}
