// The library API: named exports only, pinned by test/api.test.ts. The CLI imports from here alone.

export type {
  Account,
  AlignedEvent,
  AlignedSentence,
  Analysis,
  Comparison,
  CorpusStats,
  Decided,
  Diagnostic,
  DiffPart,
  EventDate,
  EventFacts,
  EventKind,
  DatePrecision,
  LabelChoice,
  Lexicon,
  PairOverrides,
  PairedThemeStat,
  RawDocument,
  RawPost,
  SegmentedAccount,
  Sentence,
  SentenceRef,
  Side,
  Source,
  SourceFormat,
  Span,
  Speaker,
  TermRow,
  Theme,
  ThemeComparison,
  ThemeHit,
  ThemeSideStats,
} from './types.js'

export { alignCorpus, analyseCorpus, loadCorpus, runPipeline } from './pipeline.js'
export type { AnalysedCorpus, Corpus, PipelineOptions } from './pipeline.js'
export { loadCorpusParallel } from './workers/load-parallel.js'
export type { ParallelOptions } from './workers/load-parallel.js'

// ingest → segment → extract
export { readInputs } from './ingest/read-input.js'
export { detectFormat } from './ingest/detect-format.js'
export { decideSide } from './ingest/decide-side.js'
export { idPrefixes, segmentDocument } from './segment/segment-document.js'
export { extractFacts } from './extract/extract-facts.js'

// align
export { alignAccounts } from './align/align-accounts.js'
export type { AlignOptions } from './align/options.js'
export { parsePairOverrides } from './align/parse-overrides.js'

// analyse
export { analyse } from './analyse/analyse.js'
export type { AnalyseOptions } from './analyse/analyse.js'
export { defaultLexicon, loadLexicon, parseLexiconFile } from './analyse/lexicon.js'
export { compileLexicon } from './analyse/compile-lexicon.js'
export type { CompiledLexicon } from './analyse/compile-lexicon.js'
export { findThemeHits } from './analyse/theme-hits.js'
export { compareEvent } from './analyse/compare.js'
export { corpusStats } from './analyse/corpus.js'
export type { CorpusOptions } from './analyse/corpus.js'
export { termCounts, themeCounts } from './analyse/term-counts.js'
export { termRows } from './analyse/keyness-table.js'
export type { KeynessOptions } from './analyse/keyness-table.js'
export type { TermCountOptions } from './analyse/term-counts.js'
export { kwic } from './analyse/kwic.js'
export type { KwicLine, KwicOptions } from './analyse/kwic.js'
export { g2 } from './analyse/keyness/g2.js'
export { bic } from './analyse/keyness/bic.js'
export { logRatio } from './analyse/keyness/log-ratio.js'
export { lrc } from './analyse/keyness/lrc.js'
export { mcnemarExact } from './analyse/paired/mcnemar.js'
export { holm } from './analyse/paired/holm.js'

// render
export { renderReport, reportFiles } from './render/report.js'
export type { ReportFile, ReportFileStream } from './render/report.js'
export type { ReportInput, ReportOptions } from './render/view-model.js'
export { writeFileAtomic, writeReport } from './render/write-atomic.js'
export { formatAccountsTable, formatEventsTable, formatTermTable } from './render/term-table.js'
export type { TermTableFormat } from './render/term-table.js'
export { accountRecord, eventRecord } from './render/records.js'
export { formatComparisonText } from './render/comparison-text.js'
export type { AccountRecord, EventRecord } from './render/records.js'
