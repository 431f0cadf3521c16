import { describe, expect, it } from 'vitest'
import { findDates, isDateline, isValidDay } from '../../src/extract/date-mentions.js'

const parts = (s: string) => findDates(s).map(({ year, month, day, start }) => ({ year, month, day, start }))

describe('extract/date-mentions', () => {
  it('reads US order with and without a year (seeds/002 line 8, seeds/001 "On January 9")', () => {
    expect(parts('On September 21, 2022 local time, State Councilor')).toEqual([{ year: 2022, month: 9, day: 21, start: null }])
    expect(parts('On January 9, Foreign Minister')).toEqual([{ year: null, month: 1, day: 9, start: null }])
  })

  it('reads British order and ordinals', () => {
    expect(parts('(Moscow, 3 March 2024)')).toEqual([{ year: 2024, month: 3, day: 3, start: null }])
    expect(parts('on the 10th of June')).toEqual([{ year: null, month: 6, day: 10, start: null }])
    expect(parts('June 10th, 2024')).toEqual([{ year: 2024, month: 6, day: 10, start: null }])
  })

  it('reads a range as its last day and keeps its first (seeds/003: "On April 8-9", "On May 20-21")', () => {
    expect(parts('On April 8-9, Foreign Minister')).toEqual([{ year: null, month: 4, day: 9, start: { month: 4, day: 8 } }])
    expect(parts('8–9 April 2024')).toEqual([{ year: 2024, month: 4, day: 9, start: { month: 4, day: 8 } }])
    expect(parts('June 30 – July 1, 2024')).toEqual([{ year: 2024, month: 7, day: 1, start: { month: 6, day: 30 } }])
    expect(parts('a state visit from March 20 to 22, 2023')).toEqual([{ year: 2023, month: 3, day: 22, start: { month: 3, day: 20 } }])
    expect(parts('from 20 through 22 March 2023')).toEqual([{ year: 2023, month: 3, day: 22, start: { month: 3, day: 20 } }])
  })

  it('reads ISO and day-first dotted dates', () => {
    expect(parts('fmprc.gov.cn| Updated: 2024-06-10')).toEqual([{ year: 2024, month: 6, day: 10, start: null }])
    expect(parts('10.06.2024')).toEqual([{ year: 2024, month: 6, day: 10, start: null }])
    expect(parts('2023/05/16 17:20')).toEqual([{ year: 2023, month: 5, day: 16, start: null }])
    expect(parts('2023/5/6')).toEqual([{ year: 2023, month: 5, day: 6, start: null }])
    expect(parts('2023/13/06 and 2023-5-16')).toEqual([])
  })

  it('ignores months without a day, "May" the verb and impossible days', () => {
    expect(parts('the summit in Kazan in October 2024')).toEqual([])
    expect(parts('which took place in May of this year')).toEqual([])
    expect(parts('We may 20 times try')).toEqual([])
    expect(parts('February 30, 2023')).toEqual([])
    expect(parts('the 85th anniversary; 620 people; In 2022, it increased by about 25 percent')).toEqual([])
  })

  it('returns spans into the searched string', () => {
    const s = 'talks held via videoconference on December 30, 2022, for generating'
    const [d] = findDates(s)
    expect(s.slice(...d!.span)).toBe('December 30, 2022')
  })

  it('knows leap years', () => {
    expect(isValidDay(2024, 2, 29)).toBe(true)
    expect(isValidDay(2023, 2, 29)).toBe(false)
    expect(isValidDay(null, 2, 29)).toBe(true)
  })

  it('recognises datelines with or without the pin (seeds/001 post 2, seeds/003 post 15)', () => {
    expect(isDateline('📍Denpasar, November 15, 2022')).toBe(true)
    expect(isDateline('Denpasar, November 15, 2022')).toBe(true)
    expect(isDateline('📍 July 3, 2024')).toBe(true)
    expect(isDateline('2022-09-22 18:04')).toBe(false)
    expect(isDateline('On June 10, Foreign Minister Sergey Lavrov met with the minister, 2024')).toBe(false)
    // Every way a date can end the line: a day with a suffix, a month, an abbreviated month.
    expect(isDateline('📍 Astana, July 3rd')).toBe(true)
    expect(isDateline('Minsk, 25 October')).toBe(true)
    expect(isDateline('Minsk, 8 Dec.')).toBe(true)
    expect(isDateline('📍 Minsk, 1-2 September.  ')).toBe(true)
    expect(isDateline('Lavrov met Wang Yi on June 10.')).toBe(false)
  })
})
