import { diffRanges, highlightSentence, type ChangeRange, type ThemeRange } from './highlight.js'
import { keynessChart } from './svg.js'
import { count, fixed, MISSING, percent, pValue } from './format.js'
import type { SafeHtml } from './escape.js'
import type {
  Account,
  AlignedEvent,
  Analysis,
  Comparison,
  Diagnostic,
  Side,
  Source,
  TermRow,
  ThemeComparison,
  ThemeSideStats,
} from '../types.js'

/** Everything a report is made from: the plain data the pipeline produced. */
export interface ReportInput {
  sources: Source[]
  accounts: Account[]
  events: AlignedEvent[]
  analysis: Analysis
  diagnostics: Diagnostic[]
  /** How the lexicon is named in the report: "built-in" or the path the user gave (relative). */
  lexiconName: string
}

/** Layout choices of a report. */
export interface ReportOptions {
  /**
   * Most events (and most same-side groups, most lone accounts) listed on one page. Above it the
   * index keeps the summary and corpus statistics and links to one page per year (`pairs-2024.html`,
   * `pairs-2024-2.html`, …) so it stays quick to open with 10,000 events. @default 500
   */
  pageSize?: number
  /** Rows per side in the keyness table of the index. @default 40 */
  keynessRows?: number
  /** Bars per side in the keyness chart. @default 12 */
  chartTerms?: number
}

export const reportDefaults = { pageSize: 500, keynessRows: 40, chartTerms: 12 } satisfies Required<ReportOptions>

export interface LinkVm {
  href: string
  text: string
}

export interface AccountRefVm {
  id: string
  side: Side
  title: string
  file: string
  date: string
  /** "stated", "year inferred: …", … */
  dateNote: string
  place: string
  kind: string
  participants: string
}

export interface EventRowVm {
  id: string
  href: string
  date: string
  place: string
  participants: string
  confidence: string
  reasons: string[]
  against: string[]
  override: string
  ru: AccountRefVm[]
  cn: AccountRefVm[]
  /** Label choices of the compared accounts: "the developing world: ru Global Majority · cn Global South". */
  labels: string[]
}

export interface GroupVm {
  id: string
  side: Side
  date: string
  place: string
  participants: string
  confidence: string
  reasons: string[]
  against: string[]
  accounts: AccountRefVm[]
}

export interface MatrixCellVm {
  ru: string
  cn: string
  /** Heat class `h0`…`h4` per side; the numbers carry the meaning, the shade only helps the eye. */
  ruHeat: string
  cnHeat: string
  /** "ru only" / "cn only" / "". */
  only: string
}

export interface MatrixVm {
  caption: string
  themes: { id: string; label: string }[]
  rows: { label: string; href: string; sub: string; cells: MatrixCellVm[] }[]
  /** Themes no row mentions, left out of the columns. */
  unmentioned: string
  empty: boolean
}

export interface TermRowVm {
  term: string
  ru: string
  cn: string
  ruPerMillion: string
  cnPerMillion: string
  g2: string
  bic: string
  logRatio: string
  lrc: string
  /** The side that over-uses the term by LRC, or "". */
  side: string
}

export interface PairedStatVm {
  theme: string
  label: string
  both: string
  ruOnly: string
  cnOnly: string
  neither: string
  p: string
  pHolm: string
  /** "ru" / "cn" when Holm-adjusted p < 0.05, else "". */
  leaning: string
}

export interface DiagnosticVm {
  file: string
  severity: string
  ruleId: string
  where: string
  message: string
}

export interface SourceVm {
  path: string
  name: string
  format: string
  bytes: string
  sha256: string
  accounts: string
  sides: { side: string; reason: string; accounts: string }[]
  diagnostics: DiagnosticVm[]
}

export interface InputsVm {
  sources: SourceVm[]
  /** Files that produced no source (empty, binary, unreadable…), with their diagnostics. */
  rejected: { file: string; diagnostics: DiagnosticVm[] }[]
  /** Diagnostics not tied to a file (option problems). */
  other: DiagnosticVm[]
}

export interface KeynessVm {
  chartSvg: SafeHtml
  rows: TermRowVm[]
  /** How many rows the full table (terms.csv) holds. */
  total: string
  shown: string
}

export interface ListContentVm {
  events: EventRowVm[]
  matrix: MatrixVm
  groups: GroupVm[]
  unmatched: { ru: AccountRefVm[]; cn: AccountRefVm[] }
}

export interface IndexPageVm {
  file: string
  title: string
  lexiconName: string
  summary: { label: string; value: string }[]
  paginated: boolean
  /** Without pagination: every event on the index. With it: empty lists and `pages` instead. */
  content: ListContentVm
  /** With pagination: one row per page, with what it holds. */
  pages: { href: string; text: string; events: string; groups: string; ru: string; cn: string }[]
  /** With pagination: theme mentions per year. */
  yearMatrix: MatrixVm
  keyness: KeynessVm
  themeTerms: TermRowVm[]
  paired: PairedStatVm[]
  /** Inputs on the index, or null when they are on `inputs.html`. */
  inputs: InputsVm | null
  inputsHref: string
}

export interface ListPageVm {
  file: string
  title: string
  lexiconName: string
  /** Back to the index. */
  indexHref: string
  prev: LinkVm | null
  next: LinkVm | null
  content: ListContentVm | null
  inputs: InputsVm | null
}

export interface SentenceCellVm {
  side: Side
  /** Fragment id, e.g. `ru-4` (1-based). */
  anchor: string
  number: string
  html: SafeHtml
  /** Speaker label when it changes from the previous sentence of the column: "journalist", "Sergey Lavrov". */
  speaker: string
  /** "aligned", "crossed" (aligned with a sentence elsewhere), "alone" (no counterpart) or "plain". */
  state: string
  note: string
  noteHref: string
}

export interface SentenceRowVm {
  ru: SentenceCellVm | null
  cn: SentenceCellVm | null
  aligned: boolean
  similarity: string
}

export interface ThemeRowVm {
  id: string
  label: string
  family: string
  ru: string
  cn: string
  ruFirst: string
  cnFirst: string
  ruSpeakers: string
  cnSpeakers: string
  only: string
  p: string
}

export interface PairPageVm {
  file: string
  id: string
  title: string
  lexiconName: string
  indexHref: string
  listHref: string
  listText: string
  prev: LinkVm | null
  next: LinkVm | null
  date: string
  place: string
  participants: string
  kind: string
  confidence: string
  reasons: string[]
  against: string[]
  override: string
  sources: { side: string; account: string; title: string; path: string; format: string; sha256: string; compared: boolean }[]
  tokens: { ru: string; cn: string; ratio: string }
  compared: { ru: string; cn: string }
  analysed: boolean
  themes: ThemeRowVm[]
  unmentioned: string
  /**
   * `choice`: `differs` when both sides name the family with different labels, `same` when with the
   * same ones, `one-side` when only one side names it (an omission, listed below, not a choice of label).
   */
  labelChoices: { family: string; ru: string; cn: string; choice: 'differs' | 'same' | 'one-side'; note: string }[]
  omissions: { label: string; side: string; other: string; count: string; p: string }[]
  alone: { ru: string; cn: string }
  rows: SentenceRowVm[]
}

export interface ReportViewModel {
  index: IndexPageVm
  lists: ListPageVm[]
  pairs: PairPageVm[]
}

/**
 * A report's view model with the pair pages still to build, one at a time: a page's data (every
 * sentence of both accounts, its diffs) is the bulk of a report, and a writer needs only one at once.
 */
export interface StreamingViewModel {
  index: IndexPageVm
  lists: ListPageVm[]
  /** The file of each paired event's page, by event id. */
  pairFiles: ReadonlyMap<string, string>
  /** Builds the pair pages in report order; each call starts over. */
  pairs(): Generator<PairPageVm>
}

const SIDES: readonly Side[] = ['ru', 'cn']

/** Orders account ids by file prefix, then numerically by post: `003:2` before `003:12`. */
export function compareAccountIds(a: string, b: string): number {
  const [pa, na] = splitId(a)
  const [pb, nb] = splitId(b)
  return compareText(pa, pb) || na - nb || compareText(a, b)
}

function splitId(id: string): [string, number] {
  const i = id.lastIndexOf(':')
  const n = i < 0 ? NaN : Number(id.slice(i + 1))
  return Number.isInteger(n) ? [id.slice(0, i), n] : [id, 0]
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Dated first, oldest first; undated last; then by id. */
function compareDated(a: { date: string | null; id: string }, b: { date: string | null; id: string }): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1
    if (b.date === null) return -1
    return compareText(a.date, b.date)
  }
  return compareText(a.id, b.id)
}

/**
 * A file stem for an event page: the event id with anything but letters, digits, `_` and `-` turned
 * into `-`, so an id can never climb out of `pairs/` or carry markup into a URL.
 */
export function pageStem(id: string): string {
  const stem = id
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
  return stem === '' ? 'event' : stem
}

function orDash(value: string | null | undefined): string {
  return value === null || value === undefined || value === '' ? MISSING : value
}

function list(values: readonly string[]): string {
  return values.length === 0 ? MISSING : values.join(', ')
}

function yearOf(date: string | null): string {
  return date !== null && /^\d{4}/.test(date) ? date.slice(0, 4) : 'undated'
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

function heat(n: number): string {
  return n <= 0 ? 'h0' : n === 1 ? 'h1' : n === 2 ? 'h2' : n <= 4 ? 'h3' : 'h4'
}

function shareHeat(part: number, whole: number): string {
  if (part <= 0 || whole <= 0) return 'h0'
  const s = part / whole
  return s <= 0.25 ? 'h1' : s <= 0.5 ? 'h2' : s <= 0.75 ? 'h3' : 'h4'
}

/** Theme columns: families together (global-south next to global-majority), then by id. */
function themeOrder(a: { id: string; family: string | null }, b: { id: string; family: string | null }): number {
  return compareText(a.family ?? a.id, b.family ?? b.id) || compareText(a.id, b.id)
}

function dateNote(account: Account): string {
  const d = account.facts.date
  switch (d.precision) {
    case 'stated':
      return 'stated'
    case 'year-inferred':
      return `year inferred: ${d.reason}`
    case 'window':
      return d.window ? `between ${d.window[0]} and ${d.window[1]}: ${d.reason}` : `window: ${d.reason}`
    default:
      return d.reason === '' ? 'no date' : `no date: ${d.reason}`
  }
}

function accountDate(account: Account): string {
  const d = account.facts.date
  if (d.value !== null) return d.precision === 'year-inferred' ? `${d.value} (year inferred)` : d.value
  if (d.window) return `${d.window[0]} … ${d.window[1]}`
  return MISSING
}

function accountRef(account: Account): AccountRefVm {
  return {
    id: account.id,
    side: account.side.value,
    title: account.title,
    file: account.source.path,
    date: accountDate(account),
    dateNote: dateNote(account),
    place: orDash(account.facts.place.value),
    kind: account.facts.kind.value,
    participants: list(account.facts.participants),
  }
}

function diagnosticVm(d: Diagnostic): DiagnosticVm {
  const where = d.line === undefined ? '' : d.column === undefined ? `${d.line}` : `${d.line}:${d.column}`
  return { file: d.file, severity: d.severity, ruleId: d.ruleId, where, message: d.message }
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareText(a.file, b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.message, b.message)
  )
}

function termRowVm(r: TermRow): TermRowVm {
  const lrc = r.lrc ?? 0
  return {
    term: r.term,
    ru: count(r.ru),
    cn: count(r.cn),
    ruPerMillion: fixed(r.ruPerMillion, 1),
    cnPerMillion: fixed(r.cnPerMillion, 1),
    g2: fixed(r.g2, 2),
    bic: fixed(r.bic, 2),
    logRatio: fixed(r.logRatio, 2),
    lrc: fixed(r.lrc, 2),
    side: lrc > 0 ? 'ru' : lrc < 0 ? 'cn' : '',
  }
}

/** Keyness rows in report order: by |LRC|, then |G²|, then term. */
function byKeyness(a: TermRow, b: TermRow): number {
  const abs = (x: number | undefined): number => (x === undefined || !Number.isFinite(x) ? 0 : Math.abs(x))
  return abs(b.lrc) - abs(a.lrc) || abs(b.g2) - abs(a.g2) || compareText(a.term, b.term)
}

interface Context {
  input: ReportInput
  options: Required<ReportOptions>
  accounts: Map<string, Account>
  comparisons: Map<string, Comparison>
  themes: { id: string; label: string; family: string | null }[]
  themeLabels: Map<string, string>
  familyLabels: Map<string, string>
  pairFiles: Map<string, string>
}

/** Turns pipeline output into sorted, string-only page data. Pure: the same input gives equal output. */
export function buildViewModel(input: ReportInput, options: ReportOptions = {}): ReportViewModel {
  const vm = streamViewModel(input, options)
  return { index: vm.index, lists: vm.lists, pairs: [...vm.pairs()] }
}

/** `buildViewModel` with the pair pages built on demand. */
export function streamViewModel(input: ReportInput, options: ReportOptions = {}): StreamingViewModel {
  const settled = { ...reportDefaults, ...options }
  if (!Number.isInteger(settled.pageSize) || settled.pageSize < 1) {
    throw new RangeError(`expected pageSize to be a positive integer, found ${String(options.pageSize)}`)
  }
  const ctx = context(input, settled)

  const events = [...input.events].sort(compareDated)
  const paired = events.filter((e) => e.ru.length > 0 && e.cn.length > 0)
  const oneSided = events.filter((e) => e.ru.length === 0 || e.cn.length === 0)
  const groups = oneSided.filter((e) => e.ru.length + e.cn.length > 1)
  const grouped = new Set(events.flatMap((e) => [...e.ru, ...e.cn]))
  const lone = [
    ...oneSided.filter((e) => e.ru.length + e.cn.length === 1).flatMap((e) => [...e.ru, ...e.cn]),
    // Accounts no event mentions are lone too: a report must not lose an account.
    ...input.accounts.filter((a) => !grouped.has(a.id)).map((a) => a.id),
  ]
  const loneAccounts = [...new Set(lone)]
    .map((id) => ctx.accounts.get(id))
    .filter((a): a is Account => a !== undefined)
    .sort((a, b) => compareDated({ date: a.facts.date.value, id: '' }, { date: b.facts.date.value, id: '' }) || compareAccountIds(a.id, b.id))

  const paginated =
    paired.length > settled.pageSize || groups.length > settled.pageSize || loneAccounts.length > settled.pageSize
  const inputs = inputsVm(input)
  const index: IndexPageVm = {
    file: 'index.html',
    title: 'parallax report',
    lexiconName: input.lexiconName,
    summary: summary(input, paired.length, groups.length, loneAccounts),
    paginated,
    content: paginated ? emptyContent() : listContent(ctx, paired, groups, loneAccounts, ''),
    pages: [],
    yearMatrix: emptyMatrix(),
    keyness: keynessVm(input, settled),
    themeTerms: [...input.analysis.corpus.themes].sort(byKeyness).map(termRowVm),
    paired: pairedStats(ctx),
    inputs: paginated ? null : inputs,
    inputsHref: paginated ? 'inputs.html' : '#inputs',
  }

  const lists: ListPageVm[] = []
  const pageOfEvent = new Map<string, ListPageVm>()
  if (paginated) {
    const years = new Set<string>([
      ...paired.map((e) => yearOf(e.date)),
      ...groups.map((e) => yearOf(e.date)),
      ...loneAccounts.map((a) => yearOf(a.facts.date.value)),
    ])
    const sortedYears = [...years].sort((a, b) => (a === 'undated' ? 1 : b === 'undated' ? -1 : compareText(a, b)))
    for (const year of sortedYears) {
      const ev = chunk(paired.filter((e) => yearOf(e.date) === year), settled.pageSize)
      const gr = chunk(groups.filter((e) => yearOf(e.date) === year), settled.pageSize)
      const lo = chunk(loneAccounts.filter((a) => yearOf(a.facts.date.value) === year), settled.pageSize)
      const n = Math.max(ev.length, gr.length, lo.length)
      for (let k = 0; k < n; k++) {
        const file = k === 0 ? `pairs-${year}.html` : `pairs-${year}-${k + 1}.html`
        const text = n === 1 ? year : `${year} (${k + 1} of ${n})`
        const content = listContent(ctx, ev[k] ?? [], gr[k] ?? [], lo[k] ?? [], '')
        const page: ListPageVm = {
          file,
          title: `parallax report: ${text}`,
          lexiconName: input.lexiconName,
          indexHref: 'index.html',
          prev: null,
          next: null,
          content,
          inputs: null,
        }
        for (const e of ev[k] ?? []) pageOfEvent.set(e.id, page)
        lists.push(page)
        index.pages.push({
          href: file,
          text,
          events: count(ev[k]?.length ?? 0),
          groups: count(gr[k]?.length ?? 0),
          ru: count((lo[k] ?? []).filter((a) => a.side.value === 'ru').length),
          cn: count((lo[k] ?? []).filter((a) => a.side.value === 'cn').length),
        })
      }
    }
    lists.forEach((page, i) => {
      const before = lists[i - 1]
      const after = lists[i + 1]
      page.prev = before ? { href: before.file, text: before.title.replace('parallax report: ', '') } : null
      page.next = after ? { href: after.file, text: after.title.replace('parallax report: ', '') } : null
    })
    index.yearMatrix = yearMatrix(ctx, paired)
    lists.push({
      file: 'inputs.html',
      title: 'parallax report: inputs',
      lexiconName: input.lexiconName,
      indexHref: 'index.html',
      prev: null,
      next: null,
      content: null,
      inputs,
    })
  }

  function* pairs(): Generator<PairPageVm> {
    for (const [i, event] of paired.entries()) {
      const list = pageOfEvent.get(event.id)
      yield pairPage(ctx, event, {
        listHref: list ? `../${list.file}` : '../index.html#pairs',
        listText: list ? list.title.replace('parallax report: ', '') : 'all paired events',
        prev: i > 0 ? paired[i - 1]! : null,
        next: i + 1 < paired.length ? paired[i + 1]! : null,
      })
    }
  }
  return { index, lists, pairFiles: ctx.pairFiles, pairs }
}

function context(input: ReportInput, options: Required<ReportOptions>): Context {
  const accounts = new Map(input.accounts.map((a) => [a.id, a]))
  const comparisons = new Map(input.analysis.comparisons.map((c) => [c.eventId, c]))
  const themeMap = new Map<string, { id: string; label: string; family: string | null }>()
  const familyLabels = new Map<string, string>()
  for (const c of [...input.analysis.comparisons].sort((a, b) => compareText(a.eventId, b.eventId))) {
    for (const t of c.themes) if (!themeMap.has(t.theme)) themeMap.set(t.theme, { id: t.theme, label: t.label, family: t.family })
    for (const l of c.labelChoices) if (!familyLabels.has(l.family)) familyLabels.set(l.family, l.familyLabel)
  }
  for (const p of input.analysis.corpus.paired) {
    if (!themeMap.has(p.theme)) themeMap.set(p.theme, { id: p.theme, label: p.theme, family: null })
  }
  const themes = [...themeMap.values()].sort(themeOrder)
  const pairFiles = new Map<string, string>()
  const used = new Set<string>()
  for (const e of [...input.events].sort(compareDated)) {
    if (e.ru.length === 0 || e.cn.length === 0) continue
    const stem = pageStem(e.id)
    let name = stem
    for (let k = 2; used.has(name.toLowerCase()); k++) name = `${stem}-${k}`
    used.add(name.toLowerCase())
    pairFiles.set(e.id, `pairs/${name}.html`)
  }
  return {
    input,
    options,
    accounts,
    comparisons,
    themes,
    themeLabels: new Map(themes.map((t) => [t.id, t.label])),
    familyLabels,
    pairFiles,
  }
}

function emptyMatrix(): MatrixVm {
  return { caption: '', themes: [], rows: [], unmentioned: '', empty: true }
}

function emptyContent(): ListContentVm {
  return { events: [], matrix: emptyMatrix(), groups: [], unmatched: { ru: [], cn: [] } }
}

function summary(input: ReportInput, paired: number, groups: number, lone: Account[]): { label: string; value: string }[] {
  const side = (s: Side): number => input.accounts.filter((a) => a.side.value === s).length
  const rejected = rejectedFiles(input).length
  return [
    { label: 'input files read', value: count(input.sources.length) },
    { label: 'input files rejected', value: count(rejected) },
    { label: 'accounts ru / cn', value: `${count(side('ru'))} / ${count(side('cn'))}` },
    { label: 'paired events', value: count(paired) },
    { label: 'same-side groups', value: count(groups) },
    {
      label: 'unmatched accounts ru / cn',
      value: `${count(lone.filter((a) => a.side.value === 'ru').length)} / ${count(lone.filter((a) => a.side.value === 'cn').length)}`,
    },
    {
      label: 'tokens ru / cn',
      value: `${count(input.analysis.corpus.tokens.ru)} / ${count(input.analysis.corpus.tokens.cn)}`,
    },
    { label: 'lexicon', value: input.lexiconName },
  ]
}

function eventRow(ctx: Context, e: AlignedEvent, prefix: string): EventRowVm {
  const refs = (ids: string[]): AccountRefVm[] =>
    [...ids]
      .sort(compareAccountIds)
      .map((id) => ctx.accounts.get(id))
      .filter((a): a is Account => a !== undefined)
      .map(accountRef)
  return {
    id: e.id,
    href: prefix + (ctx.pairFiles.get(e.id) ?? ''),
    date: orDash(e.date),
    place: orDash(e.place),
    participants: list(e.participants),
    confidence: fixed(e.confidence, 2),
    reasons: [...e.reasons],
    against: [...e.against],
    override: e.override === 'confirmed' ? 'confirmed by analyst' : '',
    ru: refs(e.ru),
    cn: refs(e.cn),
    labels: labelChoices(ctx, ctx.comparisons.get(e.id) ?? null).map((l) => `${l.family}: ru ${l.ru} · cn ${l.cn}`),
  }
}

function labelChoices(ctx: Context, comparison: Comparison | null): PairPageVm['labelChoices'] {
  const labelOf = (ids: string[]): string =>
    ids.length === 0 ? 'none' : ids.map((id) => ctx.themeLabels.get(id) ?? id).join(' + ')
  return [...(comparison?.labelChoices ?? [])]
    .sort((a, b) => compareText(a.familyLabel, b.familyLabel) || compareText(a.family, b.family))
    .map((l) => {
      const [ru, cn] = [labelOf(l.ru), labelOf(l.cn)]
      if (l.ru.length === 0 || l.cn.length === 0) {
        return { family: l.familyLabel, ru, cn, choice: 'one-side' as const, note: `only ${l.ru.length > 0 ? 'ru' : 'cn'} names it` }
      }
      const same = [...l.ru].sort().join() === [...l.cn].sort().join()
      return same
        ? { family: l.familyLabel, ru, cn, choice: 'same' as const, note: '' }
        : { family: l.familyLabel, ru, cn, choice: 'differs' as const, note: 'different labels' }
    })
}

function groupVm(ctx: Context, e: AlignedEvent): GroupVm {
  const side: Side = e.ru.length > 0 ? 'ru' : 'cn'
  return {
    id: e.id,
    side,
    date: orDash(e.date),
    place: orDash(e.place),
    participants: list(e.participants),
    confidence: fixed(e.confidence, 2),
    reasons: [...e.reasons],
    against: [...e.against],
    accounts: [...e.ru, ...e.cn]
      .sort(compareAccountIds)
      .map((id) => ctx.accounts.get(id))
      .filter((a): a is Account => a !== undefined)
      .map(accountRef),
  }
}

function listContent(ctx: Context, paired: AlignedEvent[], groups: AlignedEvent[], lone: Account[], prefix: string): ListContentVm {
  return {
    events: paired.map((e) => eventRow(ctx, e, prefix)),
    matrix: eventMatrix(ctx, paired, prefix),
    groups: groups.map((e) => groupVm(ctx, e)),
    unmatched: {
      ru: lone.filter((a) => a.side.value === 'ru').map(accountRef),
      cn: lone.filter((a) => a.side.value === 'cn').map(accountRef),
    },
  }
}

function matrixColumns(ctx: Context, mentioned: (theme: string) => boolean): { themes: MatrixVm['themes']; unmentioned: string } {
  const used = ctx.themes.filter((t) => mentioned(t.id))
  const unused = ctx.themes.filter((t) => !mentioned(t.id))
  return {
    themes: used.map((t) => ({ id: t.id, label: t.label })),
    unmentioned: unused.map((t) => t.label).join(', '),
  }
}

function eventMatrix(ctx: Context, paired: AlignedEvent[], prefix: string): MatrixVm {
  const stats = (e: AlignedEvent): Map<string, ThemeComparison> =>
    new Map((ctx.comparisons.get(e.id)?.themes ?? []).map((t) => [t.theme, t]))
  const perEvent = paired.map((e) => ({ e, themes: stats(e) }))
  const { themes, unmentioned } = matrixColumns(ctx, (id) =>
    perEvent.some(({ themes: t }) => (t.get(id)?.ru.count ?? 0) + (t.get(id)?.cn.count ?? 0) > 0),
  )
  return {
    caption: 'Mentions of each theme in the compared accounts of each paired event: ru | cn.',
    themes,
    unmentioned,
    empty: perEvent.length === 0,
    rows: perEvent.map(({ e, themes: t }) => ({
      label: orDash(e.date),
      href: prefix + (ctx.pairFiles.get(e.id) ?? ''),
      sub: e.participants.join(', ') + (e.place ? ` · ${e.place}` : ''),
      cells: themes.map(({ id }) => {
        const c = t.get(id)
        const ru = c?.ru.count ?? 0
        const cn = c?.cn.count ?? 0
        return {
          ru: count(ru),
          cn: count(cn),
          ruHeat: heat(ru),
          cnHeat: heat(cn),
          only: c?.onlyIn ? `${c.onlyIn} only` : ru > 0 && cn === 0 ? 'ru only' : cn > 0 && ru === 0 ? 'cn only' : '',
        }
      }),
    })),
  }
}

function yearMatrix(ctx: Context, paired: AlignedEvent[]): MatrixVm {
  const byYear = new Map<string, AlignedEvent[]>()
  for (const e of paired) {
    const y = yearOf(e.date)
    byYear.set(y, [...(byYear.get(y) ?? []), e])
  }
  const mentions = (e: AlignedEvent, theme: string, side: Side): boolean =>
    (ctx.comparisons.get(e.id)?.themes.find((t) => t.theme === theme)?.[side].count ?? 0) > 0
  const years = [...byYear.keys()].sort((a, b) => (a === 'undated' ? 1 : b === 'undated' ? -1 : compareText(a, b)))
  const { themes, unmentioned } = matrixColumns(ctx, (id) =>
    paired.some((e) => mentions(e, id, 'ru') || mentions(e, id, 'cn')),
  )
  return {
    caption: 'Paired events per year in which each side mentions the theme: ru | cn (shade: share of the year’s events).',
    themes,
    unmentioned,
    empty: years.length === 0,
    rows: years.map((year) => {
      const evs = byYear.get(year) ?? []
      return {
        label: year,
        href: `pairs-${year}.html`,
        sub: `${count(evs.length)} paired events`,
        cells: themes.map(({ id }) => {
          const ru = evs.filter((e) => mentions(e, id, 'ru')).length
          const cn = evs.filter((e) => mentions(e, id, 'cn')).length
          return { ru: count(ru), cn: count(cn), ruHeat: shareHeat(ru, evs.length), cnHeat: shareHeat(cn, evs.length), only: '' }
        }),
      }
    }),
  }
}

function keynessVm(input: ReportInput, options: Required<ReportOptions>): KeynessVm {
  const rows = [...input.analysis.corpus.keyness].sort(byKeyness)
  const ru = rows.filter((r) => (r.lrc ?? 0) > 0).slice(0, options.keynessRows)
  const cn = rows.filter((r) => (r.lrc ?? 0) < 0).slice(0, options.keynessRows)
  const shown = [...ru, ...cn].sort(byKeyness)
  return {
    chartSvg: keynessChart(rows, options.chartTerms),
    rows: shown.map(termRowVm),
    total: count(rows.length),
    shown: count(shown.length),
  }
}

function pairedStats(ctx: Context): PairedStatVm[] {
  return [...ctx.input.analysis.corpus.paired]
    .sort((a, b) => a.pHolm - b.pHolm || a.p - b.p || compareText(a.theme, b.theme))
    .map((s) => ({
      theme: s.theme,
      label: ctx.themeLabels.get(s.theme) ?? s.theme,
      both: count(s.both),
      ruOnly: count(s.ruOnly),
      cnOnly: count(s.cnOnly),
      neither: count(s.neither),
      p: pValue(s.p),
      pHolm: pValue(s.pHolm),
      leaning: s.pHolm < 0.05 ? (s.ruOnly > s.cnOnly ? 'ru' : s.cnOnly > s.ruOnly ? 'cn' : '') : '',
    }))
}

function rejectedFiles(input: ReportInput): string[] {
  const read = new Set(input.sources.map((s) => s.path))
  const files = input.diagnostics.filter((d) => d.severity === 'error' && !read.has(d.file)).map((d) => d.file)
  const options = new Set(optionDiagnostics(input).map((d) => d.file))
  return [...new Set(files)].filter((f) => !options.has(f)).sort(compareText)
}

/** Diagnostics about options (`--side`, `--lexicon`…) rather than files: the file field names the option. */
function optionDiagnostics(input: ReportInput): Diagnostic[] {
  return input.diagnostics.filter((d) => d.file.startsWith('--'))
}

function inputsVm(input: ReportInput): InputsVm {
  const diagnostics = [...input.diagnostics].sort(compareDiagnostics)
  const sources = [...input.sources].sort((a, b) => compareText(a.path, b.path))
  // Grouped once: filtering every account and diagnostic per source is quadratic (minutes at 100,000 accounts).
  const accountsByFile = groupBy(input.accounts, (a) => a.source.path)
  const diagnosticsByFile = groupBy(diagnostics, (d) => d.file)
  const rejected = rejectedFiles(input)
  const known = new Set([...input.sources.map((s) => s.path), ...rejected])
  return {
    sources: sources.map((s) => {
      const accounts = accountsByFile.get(s.path) ?? []
      const sides = new Map<string, { side: string; reason: string; n: number }>()
      for (const a of accounts) {
        const key = `${a.side.value}\u0000${a.side.reason}`
        const entry = sides.get(key) ?? { side: a.side.value, reason: a.side.reason, n: 0 }
        entry.n++
        sides.set(key, entry)
      }
      return {
        path: s.path,
        name: s.name,
        format: s.format,
        bytes: count(s.bytes),
        sha256: s.sha256,
        accounts: count(accounts.length),
        sides: [...sides.values()]
          .sort((a, b) => compareText(a.side, b.side) || compareText(a.reason, b.reason))
          .map((x) => ({ side: x.side, reason: x.reason, accounts: count(x.n) })),
        diagnostics: (diagnosticsByFile.get(s.path) ?? []).map(diagnosticVm),
      }
    }),
    rejected: rejected.map((file) => ({ file, diagnostics: (diagnosticsByFile.get(file) ?? []).map(diagnosticVm) })),
    other: diagnostics.filter((d) => !known.has(d.file)).map(diagnosticVm),
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    const group = groups.get(k)
    if (group) group.push(item)
    else groups.set(k, [item])
  }
  return groups
}

function speakers(s: ThemeSideStats): string {
  const entries = Object.entries(s.speakers).sort(([a], [b]) => compareText(a, b))
  return entries.length === 0 ? MISSING : entries.map(([name, n]) => `${name} ${n}`).join(', ')
}

function pairPage(
  ctx: Context,
  event: AlignedEvent,
  nav: { listHref: string; listText: string; prev: AlignedEvent | null; next: AlignedEvent | null },
): PairPageVm {
  const file = ctx.pairFiles.get(event.id) ?? `pairs/${pageStem(event.id)}.html`
  const comparison = ctx.comparisons.get(event.id) ?? null
  const pick = (side: Side): Account | undefined => {
    const wanted = comparison ? (side === 'ru' ? comparison.ruAccount : comparison.cnAccount) : null
    const ids = [...event[side]].sort(compareAccountIds)
    return ctx.accounts.get(wanted ?? ids[0] ?? '') ?? ctx.accounts.get(ids[0] ?? '')
  }
  const ru = pick('ru')
  const cn = pick('cn')
  const link = (e: AlignedEvent | null): LinkVm | null => {
    const f = e ? ctx.pairFiles.get(e.id) : undefined
    return e && f ? { href: f.replace(/^pairs\//, ''), text: `${orDash(e.date)} ${e.participants.join(', ')}`.trim() } : null
  }

  const sources = SIDES.flatMap((side) =>
    [...event[side]].sort(compareAccountIds).map((id) => {
      const a = ctx.accounts.get(id)
      return {
        side,
        account: id,
        title: a?.title ?? MISSING,
        path: a?.source.path ?? MISSING,
        format: a?.source.format ?? MISSING,
        sha256: a?.source.sha256 ?? MISSING,
        compared: a !== undefined && (a === ru || a === cn),
      }
    }),
  )
  const kinds = SIDES.map((side) => {
    const a = side === 'ru' ? ru : cn
    return `${side} ${a ? a.facts.kind.value : MISSING}`
  }).join(' · ')

  const themeRows = (comparison?.themes ?? [])
    .filter((t) => t.ru.count + t.cn.count > 0)
    .sort((a, b) => themeOrder({ id: a.theme, family: a.family }, { id: b.theme, family: b.family }))
    .map(
      (t): ThemeRowVm => ({
        id: t.theme,
        label: t.label,
        family: t.family === null ? '' : (ctx.familyLabels.get(t.family) ?? t.family),
        ru: count(t.ru.count),
        cn: count(t.cn.count),
        ruFirst: t.ru.count > 0 ? percent(t.ru.firstShare) : MISSING,
        cnFirst: t.cn.count > 0 ? percent(t.cn.firstShare) : MISSING,
        ruSpeakers: speakers(t.ru),
        cnSpeakers: speakers(t.cn),
        only: t.onlyIn ? `only ${t.onlyIn}` : '',
        p: t.onlyIn ? pValue(t.omissionP) : '',
      }),
    )
  const unmentioned = (comparison?.themes ?? [])
    .filter((t) => t.ru.count + t.cn.count === 0)
    .map((t) => t.label)
    .sort(compareText)
    .join(', ')

  const omissions = (comparison?.themes ?? [])
    .filter((t) => t.onlyIn !== null)
    .sort((a, b) => (a.omissionP ?? 1) - (b.omissionP ?? 1) || compareText(a.theme, b.theme))
    .map((t) => ({
      label: t.label,
      side: t.onlyIn ?? '',
      other: t.onlyIn === 'ru' ? 'cn' : 'ru',
      count: count(t.onlyIn === 'ru' ? t.ru.count : t.cn.count),
      p: pValue(t.omissionP),
    }))

  return {
    file,
    id: event.id,
    title: `${orDash(event.date)} · ${list(event.participants)}${event.place ? ` · ${event.place}` : ''}`,
    lexiconName: ctx.input.lexiconName,
    indexHref: '../index.html',
    listHref: nav.listHref,
    listText: nav.listText,
    prev: link(nav.prev),
    next: link(nav.next),
    date: orDash(event.date),
    place: orDash(event.place),
    participants: list(event.participants),
    kind: kinds,
    confidence: fixed(event.confidence, 2),
    reasons: [...event.reasons],
    against: [...event.against],
    override: event.override === 'confirmed' ? 'confirmed by analyst' : '',
    sources,
    tokens: comparison
      ? { ru: count(comparison.ruTokens), cn: count(comparison.cnTokens), ratio: fixed(comparison.lengthRatio, 2) }
      : { ru: MISSING, cn: MISSING, ratio: MISSING },
    compared: { ru: ru?.id ?? MISSING, cn: cn?.id ?? MISSING },
    analysed: comparison !== null,
    themes: themeRows,
    unmentioned,
    labelChoices: labelChoices(ctx, comparison),
    omissions,
    alone: {
      ru: count(comparison?.unmatched.ru.length ?? 0),
      cn: count(comparison?.unmatched.cn.length ?? 0),
    },
    rows: ru && cn ? sentenceRows(ru, cn, comparison) : [],
  }
}

/**
 * The longest chain of aligned sentence pairs whose order agrees on both sides: these share a row.
 * Pairs that cross the chain stay in their own place and point to their counterpart.
 */
export function monotoneAnchors(pairs: readonly { ru: number; cn: number }[]): { ru: number; cn: number }[] {
  const sorted = [...pairs].sort((a, b) => a.ru - b.ru || b.cn - a.cn)
  // Patience sorting on the cn index: O(n log n), strictly increasing in both indices.
  const tails: number[] = []
  const prev: number[] = new Array<number>(sorted.length).fill(-1)
  for (let i = 0; i < sorted.length; i++) {
    const cn = sorted[i]!.cn
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (sorted[tails[mid]!]!.cn < cn) lo = mid + 1
      else hi = mid
    }
    prev[i] = lo > 0 ? tails[lo - 1]! : -1
    tails[lo] = i
  }
  const chain: { ru: number; cn: number }[] = []
  for (let i = tails.length > 0 ? tails[tails.length - 1]! : -1; i >= 0; i = prev[i]!) chain.push(sorted[i]!)
  return chain.reverse()
}

function speakerLabel(account: Account, i: number): string {
  const s = account.sentences[i]?.speaker
  if (!s) return ''
  if (s.role === 'journalist') return 'journalist'
  if (s.role === 'person') return s.name ?? 'speaker'
  return ''
}

function sentenceRows(ru: Account, cn: Account, comparison: Comparison | null): SentenceRowVm[] {
  const aligned = (comparison?.aligned ?? []).filter(
    (a) => a.ru.account === ru.id && a.cn.account === cn.id && ru.sentences[a.ru.sentence] && cn.sentences[a.cn.sentence],
  )
  const anchors = monotoneAnchors(aligned.map((a) => ({ ru: a.ru.sentence, cn: a.cn.sentence })))
  const anchorKey = new Set(anchors.map((a) => `${a.ru}:${a.cn}`))
  const counterpart = { ru: new Map<number, number>(), cn: new Map<number, number>() }
  const changes = { ru: new Map<number, ChangeRange[]>(), cn: new Map<number, ChangeRange[]>() }
  for (const a of aligned) {
    if (!counterpart.ru.has(a.ru.sentence)) counterpart.ru.set(a.ru.sentence, a.cn.sentence)
    if (!counterpart.cn.has(a.cn.sentence)) counterpart.cn.set(a.cn.sentence, a.ru.sentence)
    if (!a.diff) continue
    for (const side of SIDES) {
      const account = side === 'ru' ? ru : cn
      const index = side === 'ru' ? a.ru.sentence : a.cn.sentence
      const [start, end] = account.sentences[index]!.span
      const { text, ranges } = diffRanges(a.diff, side)
      // A diff computed on other text than the sentence would mark the wrong words: leave it out.
      if (text === account.text.slice(start, end) && !changes[side].has(index)) changes[side].set(index, ranges)
    }
  }
  const alone = { ru: new Set(comparison?.unmatched.ru ?? []), cn: new Set(comparison?.unmatched.cn ?? []) }
  const hits = { ru: comparison?.hits.ru ?? [], cn: comparison?.hits.cn ?? [] }
  const similarity = new Map(aligned.map((a) => [`${a.ru.sentence}:${a.cn.sentence}`, a.similarity]))
  const lastSpeaker = { ru: '', cn: '' }

  const cell = (side: Side, i: number): SentenceCellVm => {
    const account = side === 'ru' ? ru : cn
    const other: Side = side === 'ru' ? 'cn' : 'ru'
    const [start, end] = account.sentences[i]!.span
    const themes: ThemeRange[] = hits[side]
      .filter((h) => h.span[0] < end && h.span[1] > start)
      .map((h) => ({ start: h.span[0] - start, end: h.span[1] - start, theme: h.theme }))
    const html = highlightSentence(account.text.slice(start, end), themes, changes[side].get(i) ?? [], side === 'ru' ? 'del' : 'ins')
    const speaker = speakerLabel(account, i)
    const shown = speaker !== lastSpeaker[side] ? speaker : ''
    lastSpeaker[side] = speaker
    const partner = counterpart[side].get(i)
    const isAnchor = partner !== undefined && anchorKey.has(side === 'ru' ? `${i}:${partner}` : `${partner}:${i}`)
    let state = 'plain'
    let note = ''
    let noteHref = ''
    if (partner !== undefined && isAnchor) state = 'aligned'
    else if (partner !== undefined) {
      state = 'crossed'
      note = `counterpart: ${other} sentence ${partner + 1}`
      noteHref = `#${other}-${partner + 1}`
    } else if (alone[side].has(i)) {
      state = 'alone'
      note = `no counterpart in ${other}`
    }
    return { side, anchor: `${side}-${i + 1}`, number: String(i + 1), html, speaker: shown, state, note, noteHref }
  }

  const rows: SentenceRowVm[] = []
  let i = 0
  let j = 0
  const fill = (ruEnd: number, cnEnd: number): void => {
    while (i < ruEnd || j < cnEnd) {
      rows.push({
        ru: i < ruEnd ? cell('ru', i++) : null,
        cn: j < cnEnd ? cell('cn', j++) : null,
        aligned: false,
        similarity: '',
      })
    }
  }
  for (const a of anchors) {
    fill(a.ru, a.cn)
    rows.push({
      ru: cell('ru', i++),
      cn: cell('cn', j++),
      aligned: true,
      similarity: fixed(similarity.get(`${a.ru}:${a.cn}`), 2),
    })
  }
  fill(ru.sentences.length, cn.sentences.length)
  return rows
}
