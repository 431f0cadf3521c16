import { describe, expect, it } from 'vitest'
import { linesOf } from '../../src/extract/head.js'
import { accountOpening } from '../../src/extract/opening.js'
import { makeAccount } from './make-account.js'

describe('extract/opening', () => {
  it('gives the lines through the sixth content line, each with its dates, once per account', () => {
    const text = ['📍 Minsk, October 25, 2023', '', ...Array.from({ length: 8 }, (_, i) => `Line number ${i + 1} says June ${i + 1}.`)].join('\n')
    const account = makeAccount(text)
    const opening = accountOpening(account)
    expect(opening.map((l) => [l.text, l.span, l.content])).toEqual(linesOf(text, 6).map((l) => [l.text, l.span, l.content]))
    // The dateline has too few words to count as content.
    expect(opening.at(-1)!.text).toBe('Line number 6 says June 6.')
    expect(opening[0]!.dates.map((d) => d.surface)).toEqual(['October 25, 2023'])
    expect(opening[1]!.dates.map((d) => [d.month, d.day, d.year])).toEqual([[6, 1, null]])
    expect(accountOpening(account)).toBe(opening)
  })
})
