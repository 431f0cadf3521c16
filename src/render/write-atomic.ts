import { mkdir, open, readdir, rename, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { ReportFile } from './report.js'

let tempCounter = 0

/**
 * Writes `content` to `path` so that readers see the old file or the new one, never a part:
 * a temporary file in the same folder, flushed to disk, then renamed over the target.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const dir = dirname(path)
  const temp = join(dir, `.${path.slice(dir.length + 1)}.${process.pid}.${++tempCounter}.tmp`)
  const handle = await open(temp, 'wx', 0o644)
  try {
    await handle.writeFile(content)
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

/**
 * Writes a report into `outDir`. Each file is replaced atomically; event and list pages go first
 * and `index.html` last, so the index never links to a page not yet written. Only then are pages
 * of an earlier run that this report no longer has removed (only `pairs/*.html`, `pairs-*.html`
 * and `inputs.html`; other files in the folder are left alone).
 */
export async function writeReport(outDir: string, files: readonly ReportFile[]): Promise<WriteReportResult> {
  const seen = new Set<string>()
  for (const f of files) {
    if (f.path === '' || f.path.startsWith('/') || f.path.includes('\\') || f.path.split('/').some((p) => p === '..' || p === '.' || p === '')) {
      throw new Error(`expected a relative report path without ".." or "\\", found ${JSON.stringify(f.path)}`)
    }
    if (seen.has(f.path)) throw new Error(`expected each report path once, found ${JSON.stringify(f.path)} twice`)
    seen.add(f.path)
  }
  const rank = (p: string): number => (p === 'index.html' ? 2 : isReportPage(p) ? 0 : 1)
  const ordered = [...files].sort((a, b) => rank(a.path) - rank(b.path))

  await mkdir(outDir, { recursive: true })
  const dirs = new Set(ordered.map((f) => dirname(f.path)).filter((d) => d !== '.'))
  for (const d of [...dirs].sort()) await mkdir(join(outDir, d), { recursive: true })
  const written: string[] = []
  for (const f of ordered) {
    await writeFileAtomic(join(outDir, ...f.path.split('/')), f.content)
    written.push(f.path)
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

async function listFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true })
    return entries.filter((e) => e.isFile()).map((e) => e.name)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}

