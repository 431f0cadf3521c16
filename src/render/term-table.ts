import Table from 'cli-table3'
import { stringify as csvStringify } from 'csv-stringify/sync'
import { fixed, rounded } from './format.js'
import type { Account, AlignedEvent, TermRow } from '../types.js'

export type TermTableFormat = 'table' | 'csv' | 'json'

export interface TermTableOptions {
  /** Include the keyness columns (g2, bic, logRatio, lrc). @default true when any row carries keyness */
  keyness?: boolean
  /** Colour the table's borders and header (only for `table`, only when writing to a TTY). @default false */
  color?: boolean
}

/** A term row as JSON and CSV print it: rounded numbers, null for what is not a finite number. */
export interface TermRecord {
  term: string
  ru: number
  cn: number
  ruPerMillion: number | null
  cnPerMillion: number | null
  g2?: number | null
  bic?: number | null
  logRatio?: number | null
  lrc?: number | null
}

const BASE = ['term', 'ru', 'cn', 'ruPerMillion', 'cnPerMillion'] as const
const KEYNESS = ['g2', 'bic', 'logRatio', 'lrc'] as const
const DECIMALS: Record<string, number> = { ruPerMillion: 2, cnPerMillion: 2, g2: 3, bic: 3, logRatio: 3, lrc: 3 }

function hasKeyness(rows: readonly TermRow[]): boolean {
  return rows.some((r) => KEYNESS.some((k) => r[k] !== undefined))
}

/** One row with its numbers rounded once, so all three formats show the same values. */
export function termRecord(row: TermRow, keyness: boolean): TermRecord {
  const record: TermRecord = {
    term: row.term,
    ru: row.ru,
    cn: row.cn,
    ruPerMillion: rounded(row.ruPerMillion, 2),
    cnPerMillion: rounded(row.cnPerMillion, 2),
  }
  if (keyness) {
    for (const k of KEYNESS) record[k] = rounded(row[k], DECIMALS[k]!)
  }
  return record
}

/**
 * Term frequencies (and keyness) as a text table, CSV with a header, or a JSON array. Rows keep
 * the order given. Output is deterministic: fixed decimals, no colour unless asked, a final newline.
 */
export function formatTermTable(rows: readonly TermRow[], format: TermTableFormat, options: TermTableOptions = {}): string {
  const keyness = options.keyness ?? hasKeyness(rows)
  const columns: string[] = keyness ? [...BASE, ...KEYNESS] : [...BASE]
  const records = rows.map((r) => termRecord(r, keyness))
  switch (format) {
    case 'json':
      return `${JSON.stringify(records, null, 2)}\n`
    case 'csv':
      return csvStringify(
        records.map((r) => columns.map((c) => (r as unknown as Record<string, unknown>)[c] ?? '')),
        { header: true, columns, record_delimiter: 'unix' },
      )
    case 'table': {
      const table = newTable(columns, options.color ?? false, [1, 2, 3, 4, 5, 6, 7, 8])
      for (const r of records) {
        table.push(
          columns.map((c) => {
            const v = (r as unknown as Record<string, unknown>)[c]
            if (c === 'term') return String(v)
            if (typeof v === 'number') return DECIMALS[c] === undefined ? String(v) : fixed(v, DECIMALS[c]!)
            return fixed(null, 0)
          }),
        )
      }
      return `${table.toString()}\n`
    }
    default:
      throw new TypeError(`expected format table, csv or json, found ${String(format)}`)
  }
}

function newTable(head: string[], color: boolean, rightAligned: number[] = []): InstanceType<typeof Table> {
  return new Table({
    head,
    style: color ? { head: ['cyan'], border: ['grey'] } : { head: [], border: [] },
    colAligns: head.map((_, i) => (rightAligned.includes(i) ? 'right' : 'left')),
  })
}

function truncate(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()]
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('')
}

/** One line per account for `parallax accounts`: id, side, date (with precision), place, kind, participants, title. */
export function formatAccountsTable(accounts: readonly Account[], options: { color?: boolean } = {}): string {
  const table = newTable(['id', 'side', 'date', 'place', 'kind', 'participants', 'title'], options.color ?? false)
  for (const a of accounts) {
    const d = a.facts.date
    const date =
      d.value !== null
        ? d.precision === 'year-inferred'
          ? `${d.value} (year inferred)`
          : d.value
        : d.window
          ? `${d.window[0]}…${d.window[1]}`
          : '—'
    table.push([
      a.id,
      a.side.value,
      date,
      a.facts.place.value ?? '—',
      a.facts.kind.value,
      a.facts.participants.join(', ') || '—',
      truncate(a.title, 60),
    ])
  }
  return `${table.toString()}\n`
}

/**
 * One line per event for `parallax align`: id, date, place, ru and cn account ids, confidence,
 * what happened (the kind of the first account) and participants.
 */
export function formatEventsTable(
  events: readonly AlignedEvent[],
  accounts: readonly Account[] = [],
  options: { color?: boolean } = {},
): string {
  const byId = new Map(accounts.map((a) => [a.id, a]))
  const table = newTable(['event', 'date', 'place', 'ru', 'cn', 'confidence', 'kind', 'participants'], options.color ?? false, [5])
  for (const e of events) {
    const first = byId.get(e.ru[0] ?? e.cn[0] ?? '')
    table.push([
      e.id,
      e.date ?? '—',
      e.place ?? '—',
      e.ru.join(' ') || '—',
      e.cn.join(' ') || '—',
      fixed(e.confidence, 2),
      first?.facts.kind.value ?? '—',
      e.participants.join(', ') || '—',
    ])
  }
  return `${table.toString()}\n`
}
