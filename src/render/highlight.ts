import { escapeHtml, literalHtml, type SafeHtml } from './escape.js'
import type { DiffPart, Side } from '../types.js'

/** A range of a sentence (0-based, end exclusive, relative to the sentence start) and the theme found there. */
export interface ThemeRange {
  start: number
  end: number
  theme: string
}

/** A range of a sentence (relative to the sentence start) holding words the other side's sentence lacks. */
export interface ChangeRange {
  start: number
  end: number
}

/**
 * The ranges of one side's sentence that the word diff marks as its own, and the text the diff
 * rebuilds for that side. The diff runs from the ru sentence to the cn sentence: ru keeps the
 * parts not `added`, and owns the `removed` ones; cn keeps the parts not `removed`, and owns the `added`.
 */
export function diffRanges(parts: readonly DiffPart[], side: Side): { text: string; ranges: ChangeRange[] } {
  let text = ''
  const ranges: ChangeRange[] = []
  for (const part of parts) {
    if (side === 'ru' ? part.added : part.removed) continue
    const own = side === 'ru' ? part.removed : part.added
    if (own && part.value.length > 0) ranges.push({ start: text.length, end: text.length + part.value.length })
    text += part.value
  }
  return { text, ranges }
}

/**
 * One sentence as HTML: escaped text, themes wrapped in `<mark title="theme-id">`, and words the
 * other side lacks wrapped in `changeTag` (`del` on the ru side, `ins` on the cn side, following the
 * ru → cn diff). Overlaps are split into flat segments so the markup always nests.
 */
export function highlightSentence(
  text: string,
  themes: readonly ThemeRange[],
  changes: readonly ChangeRange[],
  changeTag: 'ins' | 'del',
): SafeHtml {
  const clip = (n: number): number => Math.max(0, Math.min(text.length, n))
  if (themes.length === 0 && changes.length === 0) return escapeHtml(text)

  // Sweep over range starts and ends once, keeping the active themes and change count.
  interface Edge { at: number; delta: 1 | -1; theme: string | null }
  const edges: Edge[] = []
  for (const t of themes) {
    const start = clip(t.start)
    const end = clip(t.end)
    if (end > start) edges.push({ at: start, delta: 1, theme: t.theme }, { at: end, delta: -1, theme: t.theme })
  }
  for (const c of changes) {
    const start = clip(c.start)
    const end = clip(c.end)
    if (end > start) edges.push({ at: start, delta: 1, theme: null }, { at: end, delta: -1, theme: null })
  }
  edges.sort((a, b) => a.at - b.at)

  interface Segment { start: number; end: number; themes: string; changed: boolean }
  const segments: Segment[] = []
  const active = new Map<string, number>()
  let changedDepth = 0
  let key = ''
  let position = 0
  const emit = (end: number): void => {
    if (end <= position) return
    const last = segments[segments.length - 1]
    const changed = changedDepth > 0
    if (last && last.themes === key && last.changed === changed) last.end = end
    else segments.push({ start: position, end, themes: key, changed })
    position = end
  }
  for (let i = 0; i < edges.length; ) {
    const at = edges[i]!.at
    emit(at)
    for (; i < edges.length && edges[i]!.at === at; i++) {
      const e = edges[i]!
      if (e.theme === null) changedDepth += e.delta
      else {
        const n = (active.get(e.theme) ?? 0) + e.delta
        if (n > 0) active.set(e.theme, n)
        else active.delete(e.theme)
      }
    }
    key = [...active.keys()].sort().join(' ')
  }
  emit(text.length)

  let html = ''
  for (const s of segments) {
    let piece: string = escapeHtml(text.slice(s.start, s.end))
    if (s.changed) piece = `<${changeTag}>${piece}</${changeTag}>`
    if (s.themes !== '') piece = `<mark title="${escapeHtml(s.themes)}">${piece}</mark>`
    html += piece
  }
  return literalHtml(html)
}
