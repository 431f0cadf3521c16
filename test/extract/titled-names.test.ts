import { describe, expect, it } from 'vitest'
import { titledNames } from '../../src/extract/titled-names.js'

const names = (text: string) => titledNames(text).map((t) => t.name)

describe('extract/titled-names', () => {
  it('reads a name after its office, whether or not the gazetteer knows it', () => {
    expect(names('On July 25, Wang Yi met with Thai Foreign Minister Maris Sangiampongsa in Vientiane.')).toEqual(['Maris Sangiampongsa'])
    expect(names('Russian Permanent Representative Vassily Nebenzia')).toEqual(['Vassily Nebenzia'])
    expect(names('Foreign Minister of Laos Saleumxay Kommasith')).toEqual(['Saleumxay Kommasith'])
  })

  it('skips the country after the office, as long as the country list says it runs', () => {
    expect(names('met with Minister for Foreign Affairs of the Republic of Indonesia Retno Marsudi.')).toEqual(['Retno Marsudi'])
    expect(names('President of the Republic of Korea Yoon Suk Yeol')).toEqual(['Yoon Suk Yeol'])
    expect(names('Minister of Foreign Affairs of the United Arab Emirates Abdullah bin Zayed Al Nahyan said')).toEqual(['Abdullah bin Zayed Al Nahyan'])
  })

  it('skips the organisation an office serves', () => {
    expect(names('Lavrov met with Secretary-General of the Association of Southeast Asian Nations Kao Kim Hourn.')).toEqual(['Kao Kim Hourn'])
    expect(names('Secretary-General of the United Nations António Guterres')).toEqual(['António Guterres'])
    expect(names('Special Representative of the SCO Secretary-General')).toEqual([])
  })

  it('skips a region after a governor or mayor, where no list holds it', () => {
    expect(names('Zhang Hanhui met with Governor of Primorsky Krai Oleg Kozhemyako at the Embassy.')).toEqual(['Oleg Kozhemyako'])
    expect(names('Governor of Heilongjiang Province Xu Qin said')).toEqual(['Xu Qin'])
    expect(names('Li Qiang met Mayor of Moscow Sergey Sobyanin.')).toEqual(['Sergey Sobyanin'])
    expect(names('the Governor of the region said')).toEqual([])
  })

  it('gives a name without a possessive or a headline verb', () => {
    expect(names('Foreign Minister Sergey Lavrov’s talks with Foreign Minister of the People’s Republic of China Wang Yi')).toEqual(['Sergey Lavrov', 'Wang Yi'])
    expect(names('Foreign Minister Wang Yi Holds Talks with Russian Foreign Minister Sergey Lavrov')).toEqual(['Wang Yi', 'Sergey Lavrov'])
  })

  it('finds no name where an office is followed by none', () => {
    expect(names('the President of the United States and the Prime Minister of India')).toEqual([])
    expect(names('President Putin said')).toEqual([])
  })

  it('places each name where it stands in the text', () => {
    const text = 'Lavrov met Thai Foreign Minister Maris Sangiampongsa.'
    const [found] = titledNames(text)
    expect(text.slice(...found!.span)).toBe('Maris Sangiampongsa')
  })

  it('reads a name after an office\'s portfolio and institution, and after "the delegation headed by"', () => {
    expect(names('Special Representative for Arctic Affairs of the Ministry of Foreign Affairs Gao Feng headed the Chinese delegation.')).toEqual(['Gao Feng'])
    expect(names('Ambassador-at-Large for Arctic Affairs of the Russian Ministry of Foreign Affairs Nikolay Korchunov headed the Russian delegation.')).toEqual(['Nikolay Korchunov'])
    expect(names('He met Director of the Federal Drug Control Service of Russia Viktor Ivanov.')).toEqual(['Viktor Ivanov'])
    expect(names('Special Representative of the Chinese Government on Korean Peninsula Affairs Liu Xiaoming said')).toEqual(['Liu Xiaoming'])
    expect(names('Wu Hongbo met with the delegation headed by Andrey Karlov, Director of the Consular Department.')).toEqual(['Andrey Karlov'])
    // A portfolio with no name after it gives none.
    expect(names('The Director of the Department said that Moscow and Beijing agree.')).toEqual([])
  })

  it('reads a name after a defence minister\'s office, as either side writes it', () => {
    expect(names('General Li Shangfu met Russian Defense Minister Sergei Shoigu.')).toEqual(['Sergei Shoigu'])
    expect(names('Chinese Minister of National Defense Li Shangfu said the two militaries would deepen cooperation.')).toEqual(['Li Shangfu'])
  })
})
