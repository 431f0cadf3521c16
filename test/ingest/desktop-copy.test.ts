import { describe, expect, it } from 'vitest'
import { copyHeaders, hasCopyHeader } from '../../src/ingest/desktop-copy.js'

describe('ingest/desktop-copy', () => {
  it('reads both header forms, the text after the newer one, and only calendar days', () => {
    expect(copyHeaders(['Russian MFA 🇷🇺, [16.05.2024 10:21]', '[2024-05-17 09:00] MID Russia: On May 17, …', 'Lavrov met Wang Yi.', 'X, [31.02.2024 10:00]'])).toEqual([
      { sender: 'Russian MFA 🇷🇺', published: '2024-05-16', rest: null },
      { sender: 'MID Russia', published: '2024-05-17', rest: 'On May 17, …' },
      null,
      { sender: 'X', published: null, rest: null },
    ])
  })

  it('reads slashed dates month first, unless the copy shows a day over 12 first', () => {
    expect(copyHeaders(['[5/6/24 10:21 AM] A: x', '[5/7/24 10:21 AM] A: y']).map((h) => h?.published)).toEqual(['2024-05-06', '2024-05-07'])
    expect(copyHeaders(['[5/6/24 10:21] A: x', '[17/6/24 10:21] A: y']).map((h) => h?.published)).toEqual(['2024-06-05', '2024-06-17'])
  })

  it('finds a header only on a line of its own shape', () => {
    expect(hasCopyHeader('text\nRussian MFA, [16.05.2024 10:21]\ntext')).toBe(true)
    expect(hasCopyHeader('Lavrov met Wang Yi [16.05.2024 10:21] in Beijing.')).toBe(false)
  })
})
