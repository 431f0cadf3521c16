import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foldedHash, isLetterOrDigitAt, NOT_ASCII, WordRuns } from '../../src/extract/word-runs.js'
import { hostileText } from '../property/arbitraries.js'

const runsOf = (text: string) => {
  const out: [string, boolean][] = []
  const w = new WordRuns(text)
  while (w.next()) out.push([text.slice(w.start, w.end), w.capitalised])
  return out
}

/** What the walk stands for: the maximal runs a Unicode regex finds. */
const regexRunsOf = (text: string) =>
  [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m): [string, boolean] => [m[0], /^[\p{Lu}\p{N}]/u.test(m[0])])

describe('extract/word-runs', () => {
  it('walks maximal runs of letters and digits, saying which open with a capital or a digit', () => {
    expect(runsOf('Sergey Lavrov’s talks, 2024: el-Sisi')).toEqual([
      ['Sergey', true], ['Lavrov', true], ['s', false], ['talks', false], ['2024', true], ['el', false], ['Sisi', true],
    ])
    expect(runsOf('ÇAVUŞOĞLU Ürümqi 𝐀𝐛 ǅx ٣٤')).toEqual([['ÇAVUŞOĞLU', true], ['Ürümqi', true], ['𝐀𝐛', true], ['ǅx', false], ['٣٤', true]])
    expect(runsOf('')).toEqual([])
    expect(runsOf(' \uD835 ’ – 📍 ')).toEqual([])
  })

  it('finds exactly the runs of the Unicode regex, lone surrogates and astral letters included', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        expect(runsOf(text)).toEqual(regexRunsOf(text))
      }),
      { numRuns: 2000 },
    )
  })

  it('tells a letter or digit at an offset, and nothing past the end', () => {
    expect(['a', 'Z', '7', 'é', '𝐀', ' ', '’', '_'].map((c) => isLetterOrDigitAt(c, 0))).toEqual([true, true, true, true, true, false, false, false])
    expect(isLetterOrDigitAt('ab', 2)).toBe(false)
  })

  it('hashes an ASCII run as its lower-case form, and gives up on any other char', () => {
    expect(foldedHash('xLAVROVx', 1, 7)).toBe(foldedHash('lavrov', 0, 6))
    expect(foldedHash('G20', 0, 3)).toBe(foldedHash('g20', 0, 3))
    expect(foldedHash('Lavrov', 0, 6)).not.toBe(foldedHash('Lavrow', 0, 6))
    // The Kelvin sign lower-cases to an ASCII "k": it must not be hashed as something else.
    expect(foldedHash('\u212Aazan', 0, 5)).toBe(NOT_ASCII)
    expect(foldedHash('Erdoğan', 0, 7)).toBe(NOT_ASCII)
  })
})
