import { mkdir, open, readdir, rename, rm, type FileHandle } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { ReportFileStream } from './report.js'

let tempCounter = 0

/**
 * Writes `content` (whole, or pieces written one after another) to `path` so that readers see the
 * old file or the new one, never a part:
 * a temporary file in the same folder, flushed to disk, then renamed over the target.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array | Iterable<string>): Promise<void> {
  const dir = dirname(path)
  const temp = join(dir, `.${path.slice(dir.length + 1)}.${process.pid}.${++tempCounter}.tmp`)
  const handle = await open(temp, 'wx', 0o644)
  try {
    if (typeof content === 'string' || content instanceof Uint8Array) await handle.writeFile(content)
    else await writePieces(handle, content)
    await handle.sync()
  } catch (error) {
    await handle.close()
    await rm(temp, { force: true })
    throw error
  }
  await handle.close()
  try {
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
  await syncDir(dir)
}

/**
 * Pieces are gathered into writes of about a megabyte (one write per piece would be a system call per
 * record); `writeFile` on a handle writes all of a chunk from the current position, `write` may stop short.
 */
async function writePieces(handle: FileHandle, pieces: Iterable<string>): Promise<void> {
  let buffered: string[] = []
  let size = 0
  for (const piece of pieces) {
    buffered.push(piece)
    size += piece.length
    if (size >= 1 << 20) {
      await handle.writeFile(buffered.join(''))
      buffered = []
      size = 0
    }
  }
  if (buffered.length > 0) await handle.writeFile(buffered.join(''))
}

/** Makes a rename durable; some file systems refuse to open folders for this, which is fine. */
async function syncDir(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // Not supported here (e.g. some network or Windows file systems): the rename is still atomic.
  }
}

/** Pages a previous run may have left that a new run owns: event pages and year/inputs list pages. */
function isReportPage(relative: string): boolean {
  return /^pairs\/[^/]+\.html$/.test(relative) || /^pairs-[^/]+\.html$/.test(relative) || relative === 'inputs.html'
}

export interface WriteReportResult {
  /** Paths written, relative to the report folder, in the order written. */
  written: string[]
  /** Stale pages of an earlier report that were removed. */
  removed: string[]
}

/** Files written at once: their flushes to disk overlap, and only these few pages are held. */
const WRITES_IN_FLIGHT = 8

/**
 * Writes a report into `outDir`, taking the files as `files` gives them (a generator that renders
 * each page when asked keeps one page in memory, not the report). Each file is replaced atomically;
 * `index.html` is held back and written last, so the index never links to a page not yet written.
 * Only then are pages of an earlier run that this report no longer has removed (only `pairs/*.html`,
 * `pairs-*.html` and `inputs.html`; other files in the folder are left alone). A bad path or a
 * failed write stops the run before the index and the removals: the earlier report stays whole.
 */
export async function writeReport(outDir: string, files: Iterable<ReportFileStream>): Promise<WriteReportResult> {
  const seen = new Set<string>()
  const madeDirs = new Map<string, Promise<unknown>>()
  const written: string[] = []
  let index: ReportFileStream | null = null
  const write = async (f: ReportFileStream): Promise<void> => {
    const dir = dirname(f.path)
    if (dir !== '.') {
      let made = madeDirs.get(dir)
      if (made === undefined) madeDirs.set(dir, (made = mkdir(join(outDir, dir), { recursive: true })))
      await made
    }
    await writeFileAtomic(join(outDir, ...f.path.split('/')), f.content)
  }

  await mkdir(outDir, { recursive: true })
  const inFlight = new Set<Promise<void>>()
  try {
    for (const f of files) {
      checkReportPath(f.path, seen)
      if (f.path === 'index.html') {
        index = f
        continue
      }
      written.push(f.path)
      const pending: Promise<void> = write(f).finally(() => inFlight.delete(pending))
      pending.catch(() => {}) // raced below; never an unhandled rejection while the next page renders
      inFlight.add(pending)
      if (inFlight.size >= WRITES_IN_FLIGHT) await Promise.race(inFlight)
    }
    await Promise.all(inFlight)
  } finally {
    await Promise.allSettled(inFlight)
  }
  if (index !== null) {
    await write(index)
    written.push(index.path)
  }

  const removed: string[] = []
  const existing = [
    ...(await listFiles(outDir)),
    ...(await listFiles(join(outDir, 'pairs'))).map((n) => `pairs/${n}`),
  ]
  for (const rel of existing.sort()) {
    if (!isReportPage(rel) || seen.has(rel)) continue
    await rm(join(outDir, ...rel.split('/')), { force: true })
    removed.push(rel)
  }
  return { written, removed }
}

function checkReportPath(path: string, seen: Set<string>): void {
  if (path === '' || path.startsWith('/') || path.includes('\\') || path.split('/').some((p) => p === '..' || p === '.' || p === '')) {
    throw new Error(`expected a relative report path without ".." or "\\", found ${JSON.stringify(path)}`)
  }
  if (seen.has(path)) throw new Error(`expected each report path once, found ${JSON.stringify(path)} twice`)
  seen.add(path)
}

async function listFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true })
    return entries.filter((e) => e.isFile()).map((e) => e.name)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}

