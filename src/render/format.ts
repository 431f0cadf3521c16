/** Deterministic number formatting for reports: fixed decimals, no locale, no "-0", no NaN. */

/** A dash stands for a value that is not a finite number (an empty corpus, a 0/0 ratio). */
export const MISSING = '—'

export function fixed(value: number | null | undefined, decimals: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING
  const text = value.toFixed(decimals)
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text
}

/** Rounds for machine output (JSON): finite numbers only, else null; never "-0". */
export function rounded(value: number | null | undefined, decimals: number): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null
  const r = Number(value.toFixed(decimals))
  return Object.is(r, -0) ? 0 : r
}

/** A share in [0, 1] as a whole percentage: 0.123 → "12%". */
export function percent(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return MISSING
  return `${fixed(share * 100, 0)}%`
}

/** A p-value: three decimals down to 0.001, then two significant digits in exponent form ("3.1e-5"). */
export function pValue(p: number | null | undefined): string {
  if (p === null || p === undefined || !Number.isFinite(p)) return MISSING
  if (p >= 0.001) return fixed(p, 3)
  if (p === 0) return '0'
  return p.toExponential(1)
}

/** Integer with thin grouping for readability: 12345 → "12 345" (fixed, not locale-dependent). */
export function count(value: number): string {
  if (!Number.isFinite(value)) return MISSING
  const digits = Math.round(Math.abs(value)).toString()
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f')
  return value < 0 ? `-${grouped}` : grouped
}
