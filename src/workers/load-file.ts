import { extractFacts } from '../extract/extract-facts.js'
import { readInputBlocking } from '../ingest/read-input.js'
import { segmentDocument } from '../segment/segment-document.js'
import type { Account, Diagnostic, Side, Source } from '../types.js'

/** One file to load: what `loadCorpus` decides for it before segmenting. */
export interface FileTask {
  /** Position of the file among the inputs (results are put back in this order). */
  index: number
  file: string
  /** Account ids are `<idPrefix>:<n>` (from `idPrefixes` over all inputs). */
  idPrefix: string
  sideOverride?: Side
}

/** What one file gave: its source (null when unreadable), accounts, and diagnostics by stage. */
export interface FileResult {
  index: number
  source: Source | null
  accounts: Account[]
  /** From reading the file: they go with the read diagnostics of `loadCorpus`. */
  readDiagnostics: Diagnostic[]
  /** From segmenting: they follow the read diagnostics of every file, as in `loadCorpus`. */
  segmentDiagnostics: Diagnostic[]
}

/** `read → segment → extract` for one file: the per-file work of `loadCorpus`, pure but for the read. */
export async function loadFile(task: FileTask): Promise<FileResult> {
  const { document, diagnostics } = await readInputBlocking(task.file)
  if (!document) return { index: task.index, source: null, accounts: [], readDiagnostics: diagnostics, segmentDiagnostics: [] }
  const segmented = segmentDocument(document, { idPrefix: task.idPrefix, sideOverride: task.sideOverride })
  return {
    index: task.index,
    source: document.source,
    accounts: extractFacts(segmented.accounts),
    readDiagnostics: diagnostics,
    segmentDiagnostics: segmented.diagnostics,
  }
}
