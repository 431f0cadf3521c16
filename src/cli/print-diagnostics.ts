import type { Diagnostic } from '../index.js'

/** One line per diagnostic: `seeds/x.json:1:345: malformed JSON … [malformed-json]`. */
export function formatDiagnostic(d: Diagnostic): string {
  const position = d.line === undefined ? '' : `:${d.line}${d.column === undefined ? '' : `:${d.column}`}`
  const label = d.severity === 'warning' ? 'warning: ' : ''
  return `${d.file}${position}: ${label}${d.message} [${d.ruleId}]`
}

/** Sorted by file, then position, then message (vfile-sort), so runs print the same lines in the same order. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      compare(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      compare(a.message, b.message),
  )
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
