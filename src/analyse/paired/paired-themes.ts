import type { Comparison, PairedThemeStat } from '../../types.js'
import { holm } from './holm.js'
import { mcnemarExact } from './mcnemar.js'

/**
 * For each theme, across all paired events: in how many both sides mention it, ru only, cn only,
 * neither; McNemar's exact test of ru-only against cn-only, and Holm's correction across the
 * themes that have at least one discordant pair (a theme never mentioned by one side alone is not
 * a test: p = pHolm = 1). Rows in the order of `themeIds`.
 */
export function pairedThemeStats(themeIds: readonly string[], comparisons: readonly Comparison[]): PairedThemeStat[] {
  const rows: PairedThemeStat[] = themeIds.map((theme) => {
    let both = 0
    let ruOnly = 0
    let cnOnly = 0
    for (const comparison of comparisons) {
      const t = comparison.themes.find((x) => x.theme === theme)
      const ru = (t?.ru.count ?? 0) > 0
      const cn = (t?.cn.count ?? 0) > 0
      if (ru && cn) both++
      else if (ru) ruOnly++
      else if (cn) cnOnly++
    }
    const neither = comparisons.length - both - ruOnly - cnOnly
    return { theme, both, ruOnly, cnOnly, neither, p: mcnemarExact(ruOnly, cnOnly), pHolm: 1 }
  })
  const tested = rows.filter((r) => r.ruOnly + r.cnOnly > 0)
  holm(tested.map((r) => r.p)).forEach((p, i) => {
    const row = tested[i]
    if (row !== undefined) row.pHolm = p
  })
  return rows
}
