import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { KeyAutomaton } from '../../src/analyse/automaton.js'
import { compileLexicon, literalKey, phrasePattern, type CompiledLexicon } from '../../src/analyse/compile-lexicon.js'
import { defaultLexicon } from '../../src/analyse/lexicon.js'
import { findThemeHits } from '../../src/analyse/theme-hits.js'

describe('analyse/compile-lexicon literalKey', () => {
  it('reads the literal start of phrase patterns, across separators, up to a spelling alternative', () => {
    expect(literalKey(phrasePattern('Global South'))).toBe('globalsouth')
    expect(literalKey(phrasePattern('Shanghai Cooperation Organisation'))).toBe('shanghaicooperationorgani')
    expect(literalKey(phrasePattern("People's Republic"))).toBe("people'srepublic")
    expect(literalKey(phrasePattern('BRICS+'))).toBe('brics+')
  })

  it('reads the literal start of regex variants, or gives null', () => {
    expect(literalKey('(?<![\\p{L}\\p{N}_])ukrain\\p{L}*')).toBe('ukrain')
    expect(literalKey('(?<![\\p{L}\\p{N}_])G-?20(?![\\p{L}\\p{N}_])')).toBe('g20')
    expect(literalKey('(?<![\\p{L}\\p{N}_])[Tt]he West(?!x)')).toBe('thewest')
    expect(literalKey('(?<![\\p{L}\\p{N}_])U\\.N\\.')).toBe('u.n.')
    expect(literalKey('Western[\\s\\u00a0]+(?:countries|states)')).toBe('western')
    expect(literalKey('colou?r')).toBe('colo')
    expect(literalKey('ab+c')).toBe('ab')
    expect(literalKey('a|b')).toBeNull()
    expect(literalKey('(?:a|b)c')).toBeNull()
    expect(literalKey('\\w+')).toBeNull()
    expect(literalKey('[a-z]x')).toBeNull()
  })
})

/** The same lexicon without the automaton: every variant scanned in full (the plain-regex reference). */
function withoutAutomaton(compiled: CompiledLexicon): CompiledLexicon {
  return {
    ...compiled,
    automaton: new KeyAutomaton([]),
    themes: compiled.themes.map((t) => ({
      ...t,
      variants: t.variants.map((v) => ({ ...v, key: null, global: new RegExp(v.sticky.source, v.sticky.flags.replace('y', 'g')) })),
    })),
  }
}

describe('analyse/compile-lexicon automaton prefilter', () => {
  const compiled = compileLexicon(defaultLexicon())
  const reference = withoutAutomaton(compiled)
  const fragments = [
    'Global', 'South', 'global south', '#GlobalSouth', 'BRICS', 'BRICS’', 'BRICS+', 'SCO', '(SCO)', '(#SCO)', 'Shanghai Cooperation Organization',
    'Shanghai Cooperation Organisation', 'UN', 'UNGA77', 'un', 'U.N.', 'United Nations', 'the West', 'The West Bank', 'the west', 'Western countries',
    'Ukraine', 'Ukrainian', 'pro-Ukrainian', 'Kiev', 'Kyiv', 'G20', 'G-20', 'Group of Twenty', 'multi-polar', 'multipolarity', 'world order',
    'hegemonism', 'Hegemony', 'sanctions', 'anti-Russian sanctions', 'US', 'us', 'USA', 'Belt and Road', 'Belt & Road', 'BRI', 'One Belt, One Road',
    'emerging markets and developing countries', 'ASEAN-centric', 'Türkiye’s', '🇷🇺', '–', '-', ' ', '  ', '\n', ',', '.', '(', ')', '#', '’s', 'x',
  ]
  it('finds exactly what scanning every variant in full finds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 40 }), (parts) => {
        const text = parts.join('')
        const sentences = [{ span: [0, text.length] as const, speaker: { role: 'narrator' as const, name: null, side: null } }]
        expect(findThemeHits({ text, sentences }, compiled)).toEqual(findThemeHits({ text, sentences }, reference))
      }),
      { numRuns: 500 },
    )
  })

  it('scans several MB of seed-like text quickly (a guard against a return to per-regex scans)', () => {
    const text = 'The two sides exchanged views on the Ukraine crisis. BRICS and the SCO, the UN Security Council, the Global South. '.repeat(40_000)
    const started = performance.now()
    const hits = findThemeHits({ text, sentences: [] }, compiled)
    expect(hits.length).toBe(40_000 * 5)
    expect(performance.now() - started).toBeLessThan(15_000)
  })
})
