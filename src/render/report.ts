import { accountRecord } from './records.js'
import { renderIndexHtml, renderListHtml, renderPairHtml } from './html.js'
import { jsonChunks, MappedArray } from './json-chunks.js'
import { formatTermTable } from './term-table.js'
import { compareAccountIds, streamViewModel, type ReportInput, type ReportOptions } from './view-model.js'
import type { AlignedEvent } from '../types.js'

/** One file of a report: a path relative to the report folder (always `/`-separated) and its text. */
export interface ReportFile {
  path: string
  content: string
}

/** A file of a report as `reportFiles` gives it: its text whole, or in pieces to write one after another. */
export interface ReportFileStream {
  path: string
  content: string | Iterable<string>
}

/**
 * Every file of a report, in the order they should be written: list pages, `pairs/*.html`,
 * `data.json`, `terms.csv`, then `index.html` (last, so that it never links to a page not yet
 * written). Built one file at a time as they are asked for, so a writer holds one page at once.
 * Pure: reads only the templates, so the same input gives byte-identical files.
 */
export function* reportFiles(input: ReportInput, options: ReportOptions = {}): Generator<ReportFileStream> {
  const vm = streamViewModel(input, options)
  for (const page of vm.lists) yield { path: page.file, content: renderListHtml(page) }
  for (const page of vm.pairs()) yield { path: page.file, content: renderPairHtml(page) }
  yield { path: 'data.json', content: dataJson(reportData(input, vm.pairFiles)) }
  yield { path: 'terms.csv', content: formatTermTable(input.analysis.corpus.keyness, 'csv') }
  yield { path: vm.index.file, content: renderIndexHtml(vm.index) }
}

/** `reportFiles`, all at once, each file's text whole. */
export function renderReport(input: ReportInput, options: ReportOptions = {}): ReportFile[] {
  return [...reportFiles(input, options)].map(({ path, content }) => ({ path, content: typeof content === 'string' ? content : [...content].join('') }))
}

/** data.json in pieces (its arrays element by element), pretty-printed, with a final line break. */
function* dataJson(data: Record<string, unknown>): Generator<string> {
  yield* jsonChunks(data, jsonNumbers)
  yield '\n'
}

/**
 * The facts of a report for other tools. Accounts carry their facts and provenance but not their
 * text (the source files hold it, identified by sha256), so data.json stays proportional to the
 * number of accounts rather than to the corpus size.
 */
export function reportData(input: ReportInput, eventPages: ReadonlyMap<string, string> = new Map()): Record<string, unknown> {
  const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
  const kindOf = (e: AlignedEvent): string =>
    e.ru.length > 0 && e.cn.length > 0 ? 'paired' : e.ru.length + e.cn.length > 1 ? 'same-side' : 'single'
  return {
    format: 'parallax-report',
    version: 1,
    lexicon: input.lexiconName,
    sources: [...input.sources]
      .sort((a, b) => byText(a.path, b.path))
      .map((s) => ({ path: s.path, name: s.name, format: s.format, bytes: s.bytes, sha256: s.sha256 })),
    diagnostics: [...input.diagnostics].sort(
      (a, b) => byText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || byText(a.ruleId, b.ruleId) || byText(a.message, b.message),
    ),
    accounts: new MappedArray(
      [...input.accounts].sort((a, b) => compareAccountIds(a.id, b.id)),
      (a) => {
        const { text: _text, ...record } = accountRecord(a)
        return { ...record, sentences: a.sentences.length, characters: a.text.length }
      },
    ),
    events: new MappedArray(
      [...input.events].sort((a, b) => byText(a.id, b.id)),
      (e) => ({ ...e, kind: kindOf(e), page: eventPages.get(e.id) ?? null }),
    ),
    comparisons: new MappedArray(
      [...input.analysis.comparisons].sort((a, b) => byText(a.eventId, b.eventId)),
      (c) => ({
        eventId: c.eventId,
        ruAccount: c.ruAccount,
        cnAccount: c.cnAccount,
        ruTokens: c.ruTokens,
        cnTokens: c.cnTokens,
        lengthRatio: c.lengthRatio,
        themes: c.themes,
        labelChoices: c.labelChoices,
        aligned: c.aligned.map((s) => ({ ru: s.ru.sentence, cn: s.cn.sentence, similarity: s.similarity })),
        unmatched: c.unmatched,
      }),
    ),
    corpus: input.analysis.corpus,
  }
}

/** JSON numbers: six decimals at most, and never NaN or Infinity (those become null). */
function jsonNumbers(_key: string, value: unknown): unknown {
  if (typeof value !== 'number') return value
  if (!Number.isFinite(value)) return null
  if (Number.isInteger(value)) return value
  const r = Number(value.toFixed(6))
  return Object.is(r, -0) ? 0 : r
}
