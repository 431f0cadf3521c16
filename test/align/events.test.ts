import { describe, expect, it } from 'vitest'
import { eventSlug, slugName } from '../../src/align/events.js'

describe('align/events', () => {
  it('cites people by surname, Chinese names whole', () => {
    expect(['Sergey Lavrov', 'Wang Yi', 'Qin Gang', 'Xi Jinping', 'Saleumxay Kommasith', 'Ali Bagheri Kani'].map(slugName)).toEqual([
      'lavrov',
      'wang-yi',
      'qin-gang',
      'xi-jinping',
      'kommasith',
      'kani',
    ])
  })

  it('builds a slug from date, up to three principals and place', () => {
    expect(eventSlug('2024-06-10', ['Sergey Lavrov', 'Wang Yi'], 'Nizhny Novgorod')).toBe('2024-06-10-lavrov-wang-yi-nizhny-novgorod')
    expect(eventSlug(null, ['Vladimir Putin', 'Xi Jinping', 'Narendra Modi', 'Cyril Ramaphosa'], null)).toBe('undated-putin-xi-jinping-modi')
    expect(eventSlug('2023-01-09', [], 'São Paulo')).toBe('2023-01-09-sao-paulo')
  })
})
