import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { peopleGazetteer, placesGazetteer, sideOfPerson, spelledOutHashtags, type Gazetteer } from '../../src/extract/gazetteer.js'
import { hostileText } from '../property/arbitraries.js'

/**
 * The matcher as first written, kept as the reference the fast one must agree with: a Unicode regex
 * finds the words that can open an alias, then one alternation per first word, longest alias first,
 * with the word boundary in a lookahead.
 */
function referenceFinder<E extends { name: string; aliases: string[] }>(gazetteer: Gazetteer<E>, caseSensitive: boolean) {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const fold = (s: string) => s.normalize('NFC').toLowerCase().replace(/[’']/g, "'").replace(/[\s\-‐–]+/g, ' ').trim()
  const pattern = (alias: string) => alias.normalize('NFC').split(/[\s\-‐]+/).map((p) => escape(p).replace(/['’]/g, "['’]")).join('[\\s\\-‐]+')
  const firstWord = (s: string) => (/[\p{L}\p{N}]+/u.exec(s.normalize('NFC'))?.[0] ?? '').toLowerCase()
  const seen = new Set<string>()
  const groups = new Map<string, string[]>()
  const originalFirst = new Map<string, string>()
  for (const entry of gazetteer.entries) {
    for (const surface of [entry.name, ...entry.aliases]) {
      const w = firstWord(surface)
      if (!originalFirst.has(w) || /^\p{Lu}/u.test(originalFirst.get(w)!)) originalFirst.set(w, /[\p{L}\p{N}]+/u.exec(surface.normalize('NFC'))?.[0] ?? '')
      if (!seen.has(fold(surface))) groups.set(w, [...(groups.get(w) ?? []), surface])
      seen.add(fold(surface))
    }
  }
  const sticky = new Map<string, RegExp>()
  for (const [w, surfaces] of groups) {
    const body = surfaces.sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(pattern).join('|')
    sticky.set(w, new RegExp(`(?:${body})(?![\\p{L}\\p{N}])(?!['’](?![sS](?![\\p{L}\\p{N}]))[\\p{L}\\p{N}])`, caseSensitive ? 'uy' : 'uiy'))
  }
  const lowerFirsts = [...new Set([...seen].map(firstWord).filter((w) => w !== '' && /^\p{Ll}/u.test(originalFirst.get(w) ?? w)))]
  const lowerAlt = lowerFirsts.length > 0 ? `|(?<![\\p{L}\\p{N}])(?:${lowerFirsts.map(escape).join('|')})(?![\\p{L}\\p{N}])` : ''
  const WORD = new RegExp(`[\\p{Lu}\\p{N}](?<![\\p{L}\\p{N}][\\p{Lu}\\p{N}])[\\p{L}\\p{N}]*${lowerAlt}`, 'gu')
  return (text: string) => {
    const out: { name: string; span: [number, number]; surface: string }[] = []
    let after = 0
    for (const w of text.matchAll(WORD)) {
      if (w.index < after) continue
      const re = sticky.get(w[0].toLowerCase())
      if (re === undefined) continue
      re.lastIndex = w.index
      const m = re.exec(text)
      if (m === null || (!caseSensitive && (m[0] === m[0].toLowerCase() || (m[0].length <= 3 && m[0] === m[0].toUpperCase())))) continue
      const entry = gazetteer.lookup(m[0])
      if (entry === undefined) continue
      out.push({ name: entry.name, span: [w.index, w.index + m[0].length], surface: m[0] })
      after = w.index + m[0].length
    }
    return out
  }
}

describe('extract/gazetteer', () => {
  it('ships a general list, every entry with its source', () => {
    const people = peopleGazetteer().entries
    const places = placesGazetteer().entries
    expect(people.length).toBeGreaterThanOrEqual(150)
    expect(places.length).toBeGreaterThanOrEqual(300)
    for (const e of [...people, ...places]) expect(e.source.length, e.id).toBeGreaterThan(10)
    for (const name of ['Vladimir Putin', 'Dmitry Medvedev', 'Mikhail Mishustin', 'Sergey Lavrov', 'Sergey Ryabkov', 'Maria Zakharova', 'Xi Jinping', 'Hu Jintao', 'Li Qiang', 'Li Keqiang', 'Wang Yi', 'Qin Gang', 'Yang Jiechi', 'Li Zhaoxing', 'Tang Jiaxuan']) {
      expect(people.some((p) => p.name === name), name).toBe(true)
    }
  })

  it('lets the longest alias win and reports spans', () => {
    const text = 'Minister Lavrov met Ali Bagheri Kani.'
    const found = peopleGazetteer().find(text).map((m) => [m.entry.name, text.slice(...m.span)])
    expect(found).toEqual([['Sergey Lavrov', 'Minister Lavrov'], ['Ali Bagheri Kani', 'Ali Bagheri Kani']])
  })

  it('needs word boundaries, and ignores all-lower-case people but matches SHOUTED ones', () => {
    expect(peopleGazetteer().find('Lavrovsky and Putinism')).toEqual([])
    expect(peopleGazetteer().find('lavrov')).toEqual([])
    expect(peopleGazetteer().find('SERGEY LAVROV').map((m) => m.entry.name)).toEqual(['Sergey Lavrov'])
    // Xinhua's "Xi said" and "Xi's proposal" are the president; Xi'an and the numeral of "the XI Forum" are not.
    expect(peopleGazetteer().find("Xi said. Xi's proposal. In Xi'an, at the XI Forum.").map((m) => m.surface)).toEqual(['Xi', 'Xi'])
  })

  it('reads a hashtag of two capitalised words as a name, its span on the hashtag', () => {
    const text = 'FM #WangYi spoke with #SergeiLavrov. #RussiaChina Putin#XiJinping'
    const found = peopleGazetteer().find(text).map((m) => [m.entry.name, text.slice(...m.span)])
    // A hashtag run on to a word is no name of its own.
    expect(found).toEqual([['Wang Yi', '#WangYi'], ['Sergey Lavrov', '#SergeiLavrov'], ['Vladimir Putin', 'Putin']])
    expect(spelledOutHashtags(text)).toHaveLength(text.length)
  })

  it('matches places case-sensitively and knows canonical spellings', () => {
    expect(placesGazetteer().find('a nice male moscow').length).toBe(0)
    expect(placesGazetteer().lookup('St. Petersburg')?.name).toBe('Saint Petersburg')
    expect(placesGazetteer().lookup('Ulan Bator')?.name).toBe('Ulaanbaatar')
    expect(placesGazetteer().find('in Nizhny Novgorod').map((m) => m.entry.name)).toEqual(['Nizhny Novgorod'])
  })

  it('finds what the reference matcher finds, in hostile text full of names', () => {
    const people = peopleGazetteer()
    const places = placesGazetteer()
    const aliases = [...people.entries, ...places.entries].flatMap((e) => [e.name, ...e.aliases])
    const piece = fc.oneof(
      fc.constantFrom(...aliases),
      fc.constantFrom(...aliases).map((a) => a.toUpperCase()),
      fc.constantFrom(...aliases).map((a) => a.toLowerCase().replace(/ /g, '-')),
      fc.constantFrom(...aliases).map((a) => `#${a.replace(/ /g, '')}`),
      fc.constantFrom('el', 'al', 'El', 'x', 'é', '𝐀', '\u212A', 'ſ', '’s', ', ', ' ', '-', '\uD835', '٣', 'Minister ', 'President '),
      hostileText,
    )
    const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''))
    const found = <E extends { name: string }>(g: Gazetteer<E>, t: string) => g.find(t).map((m) => ({ name: m.entry.name, span: [...m.span], surface: m.surface }))
    const referencePeople = referenceFinder(people, false)
    const referencePlaces = referenceFinder(places, true)
    fc.assert(
      fc.property(text, (t) => {
        expect(found(people, t)).toEqual(referencePeople(spelledOutHashtags(t)))
        expect(found(places, t)).toEqual(referencePlaces(spelledOutHashtags(t)))
      }),
      { numRuns: 3000 },
    )
  })

  it('gives the side of Russian and Chinese people only', () => {
    const side = (name: string) => sideOfPerson(peopleGazetteer().lookup(name)!)
    expect([side('Lavrov'), side('Wang Yi'), side('Saleumxay Kommasith')]).toEqual(['ru', 'cn', null])
  })
})
