import { createHash } from 'node:crypto'
import { closeSync, createReadStream, fstatSync, openSync, readFileSync } from 'node:fs'
import { open, readdir, realpath, stat } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import { isUtf8 } from 'node:buffer'
import type { Diagnostic, RawDocument, Source, SourceFormat } from '../types.js'
import { detectFormat } from './detect-format.js'
import { readHtmlPage } from './html-page.js'
import { InputProblem } from './input-problem.js'
import { readTelegramJson } from './telegram-json.js'
import { readTelegramHtml } from './telegram-html.js'
import { readTelegramText, readWebText } from './text-file.js'

/** What `readInputs` found: one document per readable input, and a diagnostic per problem. */
export interface ReadInputsResult {
  documents: RawDocument[]
  diagnostics: Diagnostic[]
}

/** A reader turns the decoded text of one input into its posts (one reader per format, one shape). */
export type Reader = (text: string, source: Source) => RawDocument

const READERS: Record<SourceFormat, Reader> = {
  'web-text': readWebText,
  'telegram-text': readTelegramText,
  'telegram-json': readTelegramJson,
  'telegram-html': readTelegramHtml,
  html: readHtmlPage,
}

/** File endings a folder is searched for; a file named explicitly is read whatever its ending. */
export const INPUT_EXTENSIONS: readonly string[] = ['.txt', '.md', '.eml', '.json', '.html', '.htm']

/** A text line longer than this is not a readout (a 50 MB one-line file would stall the line rules). */
export const MAX_LINE_BYTES = 1024 * 1024

/**
 * Reads input files and folders, one file at a time. Folders are searched recursively for
 * `INPUT_EXTENSIONS` files, hidden entries skipped, sorted by path; paths keep the form they were given
 * in (relative stays relative). Bad input never throws: it becomes an error `Diagnostic` naming the file,
 * and the other files are still read.
 */
export async function readInputs(paths: string[]): Promise<ReadInputsResult> {
  const documents: RawDocument[] = []
  const diagnostics: Diagnostic[] = []
  for (const entry of await listInputs(paths)) {
    if ('diagnostic' in entry) {
      diagnostics.push(entry.diagnostic)
      continue
    }
    const read = await readInput(entry.file)
    if (read.document) documents.push(read.document)
    diagnostics.push(...read.diagnostics)
  }
  return { documents, diagnostics }
}

/** One entry of `listInputs`: a file to read, or a problem met while expanding the paths. */
export type InputEntry = { file: string } | { diagnostic: Diagnostic }

/**
 * The files `readInputs` reads, in its order and each once (by real path), with the problems met while
 * expanding the paths in their place. Lets a caller read the files elsewhere (worker threads) and still
 * give the diagnostics in the order `readInputs` gives them.
 */
export async function listInputs(paths: readonly string[]): Promise<InputEntry[]> {
  const entries: InputEntry[] = []
  const seen = new Set<string>()
  for (const given of paths) {
    const diagnostics: Diagnostic[] = []
    const files = await expandPath(given, diagnostics)
    // A path's expansion problems come before its files' problems, as when `readInputs` read them in turn.
    for (const diagnostic of diagnostics) entries.push({ diagnostic })
    for (const file of files) {
      const real = await realpath(file).catch(() => file)
      if (seen.has(real)) continue
      seen.add(real)
      entries.push({ file })
    }
  }
  return entries
}

/** What reading one input gave: its document (null when it cannot be read) and the diagnostics about it. */
export interface InputRead {
  document: RawDocument | null
  diagnostics: Diagnostic[]
}

/** Reads one input file: its document (null when it cannot be read) and the diagnostics about it. */
export async function readInput(file: string): Promise<InputRead> {
  return withWarnings(file, await readOne(file))
}

/**
 * `readInput` with blocking calls, for worker threads (whose only job is this): the same result, but a
 * file of up to 8 MB costs one open/fstat/read/close on the thread instead of four thread-pool round
 * trips (measured on 8,900 pages of 1.5 KB, parsing included: 0.55 s against 2.4 s). Larger files are
 * streamed by `readInput`.
 */
export async function readInputBlocking(file: string): Promise<InputRead> {
  let bytes: Buffer
  try {
    const fd = openSync(file, 'r')
    try {
      if (fstatSync(fd).size > WHOLE_READ_BYTES) return readInput(file)
      bytes = readFileSync(fd)
    } finally {
      closeSync(fd)
    }
  } catch (error) {
    return withWarnings(file, unreadable(file, error))
  }
  const bad = checkChunk(file, new ChunkState(), bytes)
  return withWarnings(file, bad ?? parseBytes(file, bytes, createHash('sha256').update(bytes).digest('hex')))
}

function withWarnings(file: string, result: RawDocument | Diagnostic): InputRead {
  if ('ruleId' in result) return { document: null, diagnostics: [result] }
  if (result.posts.length > 0) return { document: result, diagnostics: [] }
  const warning: Diagnostic = { file, severity: 'warning', ruleId: 'no-posts', message: `no post with text in this ${result.source.format} file` }
  return { document: result, diagnostics: [warning] }
}

/** The files a path stands for: itself, or the input files under a folder. */
async function expandPath(path: string, diagnostics: Diagnostic[]): Promise<string[]> {
  let info
  try {
    info = await stat(path)
  } catch (error) {
    diagnostics.push(unreadable(path, error))
    return []
  }
  if (!info.isDirectory()) return [path]
  const files: string[] = []
  const visited = new Set<string>()
  const walk = async (dir: string): Promise<void> => {
    const real = await realpath(dir).catch(() => dir)
    if (visited.has(real)) return
    visited.add(real)
    let entries
    try {
      entries = await readdir(dir, { withFileTypes: true })
    } catch (error) {
      diagnostics.push(unreadable(dir, error))
      return
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue
      const child = join(dir, entry.name)
      let isDir = entry.isDirectory()
      let isFile = entry.isFile()
      if (entry.isSymbolicLink()) {
        const target = await stat(child).catch(() => null)
        isDir = target?.isDirectory() ?? false
        isFile = target?.isFile() ?? false
      }
      if (isDir) await walk(child)
      else if (isFile && INPUT_EXTENSIONS.includes(extname(entry.name).toLowerCase())) files.push(child)
    }
  }
  await walk(path)
  if (files.length === 0) {
    diagnostics.push(problem(path, 'no-inputs', `folder holds no input files (${INPUT_EXTENSIONS.join(' ')})`))
  }
  return files.sort(byCodePoint)
}

async function readOne(path: string): Promise<RawDocument | Diagnostic> {
  const scanned = await scanFile(path)
  if ('ruleId' in scanned) return scanned
  return parseBytes(path, scanned.bytes, scanned.sha256)
}

/** The document in a file's bytes (already checked by `checkChunk`), or the diagnostic why there is none. */
function parseBytes(path: string, bytes: Buffer, sha256: string): RawDocument | Diagnostic {
  if (bytes.length === 0) return problem(path, 'empty-file', 'empty file')
  const text = decode(path, bytes)
  if (typeof text !== 'string') return text
  if (text.trim().length === 0) return problem(path, 'empty-file', 'file holds only whitespace')
  const format = detectFormat(text)
  const source: Source = { path, name: basename(path), sha256, format, bytes: bytes.length }
  try {
    return READERS[format](text, source)
  } catch (error) {
    if (error instanceof InputProblem) return problem(path, error.ruleId, error.message, error.line, error.column)
    const message = error instanceof Error ? error.message : String(error)
    return problem(path, 'reader-failed', `could not read this ${format} file: ${firstLine(message)}`)
  }
}

/** Files up to this size are read in one call; larger ones are streamed chunk by chunk. */
const WHOLE_READ_BYTES = 8 * 1024 * 1024

/**
 * Reads one file: hashes it, stops at the first NUL byte (binary) or at a text line over
 * `MAX_LINE_BYTES`. Large files are streamed and line lengths counted chunk by chunk, so a 50 MB line is
 * never searched as a string; small ones are read at once (a stream per file costs more than the file).
 */
async function scanFile(path: string): Promise<{ bytes: Buffer; sha256: string } | Diagnostic> {
  let handle
  try {
    handle = await open(path, 'r')
    const { size } = await handle.stat()
    if (size <= WHOLE_READ_BYTES) {
      const bytes = await handle.readFile()
      return checkChunk(path, new ChunkState(), bytes) ?? { bytes, sha256: createHash('sha256').update(bytes).digest('hex') }
    }
  } catch (error) {
    return unreadable(path, error)
  } finally {
    await handle?.close()
  }
  const hash = createHash('sha256')
  const chunks: Buffer[] = []
  const state = new ChunkState()
  const stream = createReadStream(path, { highWaterMark: 1 << 20 })
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const bad = checkChunk(path, state, chunk)
      if (bad) {
        stream.destroy()
        return bad
      }
      hash.update(chunk)
      chunks.push(chunk)
    }
  } catch (error) {
    return unreadable(path, error)
  }
  return { bytes: Buffer.concat(chunks, state.total), sha256: hash.digest('hex') }
}

/** What `checkChunk` carries from one chunk of a file to the next. */
class ChunkState {
  total = 0
  lineLength = 0
  line = 1
  firstByte: number | null = null
}

/** Checks the next chunk of a file; a diagnostic for a UTF-16 BOM, a NUL byte or an over-long text line. */
function checkChunk(path: string, state: ChunkState, chunk: Buffer): Diagnostic | null {
  if (state.total === 0 && chunk.length >= 2 && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))) {
    return problem(path, 'not-utf8', 'UTF-16 text, not UTF-8 (save the file as UTF-8)')
  }
  const nul = chunk.indexOf(0)
  if (nul !== -1) return problem(path, 'binary-file', `binary file (NUL byte at byte ${state.total + nul}), not a text, JSON or HTML export`)
  state.firstByte ??= firstNonSpace(chunk)
  // JSON and markup may legitimately sit on one long line: the limit is for plain text.
  if (state.firstByte === null || !'{[<'.includes(String.fromCharCode(state.firstByte))) {
    let from = 0
    for (let nl = chunk.indexOf(10, from); ; nl = chunk.indexOf(10, from)) {
      state.lineLength += (nl === -1 ? chunk.length : nl) - from
      if (state.lineLength > MAX_LINE_BYTES) {
        return problem(path, 'line-too-long', `line ${state.line} is longer than 1 MB, not a readout (split the text into lines)`, state.line)
      }
      if (nl === -1) break
      state.line++
      state.lineLength = 0
      from = nl + 1
    }
  }
  state.total += chunk.length
  return null
}

function firstNonSpace(chunk: Buffer): number | null {
  const start = chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? 3 : 0
  for (let i = start; i < chunk.length; i++) {
    const b = chunk[i]!
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return b
  }
  return null
}

/** UTF-8 text without its BOM, or a diagnostic naming the first bad byte. */
function decode(path: string, bytes: Buffer): string | Diagnostic {
  if (!isUtf8(bytes)) {
    const at = firstInvalidUtf8(bytes)
    let line = 1
    for (let nl = bytes.indexOf(10); nl !== -1 && nl < at; nl = bytes.indexOf(10, nl + 1)) line++
    return problem(path, 'not-utf8', `not valid UTF-8 at byte ${at} (save the file as UTF-8)`, line)
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  return (bom ? bytes.subarray(3) : bytes).toString('utf8')
}

/** 0-based offset of the first byte that breaks UTF-8 (only called once `isUtf8` said no). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1
    if (need < 0) return i
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return i
      // Overlong three-byte forms, UTF-16 surrogates and code points above U+10FFFF.
      if (k === 1 && ((b === 0xe0 && c < 0xa0) || (b === 0xed && c > 0x9f) || (b === 0xf0 && c < 0x90) || (b === 0xf4 && c > 0x8f))) return i
    }
    i += need + 1
  }
  return i
}

function unreadable(path: string, error: unknown): Diagnostic {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  const why =
    code === 'ENOENT'
      ? 'no such file or folder (ENOENT)'
      : code === 'EACCES' || code === 'EPERM'
        ? `permission denied (${code}): cannot open it for reading`
        : code === 'EISDIR'
          ? 'is a folder, expected a file (EISDIR)'
          : `cannot read it${code ? ` (${code})` : ''}: ${firstLine(error instanceof Error ? error.message : String(error))}`
  return problem(path, 'unreadable', why)
}

function problem(file: string, ruleId: string, message: string, line?: number, column?: number): Diagnostic {
  return {
    file,
    severity: 'error',
    ruleId,
    message,
    ...(line === undefined ? {} : { line }),
    ...(column === undefined ? {} : { column }),
  }
}

function firstLine(s: string): string {
  return s.split('\n', 1)[0] ?? ''
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
