import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatBench, runBench, type BenchResult } from '../../src/bench/run.js'
import { writeSyntheticFiles } from '../../src/bench/synthetic-files.js'
import { detectFormat } from '../../src/ingest/detect-format.js'

let tmp: string
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'parallax-bench-test-'))
})
afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true })
})

/** Every file of a generated corpus with the sha256 of its bytes, and the truth file's hash. */
async function fingerprint(dir: string, files: readonly string[]): Promise<string[]> {
  const hash = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')
  const rows = await Promise.all(files.map(async (f) => `${f} ${hash(await readFile(join(dir, 'corpus', f)))}`))
  return [...rows, `truth.json ${hash(await readFile(join(dir, 'truth.json')))}`]
}

describe('bench/synthetic-files', () => {
  it('writes the same bytes for the same seed, and other bytes for another seed', async () => {
    const a = await writeSyntheticFiles(join(tmp, 'a'), { accounts: 300, postsPerDump: 50 })
    const b = await writeSyntheticFiles(join(tmp, 'b'), { accounts: 300, postsPerDump: 50 })
    const c = await writeSyntheticFiles(join(tmp, 'c'), { accounts: 300, postsPerDump: 50, seed: 1 })
    expect(a.accounts).toBe(300)
    expect(a.files).toEqual(b.files)
    expect(await fingerprint(join(tmp, 'a'), a.files)).toEqual(await fingerprint(join(tmp, 'b'), b.files))
    expect(await fingerprint(join(tmp, 'c'), c.files)).not.toEqual(await fingerprint(join(tmp, 'a'), a.files))
    expect(a.crossPairs.length).toBeGreaterThan(10)
  })

  it('writes Telegram dumps and web pages that the reader recognises, with truth pointing at real posts', async () => {
    const g = await writeSyntheticFiles(join(tmp, 'd'), { accounts: 200, postsPerDump: 40 })
    const ru = g.files.filter((f) => f.startsWith('ru/'))
    const cn = g.files.filter((f) => f.startsWith('cn/'))
    for (const f of ru) expect(detectFormat(await readFile(join(g.corpusDir, f), 'utf8'))).toBe('telegram-text')
    for (const f of cn) expect(detectFormat(await readFile(join(g.corpusDir, f), 'utf8'))).toBe('web-text')
    for (const [r, c] of g.crossPairs) {
      expect(ru).toContain(r.file)
      expect(cn).toContain(c.file)
      expect(r.n).toBeLessThanOrEqual(40)
      expect(c.n).toBe(1)
    }
  })
})

describe('bench/run', () => {
  it('a tiny run gives every figure as a finite number', async () => {
    const r: BenchResult = await runBench({ accounts: 200, dir: join(tmp, 'run') })
    const required = ['accounts', 'inputMb', 'accountsPerSec', 'mbPerSec', 'alignSeconds', 'analyseSeconds', 'renderSeconds', 'peakRssMb', 'pairPrecision', 'pairRecall', 'winkMbPerSec', 'regexMbPerSec', 'ratioVsWink'] as const
    for (const key of required) expect(Number.isFinite(r[key]), `${key}: ${String(r[key])}`).toBe(true)
    expect(r.accounts).toBe(200)
    expect(r.accountsLoaded).toBe(200)
    expect(r.errors).toBe(0)
    expect(r.pairPrecision).toBeGreaterThanOrEqual(0)
    expect(r.pairRecall).toBeLessThanOrEqual(1)
    const json = JSON.parse(JSON.stringify(r)) as Record<string, unknown>
    for (const key of required) expect(json).toHaveProperty(key)
    expect(formatBench(r).some((line) => line.startsWith('ratio vs wink: '))).toBe(true)
  })
})
