import { describe, expect, it } from 'vitest'
import { counterpartCountries } from '../../src/extract/counterpart-countries.js'
import { firstSentenceEnd, headText } from '../../src/extract/head-text.js'
import { makeAccount, seed, type SeedId } from '../align/make-account.js'

describe('align/head-text', () => {
  it('is the title of a Telegram post', () => {
    expect(headText(seed['003:14'])).toBe(seed['003:14'].title)
  })

  it('is the title and the lede of a web page', () => {
    expect(headText(seed['004:1'])).toBe(
      'Wang Yi meets with Russian Foreign Minister Sergey Lavrov\nOn June 10, 2024 local time, Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi met with Russian Foreign Minister Sergey Lavrov in Nizhny Novgorod.',
    )
  })

  it('reads past a Telegram title of hashtags only', () => {
    expect(headText(seed['003:19'])).toBe(
      '#RussiaChina\n🇷🇺🇨🇳 On September 25, Sergey Lavrov met with Minister of Foreign Affairs of the People’s Republic of China Wang Yi on the sidelines of the 79th session of the UN General Assembly.',
    )
  })

  it('keeps a dateline in the lede, and ends the sentence at its stop, not at an abbreviation', () => {
    const page = makeAccount({
      id: '030:1',
      side: 'cn',
      text: 'Wang Yi Meets with U.S. Secretary of State\nWashington, D.C., October 26, 2023\nWang Yi met with U.S. Secretary of State Antony Blinken. Mr. Blinken said the U.S. side is ready to talk.',
    })
    expect(headText(page)).toBe('Wang Yi Meets with U.S. Secretary of State\nWashington, D.C., October 26, 2023\nWang Yi met with U.S. Secretary of State Antony Blinken.')
    expect(firstSentenceEnd('Mr. Lavrov met Mr. Wang. Then', 100)).toBe(24)
  })

  it('cuts a long sentence at a space, never inside a word', () => {
    const text = 'On June 10 the Minister met his colleague from Nigeria and many others without a stop'
    const end = firstSentenceEnd(text, 52)
    expect(text.slice(0, end)).toBe('On June 10 the Minister met his colleague from')
  })
})

describe('align/counterpart-countries', () => {
  const of = (head: string) => counterpartCountries(head)

  it('reads the counterpart after an office, in mid.ru and fmprc.gov.cn headlines', () => {
    expect(of("Sergey Lavrov's talks with Foreign Minister of the Lao People's Democratic Republic Saleumxay Kommasith")).toEqual(['la'])
    expect(of('Foreign Minister Sergey Lavrov’s meeting with Minister of Foreign Affairs of Mongolia Battsetseg Batmunkh')).toEqual(['mn'])
    expect(of('President of the Russian Federation Vladimir Putin had a meeting with Prime Minister of the Islamic Republic of Pakistan Shehbaz Sharif')).toEqual(['pk'])
    expect(of('Wang Yi Holds Talks with Foreign Minister of Laos Thongsavanh Phomvihane')).toEqual(['la'])
  })

  it('reads the counterpart before an office', () => {
    expect(of('Wang Yi Meets with Lao Deputy Prime Minister and Foreign Minister Saleumxay Kommasith')).toEqual(['la'])
    expect(of('Wang Yi Holds Talks with Iranian Acting Foreign Minister Ali Bagheri Kani')).toEqual(['ir'])
    expect(of("Lavrov speaks by phone with Mongolia's Foreign Minister")).toEqual(['mn'])
    expect(of('Minister Lavrov expressed condolences to his Iranian counterpart')).toEqual(['ir'])
  })

  it('reads every country of a list begun in a counterpart place', () => {
    expect(
      of('On November 17, Foreign Minister Sergey Lavrov met with the ambassadors of the Republic of Kazakhstan, the Kyrgyz Republic, the Republic of Tajikistan, Turkmenistan and the Republic of Uzbekistan, who are accredited in Moscow.'),
    ).toEqual(['kz', 'kg', 'tj', 'tm', 'uz'])
    expect(of('Lavrov met with the Foreign Ministers of Russia, Türkiye and Iran')).toEqual(['tr', 'ir'])
  })

  it('reads a country joined to a side in a relationship, and a flag', () => {
    expect(of("Wang Yi Attends the China-Mongolia-Russia Foreign Ministers' Meeting")).toEqual(['mn'])
    expect(of('The Ministers discussed the Russia–Laos strategic partnership')).toEqual(['la'])
    expect(of('🇷🇺🇱🇦 On June 10, Foreign Minister Sergey Lavrov met with his colleague')).toEqual(['la'])
  })

  it('never returns Russia or China', () => {
    expect(of('Wang Yi Meets with Russian Foreign Minister Sergey Lavrov')).toEqual([])
    expect(of('🇷🇺🇨🇳 Foreign Minister of the People’s Republic of China Wang Yi')).toEqual([])
  })

  it('does not read places, topics or conflicts as counterparts', () => {
    expect(of('On July 25, Wang Yi met with Russian Foreign Minister Sergey Lavrov in Vientiane, Laos.')).toEqual([])
    expect(of("Foreign Minister Sergey Lavrov's remarks following his visit to the United States")).toEqual([])
    expect(of('Wang Yi: China’s position on the Ukraine crisis is objective and fair')).toEqual([])
    expect(of('The two sides discussed the Russia-Ukraine conflict, Iran’s nuclear programme and the Korean Peninsula.')).toEqual([])
    expect(of('Wang Yi met Lavrov on the sidelines of the G20 summit hosted by India')).toEqual([])
    expect(of('Lavrov met with Latin American ambassadors')).toEqual([])
    expect(of('the Congolese delegation')).toEqual([])
  })

  it('on the seeds: Iran for 003:13, Laos for 003:14, nothing for the Russia–China readouts', () => {
    const heads = Object.fromEntries(Object.entries(seed).map(([id, account]) => [id, counterpartCountries(headText(account))]))
    const expected: Partial<Record<SeedId, string[]>> = { '003:13': ['ir'], '003:14': ['la'] }
    for (const id of Object.keys(seed) as SeedId[]) expect([id, heads[id]]).toEqual([id, expected[id] ?? []])
  })
})
