import { describe, expect, it } from 'vitest'
import { dayGap, dayNumber, dayRange, formatRange, isoDay } from '../../src/align/dates.js'
import { makeAccount, seed } from './make-account.js'

describe('align/dates', () => {
  it('converts ISO days both ways and refuses impossible dates', () => {
    expect(isoDay(dayNumber('2024-06-10')!)).toBe('2024-06-10')
    expect(dayNumber('2024-02-30')).toBeNull()
    expect(dayNumber('10.06.2024')).toBeNull()
  })

  it('reads a stated day, a year-inferred day and a window', () => {
    expect(formatRange(dayRange(seed['003:12'], 3)!)).toBe('2024-06-10')
    expect(dayRange(seed['001:4'], 3)!.precision).toBe('year-inferred')
    const window = dayRange(seed['001:1'], 3)!
    expect([formatRange(window), window.precision]).toEqual(['2022-09-13..2022-09-30', 'window'])
  })

  it('falls back on the publication date when the text states none', () => {
    const undated = makeAccount({ id: '009:1', side: 'cn', published: '2022-09-22' })
    const range = dayRange(undated, 3)!
    expect([formatRange(range), range.precision, range.evidence]).toEqual(['2022-09-19..2022-09-22', 'published', 'no date in the text; published 2022-09-22'])
    expect(dayRange(makeAccount({ id: '009:2', side: 'cn' }), 3)).toBeNull()
  })

  it('measures the gap between ranges, 0 when they overlap', () => {
    const a = dayRange(seed['001:1'], 3)!
    const b = dayRange(seed['002:1'], 3)!
    expect(dayGap(a, b)).toBe(0)
    expect(dayGap(dayRange(seed['003:12'], 3)!, dayRange(seed['003:9'], 3)!)).toBe(62)
  })
})
