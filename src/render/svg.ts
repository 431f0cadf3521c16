import { escapeHtml, literalHtml, type SafeHtml } from './escape.js'
import { fixed } from './format.js'
import type { TermRow } from '../types.js'

const WIDTH = 880
const PANEL = 430
const LABEL = 150
const BAR = 210
const ROW = 20
const HEAD = 30
const MAX_LABEL_CHARS = 22

/** Terms each side over-uses (LRC > 0 for ru, LRC < 0 for cn), strongest first, ties by G² then term. */
export function topKeyTerms(rows: readonly TermRow[], top: number): { ru: TermRow[]; cn: TermRow[] } {
  const strength = (r: TermRow): number => Math.abs(r.lrc ?? 0)
  const order = (a: TermRow, b: TermRow): number =>
    strength(b) - strength(a) || Math.abs(b.g2 ?? 0) - Math.abs(a.g2 ?? 0) || compareText(a.term, b.term)
  const finite = rows.filter((r) => Number.isFinite(r.lrc ?? NaN))
  return {
    ru: finite.filter((r) => (r.lrc ?? 0) > 0).sort(order).slice(0, top),
    cn: finite.filter((r) => (r.lrc ?? 0) < 0).sort(order).slice(0, top),
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function shorten(term: string): string {
  const chars = [...term]
  return chars.length > MAX_LABEL_CHARS ? `${chars.slice(0, MAX_LABEL_CHARS - 1).join('')}…` : term
}

/**
 * A two-panel bar chart of keyness: ru's over-used terms on the left, cn's on the right, bar length
 * = |LRC| on one shared scale. ru bars are solid, cn bars hatched, and each panel is titled, so the
 * chart reads without colour. Terms are escaped; every other value is a number the code formatted.
 */
export function keynessChart(rows: readonly TermRow[], top: number): SafeHtml {
  const { ru, cn } = topKeyTerms(rows, top)
  const lines = Math.max(ru.length, cn.length, 1)
  const height = HEAD + lines * ROW + 10
  const max = Math.max(...ru.map((r) => Math.abs(r.lrc ?? 0)), ...cn.map((r) => Math.abs(r.lrc ?? 0)), 1e-9)

  const panel = (side: 'ru' | 'cn', terms: TermRow[], x0: number): string => {
    const title = side === 'ru' ? 'ru over-uses (LRC > 0)' : 'cn over-uses (|LRC|, LRC < 0)'
    let out = `<text class="panel-title" x="${x0}" y="16">${escapeHtml(title)}</text>`
    if (terms.length === 0) {
      out += `<text class="empty" x="${x0}" y="${HEAD + 14}">no term passes the LRC test</text>`
    }
    terms.forEach((r, i) => {
      const y = HEAD + i * ROW
      const value = Math.abs(r.lrc ?? 0)
      const w = Math.max(1, Math.round((value / max) * BAR))
      const tip = `${r.term}: LRC ${fixed(r.lrc, 2)}, G² ${fixed(r.g2, 1)}, ru ${r.ru}, cn ${r.cn}`
      out +=
        `<g><title>${escapeHtml(tip)}</title>` +
        `<text class="term" x="${x0 + LABEL - 6}" y="${y + 14}" text-anchor="end">${escapeHtml(shorten(r.term))}</text>` +
        `<rect class="bar-${side}" x="${x0 + LABEL}" y="${y + 3}" width="${w}" height="${ROW - 6}"/>` +
        `<text class="num" x="${x0 + LABEL + w + 4}" y="${y + 14}">${fixed(value, 2)}</text></g>`
    })
    return out
  }

  const label = `Keyness: top ${ru.length} terms over-used by ru and top ${cn.length} by cn, by Conservative Log Ratio`
  return literalHtml(
    `<svg class="chart" role="img" aria-label="${escapeHtml(label)}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" xmlns="http://www.w3.org/2000/svg">` +
      `<defs><pattern id="hatch-cn" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
      `<rect width="6" height="6" fill="#f3e6d6"/><line x1="0" y1="0" x2="0" y2="6" stroke="#9a5b24" stroke-width="3"/></pattern></defs>` +
      `<title>${escapeHtml(label)}</title>` +
      panel('ru', ru, 0) +
      panel('cn', cn, PANEL + 20) +
      `</svg>`,
  )
}

