import { describe, expect, it } from 'vitest'
import { peopleGazetteer, placesGazetteer, sideOfPerson } from '../../src/extract/gazetteer.js'

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
  })

  it('matches places case-sensitively and knows canonical spellings', () => {
    expect(placesGazetteer().find('a nice male moscow').length).toBe(0)
    expect(placesGazetteer().lookup('St. Petersburg')?.name).toBe('Saint Petersburg')
    expect(placesGazetteer().lookup('Ulan Bator')?.name).toBe('Ulaanbaatar')
    expect(placesGazetteer().find('in Nizhny Novgorod').map((m) => m.entry.name)).toEqual(['Nizhny Novgorod'])
  })

  it('gives the side of Russian and Chinese people only', () => {
    const side = (name: string) => sideOfPerson(peopleGazetteer().lookup(name)!)
    expect([side('Lavrov'), side('Wang Yi'), side('Saleumxay Kommasith')]).toEqual(['ru', 'cn', null])
  })
})
