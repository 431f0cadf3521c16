import { describe, expect, it } from 'vitest'
import { foldKey, KeyAutomaton } from '../../src/analyse/automaton.js'

/** "start:id" of every key occurrence, sorted. */
function occurrences(keys: string[], text: string): string[] {
  const out: string[] = []
  new KeyAutomaton(keys.map((key, id) => ({ key, id }))).scan(text, (start, id) => out.push(`${start}:${keys[id]}`))
  return out.sort()
}

describe('analyse/automaton', () => {
  it('finds overlapping keys in one pass', () => {
    expect(occurrences(['he', 'she', 'hers', 'his'], 'ushers')).toEqual(['1:she', '2:he', '2:hers'])
  })

  it('ignores case and separators, and unifies apostrophes', () => {
    // "globalsouth" is found in "Global South", "Global-South" and "#GlobalSouth"; offsets point at the "G".
    expect(occurrences(['globalsouth'], 'Global South, Global-South, #GlobalSouth')).toEqual(['0:globalsouth', '14:globalsouth', '29:globalsouth'])
    expect(occurrences(["people's"], 'the People’s Republic')).toEqual(["4:people's"])
    expect(foldKey('Belt and Road')).toBe('beltandroad')
  })

  it('handles keys with non-ASCII letters and astral characters in the text', () => {
    expect(occurrences(['türkiye', 'ü'], '🇹🇷 Türkiye’s')).toEqual(['5:türkiye', '6:ü'])
  })

  it('finds nothing with no keys', () => {
    expect(occurrences([], 'anything')).toEqual([])
  })
})
