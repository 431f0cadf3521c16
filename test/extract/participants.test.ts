import { describe, expect, it } from 'vitest'
import { findParticipants } from '../../src/extract/participants.js'
import { speakersOf } from '../../src/extract/speakers.js'
import { makeAccount } from './make-account.js'

const people = (text: string, options: Parameters<typeof makeAccount>[1] = {}) => {
  const account = makeAccount(text, options)
  return findParticipants(account, speakersOf(account).labelled)
}

describe('extract/participants', () => {
  it('keeps people only cited later in the text out (seeds/000 lines 6-10: Putin and Xi are context)', () => {
    const text =
      'Press release on Foreign Minister Sergey Lavrov’s telephone conversation with Foreign Minister of the People’s Republic of China Qin Gang\nOn January 9, Foreign Minister Sergey Lavrov spoke by phone with Foreign Minister of the People’s Republic of China Qin Gang.\nThey noted the importance of the talks between President of the Russian Federation Vladimir Putin and President of the People’s Republic of China Xi Jinping, held via videoconference on December 30, 2022.'
    expect(people(text, { medium: 'web' })).toEqual(['Sergey Lavrov', 'Qin Gang'])
  })

  it('lists everyone in the head in order of first mention (seeds/003 line 103; seeds/002 title)', () => {
    expect(people('🇷🇺🇨🇳 On April 8-9, Foreign Minister Sergey Lavrov was on an official visit to China, where he was received by President of China Xi Jinping and held extensive talks with Foreign Minister of China Wang Yi.\nThe Chinese leader welcomed Sergey Lavrov’s arrival in Beijing as an important step of comprehensive preparations for President of Russia Vladimir Putin’s state visit to China.'))
      .toEqual(['Sergey Lavrov', 'Xi Jinping', 'Wang Yi'])
    expect(people('Wang Yi Meets with Russian Foreign Minister Sergey Lavrov\nOn September 21, 2022 local time, Wang Yi met with Lavrov in New York.\nLavrov wishes the 20th National Congress a complete success. The Global Development Initiative, put forward by President Xi Jinping, is important.', { medium: 'web' }))
      .toEqual(['Wang Yi', 'Sergey Lavrov'])
  })

  it('does not take the sentence after a web lede (seeds/004: Putin is only mentioned by Wang Yi)', () => {
    const text =
      'Wang Yi meets with Russian Foreign Minister Sergey Lavrov\nOn June 10, 2024 local time, Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi met with Russian Foreign Minister Sergey Lavrov in Nizhny Novgorod.\nNoting that President Vladimir Putin\'s recent visit to China was a great success, Wang Yi said that both sides should fully implement the understandings.'
    expect(people(text, { medium: 'web' })).toEqual(['Wang Yi', 'Sergey Lavrov'])
  })

  it('matches aliases, possessives and titles; ignores all-lower-case hits', () => {
    expect(people('Sergei Lavrov’s talks with FM Wang Yi and Mr Bagheri Kani')).toEqual(['Sergey Lavrov', 'Wang Yi', 'Ali Bagheri Kani'])
    expect(people('FM Lavrov met Hossein Amir Abdollahian and S. Jaishankar')).toEqual(['Sergey Lavrov', 'Hossein Amir-Abdollahian', 'Subrahmanyam Jaishankar'])
    expect(people('The minister played his trump card and met lavrov')).toEqual([])
  })

  it('adds a named speaker of the body (a "💬 Name:" line)', () => {
    const text = '🇷🇺🇨🇳 Joint press conference following the talks\n💬 Sergey Lavrov: Thank you.\n💬 Wang Yi: We agree.'
    expect(people(text)).toEqual(['Sergey Lavrov', 'Wang Yi'])
  })

  it('knows the seed counterparts (seeds/003 posts 4, 13, 14, 16, 17)', () => {
    const heads = [
      'Foreign Minister Sergey Lavrov’s opening remarks during the meeting with Foreign Minister of the Republic of Belarus Sergey Aleinik',
      'On June 10, Foreign Minister Sergey Lavrov met with Acting Foreign Minister of the Islamic Republic of Iran Ali Bagheri Kani on the sidelines.',
      'On June 10, Foreign Minister Sergey Lavrov met with Deputy Prime Minister and Foreign Minister of the Lao People’s Democratic Republic Saleumxay Kommasith.',
      'The President of Russia Vladimir Putin began a series of his bilateral meetings with a conversation with President of Mongolia Ukhnaagiin Khurelsukh.',
      'President of the Russian Federation Vladimir Putin had a meeting with Prime Minister of the Islamic Republic of Pakistan Shehbaz Sharif.',
    ]
    expect(heads.map((h) => people(h)[1])).toEqual(['Sergey Aleinik', 'Ali Bagheri Kani', 'Saleumxay Kommasith', 'Ukhnaagiin Khurelsukh', 'Shehbaz Sharif'])
  })

  it('adds the people the sentences right after the head say took part, and no one those sentences only cite', () => {
    const consultations =
      'On Russian-Chinese consultations on security issues in the Asia-Pacific Region\nOn April 16, Beijing hosted the regular round of Russian-Chinese consultations on security issues in the Asia-Pacific Region. The Russian delegation was led by Deputy Minister of Foreign Affairs of the Russian Federation Andrey Rudenko, and the Chinese delegation was led by Deputy Minister of Foreign Affairs of the People’s Republic of China Sun Weidong. Ambassador of Russia to China Igor Morgulov took part in the consultations.\nThe parties discussed the plans of President Donald Trump.'
    expect(people(consultations, { medium: 'web' })).toEqual(['Andrey Rudenko', 'Sun Weidong', 'Igor Morgulov'])
    const sco =
      "Wang Yi chairs SCO foreign ministers' meeting in Tianjin\nTIANJIN, July 15 (Xinhua) -- Chinese Foreign Minister Wang Yi on Tuesday chaired the Meeting of the Council of Foreign Ministers of the SCO in Tianjin.\nForeign ministers of SCO member states, including Russian Foreign Minister Sergei Lavrov, as well as SCO Secretary-General Nurlan Yermekbayev, attended the meeting.\nWang said that President Xi Jinping will host the summit."
    expect(people(sco, { medium: 'web' })).toEqual(['Wang Yi', 'Sergey Lavrov', 'Nurlan Yermekbayev'])
  })

  it('adds who welcomed a guest, as the sentence after the head says', () => {
    const arrival =
      '🇷🇺🇨🇳 On March 20, Chairman of the People’s Republic of China Xi Jinping arrived in Moscow on a state visit to the Russian Federation.\n🛬 At Vnukovo-2 airport, the Chinese leader was welcomed by Deputy Prime Minister of the Russian Federation Dmitry Chernyshenko.\nThe visit will last until March 22.'
    expect(people(arrival)).toEqual(['Xi Jinping', 'Dmitry Chernyshenko'])
  })
})
