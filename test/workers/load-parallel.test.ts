import { existsSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeSyntheticFiles } from '../../src/bench/synthetic-files.js'
import { loadCorpus as loadCorpusSrc } from '../../src/pipeline.js'
import {
  defaultThreads,
  loadCorpusParallel as loadCorpusParallelSrc,
  workerScriptPath as workerScriptPathSrc,
} from '../../src/workers/load-parallel.js'

// The worker threads run compiled JS, so the real worker path is tested on the build (`npm test` builds first).
const DIST = new URL('../../dist/', import.meta.url)
type Pipeline = typeof import('../../src/pipeline.js')
type Parallel = typeof import('../../src/workers/load-parallel.js')
let dist: { loadCorpus: Pipeline['loadCorpus']; loadCorpusParallel: Parallel['loadCorpusParallel']; workerScriptPath: Parallel['workerScriptPath'] }
let tmp: string

beforeAll(async () => {
  if (!existsSync(new URL('workers/worker.js', DIST))) throw new Error('dist/workers/worker.js is missing: run `npm run build` (tsc) before these tests')
  const pipeline = (await import(new URL('pipeline.js', DIST).href)) as Pipeline
  const parallel = (await import(new URL('workers/load-parallel.js', DIST).href)) as Parallel
  dist = { loadCorpus: pipeline.loadCorpus, loadCorpusParallel: parallel.loadCorpusParallel, workerScriptPath: parallel.workerScriptPath }
  tmp = await mkdtemp(join(tmpdir(), 'parallax-workers-'))
})

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true })
})

describe('workers/load-parallel', () => {
  it('runs on worker threads from the build, and in this thread from the sources', () => {
    expect(dist.workerScriptPath()).toMatch(/dist[/\\]workers[/\\]worker\.js$/)
    expect(workerScriptPathSrc()).toBeNull()
  })

  it('gives the corpus loadCorpus gives on the seeds, diagnostics and their order included', async () => {
    // A file named twice, a missing path and a --side naming no input, to pin where each diagnostic goes.
    const paths = ['seeds', 'seeds/002_b71bd70bc2f6245b.txt', 'no/such/file.txt']
    const options = { sideOverrides: new Map([['004_775c12525becf376.txt', 'cn' as const], ['nowhere.txt', 'ru' as const]]) }
    const serial = await dist.loadCorpus(paths, options)
    const parallel = await dist.loadCorpusParallel(paths, { ...options, workers: 2 })
    expect(serial.accounts.length).toBeGreaterThan(20)
    expect(serial.diagnostics.map((d) => d.ruleId)).toEqual(['unreadable', 'unknown-side-file'])
    expect(parallel).toStrictEqual(serial)
  })

  it('gives the corpus loadCorpus gives on a generated corpus with bad files and clashing prefixes', async () => {
    const dir = join(tmp, 'generated')
    const generated = await writeSyntheticFiles(dir, { accounts: 1200, postsPerDump: 100, seed: 7 })
    const odd = join(generated.corpusDir, 'odd')
    await mkdir(odd, { recursive: true })
    await writeFile(join(odd, 'empty.txt'), '')
    await writeFile(join(odd, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))
    // "x_good" alone would take the prefix "x"; with "x_bad" beside it both fall back to their stems,
    // until x_bad turns out unreadable: the parallel loader must redo x_good with the prefix "x".
    await copyFile('seeds/003_5386bee5090c7a93.txt', join(odd, 'x_good.txt'))
    await writeFile(join(odd, 'x_bad.txt'), '   \n')
    const serial = await dist.loadCorpus([generated.corpusDir])
    const progress: [number, number][] = []
    const parallel = await dist.loadCorpusParallel([generated.corpusDir], { workers: 2, onProgress: (done, total) => progress.push([done, total]) })
    expect(serial.accounts.filter((a) => !a.id.startsWith('x:')).length).toBe(1200)
    expect(serial.accounts.filter((a) => a.id.startsWith('x:')).length).toBeGreaterThan(10)
    expect(serial.diagnostics.map((d) => d.ruleId).sort()).toEqual(['binary-file', 'empty-file', 'empty-file'])
    expect(parallel).toStrictEqual(serial)
    const files = generated.files.length + 4
    expect(progress).toEqual(Array.from({ length: files }, (_, i) => [i + 1, files]))
  })

  it('in this thread (from the sources) also gives the corpus loadCorpus gives', async () => {
    const serial = await loadCorpusSrc(['seeds'])
    expect(await loadCorpusParallelSrc(['seeds'], { workers: 2 })).toStrictEqual(serial)
    expect(await loadCorpusParallelSrc(['seeds'], { workers: 1 })).toStrictEqual(serial)
  })

  it('throws on a worker count that is not a positive integer', async () => {
    await expect(loadCorpusParallelSrc(['seeds'], { workers: 0 })).rejects.toThrow(/expected workers to be a positive integer, found 0/)
    await expect(loadCorpusParallelSrc(['seeds'], { workers: 1.5 })).rejects.toThrow(/found 1\.5/)
  })
  it('loads on one thread by default below 6 MB of input, and adds one per 6 MB up to the cores', async () => {
    const seeds = ['seeds/000_87fdc513f4ffdc63.txt', 'seeds/003_5386bee5090c7a93.txt']
    expect(defaultThreads(seeds, 8)).toBe(1)
    const big = join(tmp, 'big.txt')
    await writeFile(big, 'x'.repeat(13_000_000))
    expect(defaultThreads([big, ...seeds], 8)).toBe(3)
    expect(defaultThreads([big], 2)).toBe(2)
    expect(defaultThreads(['no/such/file.txt', big], 1)).toBe(1)
    expect(defaultThreads([], 8)).toBe(1)
  })
})
