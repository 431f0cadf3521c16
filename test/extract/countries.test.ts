import { describe, expect, it } from 'vitest'
import { compileCountryList, countryList } from '../../src/extract/countries.js'
import shipped from '../../src/data/countries.json' with { type: 'json' }

/** What `find` sees in a text: "surface=id" per mention ("Congo=?" for an ambiguous name, "…=-" for no country). */
function found(text: string): string[] {
  return countryList()
    .find(text)
    .map((m) => `${text.slice(m.start, m.end)}=${m.kind === 'country' ? m.countries[0]!.id : m.kind === 'ambiguous' ? '?' : '-'}`)
}

/** A copy of the shipped file with one change, to check validation. */
function edited(change: (file: typeof shipped) => void): unknown {
  const copy = structuredClone(shipped)
  change(copy)
  return copy
}

describe('align/countries: the list', () => {
  const list = countryList()

  it('has the 193 UN members, the two observer states and the two states Russia recognises', () => {
    const by = (status: string) => list.entries.filter((c) => c.status === status).length
    expect(by('UN member')).toBe(193)
    expect(list.entries.filter((c) => c.status === 'UN observer state').map((c) => c.name)).toEqual(['Holy See', 'Palestine'])
    expect(by('recognised by Russia')).toBe(2)
    // UN members have ISO 3166-1 codes, which also give their flags.
    for (const c of list.entries.filter((e) => e.status === 'UN member')) expect(c.id).toMatch(/^[a-z]{2}$/)
    for (const c of list.entries) expect(c.source.length).toBeGreaterThan(10)
  })

  it('flags Russia and China as the two sides, and nothing else', () => {
    expect(list.entries.filter((c) => c.side).map((c) => [c.id, c.side])).toEqual([
      ['cn', 'cn'],
      ['ru', 'ru'],
    ])
    expect(list.sideOf(list.byId('la')!)).toBeNull()
  })

  it('rejects a broken file with the JSON path of the mistake', () => {
    const iran = shipped.countries.findIndex((c) => c.id === 'ir')
    expect(() => compileCountryList(edited((f) => f.countries.find((c) => c.id === 'af')!.aliases.push('Iran')))).toThrow(
      `src/data/countries.json: countries.${iran}: "Iran" is listed for both af and ir`,
    )
    expect(() => compileCountryList(edited((f) => f.ambiguous[0]!.countries.push('xx')))).toThrow('src/data/countries.json: ambiguous.0.countries: unknown country id "xx"')
    const afghanistan = shipped.countries.findIndex((c) => c.id === 'af')
    expect(() => compileCountryList(edited((f) => f.countries[afghanistan]!.demonyms.push('afghan')), 'my.json')).toThrow(
      `my.json: countries.${afghanistan}.demonyms.1: expected a name starting with a capital letter A-Z`,
    )
    const copy = (f: typeof shipped) => f.countries.push({ ...f.countries.find((c) => c.id === 'al')! })
    expect(() => compileCountryList(edited(copy))).toThrow(`src/data/countries.json: countries.${shipped.countries.length}.id: id "al" is listed twice`)
    expect(() => compileCountryList({ countries: [] })).toThrow(/^src\/data\/countries\.json: /)
  })
})

describe('align/countries: find', () => {
  it('reads names, formal names, adjectives and abbreviations, with either apostrophe', () => {
    expect(found('Foreign Minister of the Lao People’s Democratic Republic')).toEqual(["Lao People’s Democratic Republic=la"])
    expect(found("the Lao People's Democratic Republic, Laos, the Lao PDR, Lao and Laotian officials")).toEqual([
      "Lao People's Democratic Republic=la",
      'Laos=la',
      'Lao PDR=la',
      'Lao=la',
      'Laotian=la',
    ])
    expect(found('the DPRK, the Democratic People’s Republic of Korea and the Republic of Korea')).toEqual([
      'DPRK=kp',
      'Democratic People’s Republic of Korea=kp',
      'Republic of Korea=kr',
    ])
    expect(found('Iran, the Islamic Republic of Iran, an Iranian delegation')).toEqual(['Iran=ir', 'Islamic Republic of Iran=ir', 'Iranian=ir'])
  })

  it('folds diacritics and knows old and new names', () => {
    expect(found('Türkiye, Turkiye, Turkey and the Turkish side')).toEqual(['Türkiye=tr', 'Turkiye=tr', 'Turkey=tr', 'Turkish=tr'])
    expect(found("Côte d'Ivoire, Cote d’Ivoire and Ivory Coast")).toEqual(["Côte d'Ivoire=ci", 'Cote d’Ivoire=ci', 'Ivory Coast=ci'])
    expect(found('Eswatini (Swaziland), Myanmar (Burma), Czechia and the Czech Republic')).toEqual([
      'Eswatini=sz',
      'Swaziland=sz',
      'Myanmar=mm',
      'Burma=mm',
      'Czechia=cz',
      'Czech Republic=cz',
    ])
  })

  it('lets the longest name win: the Guineas, the Sudans, Dominica', () => {
    expect(found('Guinea, Equatorial Guinea, Guinea-Bissau and Papua New Guinea')).toEqual([
      'Guinea=gn',
      'Equatorial Guinea=gq',
      'Guinea-Bissau=gw',
      'Papua New Guinea=pg',
    ])
    expect(found('piracy in the Gulf of Guinea')).toEqual(['Gulf of Guinea=-'])
    expect(found('Sudan and South Sudan; Sudanese and South Sudanese')).toEqual(['Sudan=sd', 'South Sudan=ss', 'Sudanese=sd', 'South Sudanese=ss'])
    expect(found('Dominica and the Dominican Republic; the Dominican delegation')).toEqual(['Dominica=dm', 'Dominican Republic=do', 'Dominican=?'])
  })

  it('reads whole words only: Niger is not in Nigeria', () => {
    expect(found('Niger, Nigeria, a Nigerien and a Nigerian')).toEqual(['Niger=ne', 'Nigeria=ng', 'Nigerien=ne', 'Nigerian=ng'])
    expect(found('Omani and Romanian, Chadian, Malian; Somaliland')).toEqual(['Omani=om', 'Romanian=ro', 'Chadian=td', 'Malian=ml'])
  })

  it('keeps the two Congos and the two Koreas apart, and bare names ambiguous', () => {
    expect(found('the Republic of the Congo, the Democratic Republic of the Congo, DR Congo and Congo')).toEqual([
      'Republic of the Congo=cg',
      'Democratic Republic of the Congo=cd',
      'DR Congo=cd',
      'Congo=?',
    ])
    expect(found('Korea and Korean officials')).toEqual(['Korea=?', 'Korean=?'])
  })

  it('ignores phrases that name no country', () => {
    expect(found('stability on the Korean Peninsula')).toEqual(['Korean Peninsula=-'])
    expect(found('Latin American and North American partners, the Indian Ocean, the Turkish Stream pipeline')).toEqual([
      'Latin American=-',
      'North American=-',
      'Indian Ocean=-',
      'Turkish Stream=-',
    ])
    expect(found('Northern Ireland and Ireland')).toEqual(['Northern Ireland=-', 'Ireland=ie'])
  })

  it('reads the United States in upper case only, never the pronoun', () => {
    expect(found('the US, the U.S. and the USA; let us talk')).toEqual(['US=us', 'U.S.=us', 'USA=us'])
    expect(found('The UK, the UAE and the United Arab Emirates')).toEqual(['UK=gb', 'UAE=ae', 'United Arab Emirates=ae'])
  })

  it('reads flags', () => {
    expect(found('🇷🇺🇱🇦 On June 10')).toEqual(['🇷🇺=ru', '🇱🇦=la'])
  })
})

describe('align/countries: names (anywhere, any form)', () => {
  const names = (text: string, id: string) => countryList().names(text, id)

  it('finds a country in any of its forms, plurals and flags included', () => {
    expect(names('China supports Laos in its ASEAN chairmanship', 'la')).toBe(true)
    expect(names('the Lao side', 'la')).toBe(true)
    expect(names('Laotians and Russians', 'la')).toBe(true)
    expect(names('🇷🇺🇱🇦', 'la')).toBe(true)
    expect(names('Foreign Minister of Türkiye', 'tr')).toBe(true)
    expect(names('Foreign Minister of Turkiye', 'tr')).toBe(true)
  })

  it('is lenient: an ambiguous name or a phrase counts for each country it may stand for', () => {
    expect(names('the Korean Peninsula', 'kp')).toBe(true)
    expect(names('Congo', 'cd')).toBe(true)
  })

  it('reads whole words', () => {
    expect(names('Nigeria', 'ne')).toBe(false)
    expect(names('Palaos', 'la')).toBe(false)
    expect(names('Wang Yi met with Russian Foreign Minister Sergey Lavrov in Nizhny Novgorod', 'la')).toBe(false)
  })
})
