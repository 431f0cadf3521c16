import { readInputs } from './ingest/read-input.js'
import { idPrefixes, segmentDocument } from './segment/segment-document.js'
import { extractFacts } from './extract/extract-facts.js'
import { alignAccounts } from './align/align-accounts.js'
import { overridesOrigin } from './align/overrides.js'
import { analyse } from './analyse/analyse.js'
import { defaultLexicon } from './analyse/lexicon.js'
import type {
  Account,
  AlignedEvent,
  Analysis,
  Diagnostic,
  Lexicon,
  PairOverrides,
  Side,
  Source,
} from './types.js'

/** Options of a pipeline run; every field is optional. */
export interface PipelineOptions {
  /** Side decided by the user per input, keyed by the path as given or the file name. @default none */
  sideOverrides?: ReadonlyMap<string, Side>
  /** Themes to look for. @default the shipped lexicon (src/data/themes.json) */
  lexicon?: Lexicon
  /** An analyst's confirmed and rejected groupings. @default none */
  pairOverrides?: PairOverrides
  /** How diagnostics about the overrides name them, e.g. the overrides file. @default 'pairOverrides' */
  pairOverridesName?: string
  /** Called after each input file is read and segmented, for progress display. @default none */
  onProgress?: (done: number, total: number, file: string) => void
}

/** The accounts read from the inputs, with everything that went wrong along the way. */
export interface Corpus {
  sources: Source[]
  accounts: Account[]
  diagnostics: Diagnostic[]
}

/** A corpus with its events and framing analysis. */
export interface AnalysedCorpus extends Corpus {
  events: AlignedEvent[]
  analysis: Analysis
  lexicon: Lexicon
}

/** Reads, segments and extracts facts from every input: `ingest → segment → extract`. */
export async function loadCorpus(paths: readonly string[], options: PipelineOptions = {}): Promise<Corpus> {
  const { documents, diagnostics } = await readInputs([...paths])
  const prefixes = idPrefixes(documents.map((d) => d.source))
  const overrides = options.sideOverrides ?? new Map<string, Side>()
  diagnostics.push(...unusedSideOverrides(overrides, documents.map((d) => d.source)))

  const accounts: Account[] = []
  documents.forEach((document, index) => {
    const sideOverride = overrides.get(document.source.path) ?? overrides.get(document.source.name)
    const segmented = segmentDocument(document, {
      idPrefix: prefixes.get(document.source.path) ?? document.source.name,
      sideOverride,
    })
    diagnostics.push(...segmented.diagnostics)
    accounts.push(...extractFacts(segmented.accounts))
    options.onProgress?.(index + 1, documents.length, document.source.path)
  })
  return { sources: documents.map((d) => d.source), accounts, diagnostics }
}

/** Groups the accounts of a corpus into events: `align`. */
export function alignCorpus(corpus: Corpus, options: PipelineOptions = {}): { events: AlignedEvent[]; diagnostics: Diagnostic[] } {
  const aligned = alignAccounts(corpus.accounts, undefined, options.pairOverrides)
  const name = options.pairOverridesName
  if (name === undefined) return aligned
  const diagnostics = aligned.diagnostics.map((d) => (d.file === overridesOrigin ? { ...d, file: name } : d))
  return { events: aligned.events, diagnostics }
}

/** Aligns a corpus and analyses its framing: `align → analyse`. */
export function analyseCorpus(corpus: Corpus, options: PipelineOptions = {}): AnalysedCorpus {
  const aligned = alignCorpus(corpus, options)
  const lexicon = options.lexicon ?? defaultLexicon()
  const analysis = analyse(corpus.accounts, aligned.events, lexicon)
  return { ...corpus, diagnostics: [...corpus.diagnostics, ...aligned.diagnostics], events: aligned.events, lexicon, analysis }
}

/** The whole pipeline: `ingest → segment → extract → align → analyse`. */
export async function runPipeline(paths: readonly string[], options: PipelineOptions = {}): Promise<AnalysedCorpus> {
  return analyseCorpus(await loadCorpus(paths, options), options)
}

/** A `--side` naming no input is a mistake worth one line, not silence. */
export function unusedSideOverrides(overrides: ReadonlyMap<string, Side>, sources: Source[]): Diagnostic[] {
  const known = new Set(sources.flatMap((s) => [s.path, s.name]))
  return [...overrides.keys()]
    .filter((key) => !known.has(key))
    .sort()
    .map((key) => ({
      file: key,
      severity: 'error' as const,
      ruleId: 'unknown-side-file',
      message: `--side names a file that is not among the inputs`,
    }))
}
