import { describe, expect, it } from 'vitest'
import { formatAccountsTable, formatEventsTable, formatTermTable } from '../../src/render/term-table.js'
import { fixtureAccounts, fixtureEvents } from '../fixtures/render/corpus.js'
import type { TermRow } from '../../src/types.js'

const ROWS: TermRow[] = [
  { term: 'tandem', ru: 6, cn: 0, ruPerMillion: 5676.442762535478, cnPerMillion: 0, g2: 7.4112, bic: -0.02, logRatio: 3.3571, lrc: 0.2089 },
  { term: 'heads, "of state"', ru: 1, cn: 7, ruPerMillion: 946.073793755913, cnPerMillion: 10937.5, g2: -11.2049, bic: NaN, logRatio: -Infinity, lrc: -0.0000001 },
]

describe('render/term-table', () => {
  it('json: rounded numbers, null for NaN and Infinity, no -0', () => {
    expect(JSON.parse(formatTermTable(ROWS, 'json'))).toEqual([
      { term: 'tandem', ru: 6, cn: 0, ruPerMillion: 5676.44, cnPerMillion: 0, g2: 7.411, bic: -0.02, logRatio: 3.357, lrc: 0.209 },
      { term: 'heads, "of state"', ru: 1, cn: 7, ruPerMillion: 946.07, cnPerMillion: 10937.5, g2: -11.205, bic: null, logRatio: null, lrc: 0 },
    ])
    expect(formatTermTable(ROWS, 'json')).not.toMatch(/NaN|Infinity|: -0,|: -0\n/)
  })

  it('csv: a header, quoting where needed, empty cells for missing numbers', () => {
    expect(formatTermTable(ROWS, 'csv')).toBe(
      'term,ru,cn,ruPerMillion,cnPerMillion,g2,bic,logRatio,lrc\n' +
        'tandem,6,0,5676.44,0,7.411,-0.02,3.357,0.209\n' +
        '"heads, ""of state""",1,7,946.07,10937.5,-11.205,,,0\n',
    )
  })

  it('leaves the keyness columns out for plain frequency rows', () => {
    const plain = ROWS.map(({ term, ru, cn, ruPerMillion, cnPerMillion }) => ({ term, ru, cn, ruPerMillion, cnPerMillion }))
    expect(formatTermTable(plain, 'csv').split('\n')[0]).toBe('term,ru,cn,ruPerMillion,cnPerMillion')
    expect(JSON.parse(formatTermTable(plain, 'json'))[0]).toEqual({ term: 'tandem', ru: 6, cn: 0, ruPerMillion: 5676.44, cnPerMillion: 0 })
  })

  it('table: fixed decimals, a dash for missing values, no colour codes', () => {
    const text = formatTermTable(ROWS, 'table')
    expect(text).not.toContain('\u001b[')
    expect(text.split('\n')).toEqual([
      '┌───────────────────┬────┬────┬──────────────┬──────────────┬─────────┬────────┬──────────┬───────┐',
      '│ term              │ ru │ cn │ ruPerMillion │ cnPerMillion │      g2 │    bic │ logRatio │   lrc │',
      '├───────────────────┼────┼────┼──────────────┼──────────────┼─────────┼────────┼──────────┼───────┤',
      '│ tandem            │  6 │  0 │      5676.44 │         0.00 │   7.411 │ -0.020 │    3.357 │ 0.209 │',
      '├───────────────────┼────┼────┼──────────────┼──────────────┼─────────┼────────┼──────────┼───────┤',
      '│ heads, "of state" │  1 │  7 │       946.07 │     10937.50 │ -11.205 │      — │        — │ 0.000 │',
      '└───────────────────┴────┴────┴──────────────┴──────────────┴─────────┴────────┴──────────┴───────┘',
      '',
    ])
  })

  it('prints the same text every time', () => {
    for (const f of ['table', 'csv', 'json'] as const) expect(formatTermTable(ROWS, f)).toBe(formatTermTable(ROWS, f))
  })

  it('rejects an unknown format', () => {
    expect(() => formatTermTable(ROWS, 'xml' as 'csv')).toThrow('expected format table, csv or json, found xml')
  })
})

describe('render/term-table: accounts and events', () => {
  it('prints one line per account', () => {
    const lines = formatAccountsTable(fixtureAccounts()).split('\n').filter((l) => l.startsWith('│') && !l.includes(' id '))
    expect(lines.map((l) => l.split('│')[1]!.trim())).toEqual(['000:1', '001:1', '001:4', '002:1', '003:12', '003:13', '004:1'])
    expect(lines[1]).toContain('2022-09-13…2022-09-30')
    expect(lines[0]).toContain('2023-01-09 (year inferred)')
  })

  it('prints one line per event, with the kind of its first account', () => {
    const text = formatEventsTable(fixtureEvents(), fixtureAccounts())
    const lines = text.split('\n').filter((l) => l.startsWith('│') && !l.includes(' event '))
    expect(lines).toHaveLength(4)
    expect(lines[0]).toMatch(/2024-06-10-lavrov-wang-yi-nizhny-novgorod +│ 2024-06-10 │ Nizhny Novgorod │ 003:12 +│ 004:1 │ +0.91 │ remarks/)
    expect(lines[2]).toMatch(/000:1 001:4 │ — /)
  })
})
