import { describe, expect, it } from 'vitest'
import { compileLexicon } from '../../src/analyse/compile-lexicon.js'
import { defaultLexicon, loadLexicon } from '../../src/analyse/lexicon.js'
import { findThemeHits } from '../../src/analyse/theme-hits.js'
import type { Lexicon } from '../../src/types.js'

const messages = (json: unknown): string[] => loadLexicon(json, 'my.json').diagnostics.map((d) => `${d.file}: ${d.message}`)
const theme = (id: string, variants: unknown, extra: object = {}) => ({ id, label: id, variants, ...extra })

/** The text with every mention of the one theme of `variants` wrapped in [[…]]. */
function marked(variants: string[], text: string): string {
  const lexicon: Lexicon = { families: {}, themes: [{ id: 't', label: 't', variants }] }
  let out = ''
  let at = 0
  for (const hit of findThemeHits({ text, sentences: [] }, lexicon)) {
    out += `${text.slice(at, hit.span[0])}[[${text.slice(hit.span[0], hit.span[1])}]]`
    at = hit.span[1]
  }
  return out + text.slice(at)
}

describe('analyse/lexicon', () => {
  it('ships a valid lexicon with the themes the gold counts', () => {
    const lexicon = defaultLexicon()
    const ids = lexicon.themes.map((t) => t.id)
    for (const id of ['ukraine', 'kiev', 'sco', 'brics', 'un', 'g20', 'apec', 'asean', 'eaeu', 'csto', 'belt-and-road', 'hegemony',
      'unilateralism', 'power-politics', 'sanctions', 'global-south', 'global-majority', 'developing-countries', 'multipolar',
      'world-order', 'multilateralism', 'nato', 'west', 'taiwan', 'korean-peninsula', 'middle-east', 'afghanistan']) {
      expect(ids).toContain(id)
    }
    expect(new Set(ids).size).toBe(ids.length)
    for (const t of lexicon.themes) {
      expect(t.note, t.id).toBeTruthy()
      expect(t.source, t.id).toBeTruthy()
    }
    expect(loadLexicon(lexicon, 'themes.json').diagnostics).toEqual([])
  })

  it('reports a wrong shape with the file and the JSON path, one line each', () => {
    expect(messages({ families: {}, themes: [theme('a', ['x']), theme('b', ['x']), theme('c', ['x']), theme('d', 'x')] })).toEqual([
      'my.json: themes[3].variants: expected an array of strings',
    ])
    expect(messages({ themes: [theme('a', ['x', 3])] })).toEqual(['my.json: themes[0].variants[1]: expected a string'])
    expect(messages([])).toEqual(['my.json: (root): expected an object {families, themes}'])
    expect(messages({ families: {}, themes: [{ id: 'Bad Id', label: 'x', variants: ['x'] }] })).toEqual([
      'my.json: themes[0].id: expected a lower-case id of letters, digits and hyphens',
    ])
  })

  it('reports invalid regular expressions, unknown families and duplicate ids', () => {
    expect(messages({ families: {}, themes: [theme('a', ['ok', '/(unclosed/i'])] })).toEqual([
      'my.json: themes[0].variants[1]: invalid regular expression /(unclosed/i: /(unclosed/gi: Unterminated group',
    ])
    expect(messages({ families: {}, themes: [theme('a', ['/x*/'])] })).toEqual([
      'my.json: themes[0].variants[0]: invalid regular expression /x*/: matches the empty string',
    ])
    expect(messages({ families: { f: 'F' }, themes: [theme('a', ['x'], { family: 'g' }), theme('a', ['y'])] })).toEqual([
      "my.json: themes[0].family: unknown family 'g' (not in families)",
      "my.json: themes[1].id: duplicate theme id 'a'",
    ])
  })

  it('returns the lexicon only when there is nothing to report', () => {
    const { lexicon, diagnostics } = loadLexicon({ families: { f: 'F' }, themes: [theme('a', ['x'], { family: 'f', note: 'n' })] }, 'my.json')
    expect(diagnostics).toEqual([])
    expect(lexicon).toEqual({ families: { f: 'F' }, themes: [{ id: 'a', label: 'a', variants: ['x'], family: 'f', note: 'n' }] })
  })

  it('compiles once per lexicon object', () => {
    const lexicon = defaultLexicon()
    expect(compileLexicon(lexicon)).toBe(compileLexicon(lexicon))
  })
})

describe('analyse/lexicon phrases', () => {
  it('match whole words, case-insensitively', () => {
    expect(marked(['BRICS'], 'brics, #BRICS and BRICS’ growth, not BRICSA')).toBe('[[brics]], #[[BRICS]] and [[BRICS]]’ growth, not BRICSA')
  })

  it('tolerate hyphens, spaces or nothing between words (#GlobalSouth)', () => {
    expect(marked(['Global South'], 'Global South, Global-South, #GlobalSouth')).toBe('[[Global South]], [[Global-South]], #[[GlobalSouth]]')
    expect(marked(['ASEAN-centric'], 'an ASEAN centric structure')).toBe('an [[ASEAN centric]] structure')
  })

  it('tolerate British and American spellings and curly apostrophes', () => {
    expect(marked(['Shanghai Cooperation Organisation'], 'the Shanghai Cooperation Organization')).toBe('the [[Shanghai Cooperation Organization]]')
    expect(marked(['centre', 'defence', 'neighbour'], 'center, defense, neighbor')).toBe('[[center]], [[defense]], [[neighbor]]')
    expect(marked(["People's Republic"], 'the People’s Republic')).toBe('the [[People’s Republic]]')
  })

  it('let the longest variant of a theme win', () => {
    expect(marked(['Ukraine', 'Ukraine crisis'], 'the Ukraine crisis and Ukraine')).toBe('the [[Ukraine crisis]] and [[Ukraine]]')
  })

  it('count "full name (ABBR)" and "(#ABBR)" once', () => {
    expect(marked(['SCO', 'Shanghai Cooperation Organisation'], 'Shanghai Cooperation Organization (SCO), the Shanghai Cooperation Organisation (#SCO) and the SCO')).toBe(
      '[[Shanghai Cooperation Organization (SCO)]], the [[Shanghai Cooperation Organisation (#SCO)]] and the [[SCO]]',
    )
  })

  it('keep /regex/ variants case-sensitive unless flagged i', () => {
    expect(marked(['/(?<![\\p{L}\\p{N}_])UN(?![\\p{L}\\p{N}_])/u'], 'the UN, #UN, #UNGA77, un-')).toBe('the [[UN]], #[[UN]], #UNGA77, un-')
    expect(marked(['/hegemon\\w*/i'], 'Hegemony and hegemonism')).toBe('[[Hegemony]] and [[hegemonism]]')
  })
})
