import { describe, expect, it } from 'vitest'
import { termRows } from '../../src/analyse/keyness-table.js'

const finite = (x: unknown) => typeof x === 'number' && Number.isFinite(x)

describe('analyse/keyness-table', () => {
  const rows = termRows(
    {
      ru: new Map([['hegemony', 10], ['brics', 40], ['multipolar', 30]]),
      cn: new Map([['brics', 80], ['multilateralism', 30], ['hegemony', 2]]),
    },
    { ru: 10_000, cn: 20_000 },
  )

  it('gives finite numbers for terms absent from one side', () => {
    for (const row of rows) for (const key of ['ruPerMillion', 'cnPerMillion', 'g2', 'bic', 'logRatio', 'lrc'] as const) expect(finite(row[key]), `${row.term} ${key}`).toBe(true)
    expect(rows.find((r) => r.term === 'multilateralism')).toMatchObject({ ru: 0, cn: 30, ruPerMillion: 0, cnPerMillion: 1_500 })
    expect(rows.find((r) => r.term === 'multilateralism')?.lrc).toBeLessThan(0)
    expect(rows.find((r) => r.term === 'multipolar')?.lrc).toBeGreaterThan(0)
  })

  it('sorts by |LRC|, then |G²|, then term', () => {
    expect(rows.map((r) => r.term)).toEqual(['multipolar', 'multilateralism', 'hegemony', 'brics'])
    // brics: 40/10,000 vs 80/20,000 = the same rate: G² = 0, LRC = 0
    expect(rows.at(-1)).toMatchObject({ term: 'brics', g2: 0, lrc: 0, logRatio: 0 })
  })

  it('applies the Bonferroni correction over the terms tested (m = 4 here)', () => {
    // hegemony 10 vs 2 alone is significant (lrc.test.ts: 1.0916); tested among 4 terms the bound shrinks.
    const alone = termRows({ ru: new Map([['hegemony', 10]]), cn: new Map([['hegemony', 2]]) }, { ru: 10_000, cn: 20_000 })
    expect(alone[0]?.lrc).toBeCloseTo(1.091568, 4)
    expect(rows.find((r) => r.term === 'hegemony')?.lrc).toBeLessThan(1.091568)
  })

  it('stays finite for an empty side', () => {
    const empty = termRows({ ru: new Map([['x', 3]]), cn: new Map() }, { ru: 100, cn: 0 })
    expect(empty).toEqual([{ term: 'x', ru: 3, cn: 0, ruPerMillion: 30_000, cnPerMillion: 0, g2: 0, bic: 0, logRatio: 0, lrc: 0 }])
  })

  it('filters by frequency, keeps the top rows, and can skip keyness', () => {
    const counts = { ru: new Map([['a', 1], ['b', 5]]), cn: new Map([['c', 2]]) }
    expect(termRows(counts, { ru: 100, cn: 100 }, { minFrequency: 2 }).map((r) => r.term)).toEqual(['b', 'c'])
    expect(termRows(counts, { ru: 100, cn: 100 }, { top: 1 }).length).toBe(1)
    expect(termRows(counts, { ru: 100, cn: 100 }, { keyness: false })).toEqual([
      { term: 'b', ru: 5, cn: 0, ruPerMillion: 50_000, cnPerMillion: 0 },
      { term: 'c', ru: 0, cn: 2, ruPerMillion: 0, cnPerMillion: 20_000 },
      { term: 'a', ru: 1, cn: 0, ruPerMillion: 10_000, cnPerMillion: 0 },
    ])
  })
})
