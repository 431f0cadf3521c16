import { mkdtemp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeFileAtomic, writeReport } from '../../src/render/write-atomic.js'

async function tmp(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'parallax-write-'))
}

describe('render/write-atomic', () => {
  it('replaces a file whole and leaves no temporary file', async () => {
    const dir = await tmp()
    await writeFile(join(dir, 'a.html'), 'old')
    await writeFileAtomic(join(dir, 'a.html'), 'new')
    expect(await readFile(join(dir, 'a.html'), 'utf8')).toBe('new')
    expect(await readdir(dir)).toEqual(['a.html'])
  })

  it('leaves the old file and no temporary file when the write fails', async () => {
    const dir = await tmp()
    await mkdir(join(dir, 'taken.html')) // a folder where the file should go: rename fails
    await expect(writeFileAtomic(join(dir, 'taken.html'), 'x')).rejects.toThrow()
    expect(await readdir(dir)).toEqual(['taken.html'])
  })

  it('writes a report, index last, and removes stale pages of an earlier run only afterwards', async () => {
    const dir = await tmp()
    await writeReport(dir, [
      { path: 'index.html', content: 'index 1' },
      { path: 'pairs/a.html', content: 'a 1' },
      { path: 'pairs/b.html', content: 'b 1' },
      { path: 'pairs-2024.html', content: 'year 1' },
    ])
    await writeFile(join(dir, 'notes.txt'), 'the analyst’s own file')
    const result = await writeReport(dir, [
      { path: 'pairs/a.html', content: 'a 2' },
      { path: 'index.html', content: 'index 2' },
      { path: 'data.json', content: '{}' },
    ])
    expect(result).toEqual({ written: ['pairs/a.html', 'data.json', 'index.html'], removed: ['pairs-2024.html', 'pairs/b.html'] })
    expect((await readdir(dir)).sort()).toEqual(['data.json', 'index.html', 'notes.txt', 'pairs'])
    expect(await readdir(join(dir, 'pairs'))).toEqual(['a.html'])
    expect(await readFile(join(dir, 'index.html'), 'utf8')).toBe('index 2')
  })

  it('keeps the earlier report whole when a page cannot be written', async () => {
    const dir = await tmp()
    await writeReport(dir, [{ path: 'index.html', content: 'index 1' }, { path: 'pairs/a.html', content: 'a 1' }, { path: 'pairs/b.html', content: 'b 1' }])
    await mkdir(join(dir, 'pairs', 'c.html'))
    await expect(
      writeReport(dir, [{ path: 'index.html', content: 'index 2' }, { path: 'pairs/a.html', content: 'a 2' }, { path: 'pairs/c.html', content: 'c 2' }]),
    ).rejects.toThrow()
    expect(await readFile(join(dir, 'index.html'), 'utf8')).toBe('index 1')
    expect(await readFile(join(dir, 'pairs', 'b.html'), 'utf8')).toBe('b 1')
    expect((await readdir(join(dir, 'pairs'))).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })

  it('writes the files a generator gives into a fresh folder, holding the index back until the pages are written', async () => {
    const dir = join(await tmp(), 'fresh')
    const asked: string[] = []
    function* files() {
      for (const path of ['index.html', ...Array.from({ length: 30 }, (_, k) => `pairs/p${k}.html`), 'data.json']) {
        asked.push(path)
        yield { path, content: `content of ${path}` }
      }
    }
    const result = await writeReport(dir, files())
    expect(result.written.at(-1)).toBe('index.html')
    expect(result.written).toHaveLength(32)
    expect(await readdir(join(dir, 'pairs'))).toHaveLength(30)
    expect(await readFile(join(dir, 'pairs', 'p29.html'), 'utf8')).toBe('content of pairs/p29.html')
    expect(asked).toHaveLength(32)
  })

  it('stops at a bad path in a stream, before the index and the removals', async () => {
    const dir = await tmp()
    await writeReport(dir, [{ path: 'index.html', content: 'index 1' }, { path: 'pairs/old.html', content: 'old' }])
    await expect(
      writeReport(dir, [{ path: 'index.html', content: 'index 2' }, { path: 'pairs/new.html', content: 'new' }, { path: '../escape.html', content: '' }]),
    ).rejects.toThrow('expected a relative report path')
    expect(await readFile(join(dir, 'index.html'), 'utf8')).toBe('index 1')
    expect(await readFile(join(dir, 'pairs', 'old.html'), 'utf8')).toBe('old')
  })

  it('refuses paths that leave the report folder', async () => {
    const dir = await tmp()
    for (const path of ['../x.html', '/etc/x', 'pairs/../../x', 'a\\b', '']) {
      await expect(writeReport(dir, [{ path, content: '' }])).rejects.toThrow('expected a relative report path')
    }
    await expect(writeReport(dir, [{ path: 'a', content: '' }, { path: 'a', content: '' }])).rejects.toThrow('expected each report path once')
  })
})
