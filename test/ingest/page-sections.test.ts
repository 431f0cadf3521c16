import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { pageSections } from '../../src/ingest/page-sections.js'
import { splitLines } from '../../src/ingest/lines.js'
import { readWebText } from '../../src/ingest/text-file.js'

const lines = (path: string) => splitLines(readFileSync(path, 'utf8'))

describe('ingest/page-sections', () => {
  it('reads a digest of two saved pages (seeds 002 and 004) between rule lines as two pages, the masthead left out', () => {
    const { pages, published } = pageSections(lines('test/fixtures/text/digest.txt'))
    expect(published).toBe('2024-06-11')
    expect(pages.map((p) => p.site)).toEqual(['china-un.org', 'fmprc.gov.cn'])
    expect(pages.map((p) => p.lines.join('\n').trim())).toEqual([
      readFileSync('seeds/002_b71bd70bc2f6245b.txt', 'utf8').trim(),
      readFileSync('seeds/004_775c12525becf376.txt', 'utf8').trim(),
    ])
  })

  it('gives one post per page, each with its own headline and stamp', () => {
    const text = readFileSync('test/fixtures/text/digest.txt', 'utf8')
    const doc = readWebText(text, { path: 'digest.txt', name: 'digest.txt', sha256: '', format: 'web-text', bytes: 0 })
    expect(doc.posts.map((p) => [p.n, p.title, p.published])).toEqual([
      [1, 'Wang Yi Meets with Russian Foreign Minister Sergey Lavrov', '2022-09-22'],
      [2, 'Wang Yi meets with Russian Foreign Minister Sergey Lavrov', '2024-06-10'],
    ])
  })

  it('keeps a single page whole, "* * *" between its parts and all', () => {
    const seed = lines('seeds/004_775c12525becf376.txt')
    const transcript = [...seed.slice(0, 10), '* * *', ...seed.slice(10)]
    expect(pageSections(transcript).pages.map(({ lines, site }) => ({ lines, site }))).toEqual([{ lines: transcript, site: null }])
  })
})
