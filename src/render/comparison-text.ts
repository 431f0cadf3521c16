import type { Account, AlignedEvent, Comparison } from '../types.js'

const percent = (share: number | null): string => (share === null ? '—' : `${Math.round(share * 100)}%`)

function sentenceText(account: Account | undefined, index: number): string {
  const span = account?.sentences[index]?.span
  return span && account ? account.text.slice(span[0], span[1]).replace(/\s+/g, ' ') : ''
}

/** One paired event's comparison as plain text, for `parallax compare`: the same facts as its report page. */
export function formatComparisonText(event: AlignedEvent, comparison: Comparison, accounts: ReadonlyMap<string, Account>): string {
  const ru = accounts.get(comparison.ruAccount)
  const cn = accounts.get(comparison.cnAccount)
  const lines: string[] = [
    `${event.id}`,
    `date ${event.date ?? 'unknown'} · place ${event.place ?? 'not stated'} · ${event.participants.join(', ') || 'no participants named'}`,
    `ru ${event.ru.join(', ')} · cn ${event.cn.join(', ')} · confidence ${event.confidence.toFixed(2)}`,
    ...event.reasons.map((r) => `  + ${r}`),
    ...event.against.map((r) => `  − ${r}`),
    '',
    `compared: ru ${comparison.ruAccount} (${comparison.ruTokens} words) · cn ${comparison.cnAccount} (${comparison.cnTokens} words) · length ratio ${comparison.lengthRatio.toFixed(2)}`,
    '',
    'themes (count ru / cn, first mention as share of the text, speakers):',
  ]
  for (const t of comparison.themes) {
    if (t.ru.count === 0 && t.cn.count === 0) continue
    const only = t.onlyIn ? `  only in ${t.onlyIn} (p = ${(t.omissionP ?? 1).toFixed(3)})` : ''
    const who = (s: Record<string, number>) => Object.entries(s).map(([k, n]) => `${k} ${n}`).join(', ') || '—'
    lines.push(
      `  ${t.label.padEnd(28)} ru ${String(t.ru.count).padStart(2)} (${percent(t.ru.firstShare)}; ${who(t.ru.speakers)}) · cn ${String(t.cn.count).padStart(2)} (${percent(t.cn.firstShare)}; ${who(t.cn.speakers)})${only}`,
    )
  }
  if (comparison.labelChoices.length > 0) {
    lines.push('', 'label choices:')
    for (const choice of comparison.labelChoices) {
      lines.push(`  ${choice.familyLabel}: ru ${choice.ru.join(', ') || '—'} · cn ${choice.cn.join(', ') || '—'}`)
    }
  }
  lines.push('', `aligned sentences (${comparison.aligned.length}):`)
  for (const pair of comparison.aligned) {
    lines.push(`  [${pair.similarity.toFixed(2)}] ru: ${sentenceText(ru, pair.ru.sentence)}`, `         cn: ${sentenceText(cn, pair.cn.sentence)}`)
  }
  for (const side of ['ru', 'cn'] as const) {
    const account = side === 'ru' ? ru : cn
    const other = side === 'ru' ? 'cn' : 'ru'
    lines.push('', `${side} sentences with no counterpart in ${other} (${comparison.unmatched[side].length}):`)
    for (const i of comparison.unmatched[side]) lines.push(`  ${sentenceText(account, i)}`)
  }
  return `${lines.join('\n')}\n`
}
