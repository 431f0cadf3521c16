import { describe, expect, it } from 'vitest'
import { compactText, flatString } from '../../src/segment/compact-text.js'

describe('compactText', () => {
  it('keeps every Latin-1 character, accents and non-breaking spaces included', () => {
    const text = 'Lavrov met Wang Yi in São Paulo\u00a0- café, naïve, 1° ±2 ×3 ÿ'
    expect(compactText(text)).toBe(text)
  })

  it('returns a text with characters beyond Latin-1 as it is', () => {
    const text = 'Lavrov’s talks 👍 “Global Majority” 外交部'
    expect(compactText(text)).toBe(text)
  })

  it('keeps a Latin-1 text cut from a two-byte one', () => {
    const file = 'Wang Yi held talks with Sergey Lavrov.\n👍 12'
    const cut = file.slice(0, file.indexOf('\n'))
    expect(compactText(cut)).toBe('Wang Yi held talks with Sergey Lavrov.')
  })

  it('flattens a string built from pieces without changing it', () => {
    const id = '003:14'
    const built = `closest candidate ${id} scored ${(0.123).toFixed(2)} (dates ${3} days apart)`
    expect(flatString(built)).toBe('closest candidate 003:14 scored 0.12 (dates 3 days apart)')
    expect(flatString('')).toBe('')
  })
})
