import { describe, expect, it } from 'vitest'
import { yearFromAnniversary } from '../../src/extract/anniversaries.js'

const year = (text: string) => yearFromAnniversary(text)?.year ?? null

describe('extract/anniversaries', () => {
  it('gives the year an anniversary falls in, counted from the event the ministries count it from', () => {
    expect(year('Xi Jinping congratulated Vladimir Putin on the 75th anniversary of Victory in the Great Patriotic War.')).toBe(2020)
    expect(year('This year marks the 75th anniversary of the establishment of diplomatic relations between China and Russia.')).toBe(2024)
    expect(year('Putin congratulated Xi on the upcoming centenary of the Communist Party of China.')).toBe(2021)
    expect(year('They recalled the 80th anniversary of the victory of the Chinese People’s War of Resistance against Japanese Aggression.')).toBe(2025)
  })

  it('moves it a year for "next year" or "last year" in the sentence', () => {
    expect(year('Next year marks the 20th anniversary of the signing of the China-Russia Treaty of Good-Neighborliness and Friendly Cooperation.')).toBe(2020)
    expect(yearFromAnniversary('Next year marks the 25th anniversary of the Treaty of Good-Neighbourliness.')?.evidence).toContain('next year')
  })

  it('takes nothing from a sentence that names its own year, nor from a victory that is no anniversary anchor', () => {
    expect(year('Zhang Hanhui said that 2026 marks the 25th anniversary of the signing of the China-Russia Treaty of Good-Neighborliness.')).toBeNull()
    expect(year('They celebrated the 10th anniversary of the victory of the party in the elections.')).toBeNull()
    expect(year('The two sides held talks in Beijing.')).toBeNull()
  })
})
