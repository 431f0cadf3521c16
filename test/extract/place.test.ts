import { describe, expect, it } from 'vitest'
import { decidePlace } from '../../src/extract/place.js'
import { attributeSpeakers } from '../../src/extract/speakers.js'
import { makeAccount } from './make-account.js'

const place = (text: string, options: Parameters<typeof makeAccount>[1] = {}, date: string | null = null) => decidePlace(makeAccount(text, options), date)

describe('extract/place: datelines', () => {
  it('reads the 📍 dateline, with or without the pin (seeds/001 lines 10-11)', () => {
    expect(place('Lavrov’s opening remarks during a meeting with Wang Yi on the sidelines of the G20 summit\n📍Denpasar, November 15, 2022\n💬 I am glad.').value).toBe('Denpasar')
    expect(place('Lavrov’s opening remarks during a meeting with Qin Gang\nNew Delhi, March 2, 2023\n💬 Thank you.').value).toBe('New Delhi')
  })

  it('reads a dateline in the title’s parentheses, and not "Nizhny Novgorod Region" in the body (seeds/003 lines 171-172)', () => {
    const p = place(
      '🎙 Foreign Minister Sergey Lavrov’s opening remarks at a meeting with Wang Yi on the sidelines of the #BRICS Foreign Ministers Meeting (Nizhny Novgorod, June 10, 2024)\n💬 We are happy to welcome you to Nizhny Novgorod, the capital of the Volga Federal District and the Nizhny Novgorod Region.',
    )
    expect(p).toMatchObject({ value: 'Nizhny Novgorod', inferred: false })
    expect(p.reason).toContain('(Nizhny Novgorod, June 10, 2024)')
  })

  it('gives the canonical spelling and keeps an unknown name that looks like a place', () => {
    expect(place('Remarks at a news conference (Kiev, 3 March 2014)\nThank you.').value).toBe('Kyiv')
    expect(place('Remarks at a news conference\n📍 Nur-Sultan, October 14, 2022\nThank you.').value).toBe('Astana')
    expect(place('Remarks at a news conference\n📍 Cholpon Ata Village, October 14, 2022\nThank you.').value).toBe('Cholpon Ata Village')
  })

  it('takes no place from a journalist\'s question that opens a press conference', () => {
    const account = makeAccount(
      "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on June 11, 2024\nCCTV: Yesterday, Foreign Minister Wang Yi met with Russian Foreign Minister Sergey Lavrov in Nizhny Novgorod. Can you share more details?\nMao Ning: China and Russia agreed to strengthen coordination.",
      { medium: 'web' },
    )
    expect(decidePlace(account, '2024-06-11').value).toBe('Nizhny Novgorod')
    expect(decidePlace(account, '2024-06-11', attributeSpeakers(account))).toMatchObject({ value: null })
  })

  it('reads a known place and the date that close a transcript\'s title (mid.ru)', () => {
    const title = "Foreign Minister Sergey Lavrov's remarks and answers to media questions at a news conference following talks with Foreign Minister of China Wang Yi, Beijing, April 9, 2024"
    expect(place(`${title}\nSergey Lavrov: Ladies and gentlemen,`, { medium: 'web' })).toMatchObject({ value: 'Beijing', reason: 'dateline "Beijing, April 9, 2024"' })
    expect(place('Remarks at the talks with Wang Yi, April 9, 2024\nSergey Lavrov: Thank you.', { medium: 'web' }).value).toBeNull()
  })

  it('title-cases an agency dateline', () => {
    expect(place('Chinese, Russian FMs hold talks\nMOSCOW, June 10 (Xinhua) -- Wang Yi held talks with Sergey Lavrov.', { medium: 'web' }).value).toBe('Moscow')
    expect(place('Chinese, Russian FMs hold talks\nNIZHNY NOVGOROD, June 10 (Xinhua) -- Wang Yi held talks with Sergey Lavrov.', { medium: 'web' }).value).toBe('Nizhny Novgorod')
  })

  it('does not take a date-only dateline as a place (seeds/003 line 210)', () => {
    expect(place('🛬 Russia’s President Vladimir Putin arrives in Astana to take part in the meeting of the Shanghai Cooperation Organisation (#SCO) Heads of State Council.\n📍 July 3, 2024').value).toBe('Astana')
  })
})

describe('extract/place: the head', () => {
  it('takes "in New York" at the end of the lede (seeds/002 line 8, seeds/003 line 3)', () => {
    expect(place('Wang Yi Meets with Russian Foreign Minister Sergey Lavrov\nOn September 21, 2022 local time, State Councilor and Foreign Minister Wang Yi met with Russian Foreign Minister Sergey Lavrov on the sidelines of the United Nations General Assembly in New York.', { medium: 'web' }).value).toBe('New York')
    expect(place('🗓 On September 20, Foreign Minister Sergey Lavrov took part in an ad hoc meeting of the Shanghai Cooperation Organisation Foreign Ministers Council in New York.').value).toBe('New York')
  })

  it('takes "Beijing hosted talks" and "arrives in Astana" (seeds/003 lines 28, 209)', () => {
    const p = place('🇷🇺🇨🇳 On October 16, Beijing hosted talks between Foreign Minister Sergey Lavrov and Foreign Minister of China Wang Yi.')
    expect(p.value).toBe('Beijing')
    expect(p.reason).toContain('Beijing hosted')
  })

  it('takes the city a guest "is in" for the talks (mid.ru\'s way of saying where)', () => {
    const lede = 'On September 18, Foreign Minister Sergey Lavrov held talks with Director of the Office of the Central Foreign Affairs Commission Wang Yi, who is in Moscow for Russian-Chinese strategic security consultations.'
    expect(place(`Foreign Minister Sergey Lavrov's talks with Wang Yi\n${lede}`, { medium: 'web' }).value).toBe('Moscow')
  })

  it('prefers the main clause\'s city to one in a clause about a participant\'s trip', () => {
    const lede = 'On July 13, Foreign Minister Sergey Lavrov, who arrived in China to take part in the meeting of the SCO Council of Foreign Ministers in Tianjin, held talks in Beijing with Foreign Minister of China Wang Yi.'
    expect(place(lede).value).toBe('Beijing')
  })

  it('refuses a place the talks were about: "a ceasefire in Gaza", "the situation in Syria"', () => {
    expect(place('China and Russia on Friday voted against a U.S.-drafted resolution that fails to demand an immediate ceasefire in Gaza.').value).toBeNull()
    expect(place('The ministers discussed the situation in Damascus and agreed to stay in touch.').value).toBeNull()
    expect(place('On May 5, Sergey Lavrov held talks with Wang Yi in Astana on the situation in Syria.').value).toBe('Astana')
  })

  it('refuses a city in a clause about someone else (seeds/003 line 61: ambassadors accredited in Moscow)', () => {
    expect(place('🇷🇺🇰🇿 On November 17, Foreign Minister Sergey Lavrov met with the ambassadors of the Republic of Kazakhstan and the Republic of Uzbekistan, who are accredited in Moscow.').value).toBeNull()
  })

  it('names no place for a meeting on the sidelines of a session, nor for a phone call (seeds/003 post 19, seeds/001 post 4)', () => {
    expect(place('🇷🇺🇨🇳 On September 25, Sergey Lavrov met with Minister of Foreign Affairs of the People’s Republic of China Wang Yi on the sidelines of the 79th session of the UN General Assembly.').value).toBeNull()
    const call = place('🇷🇺🇨🇳📞 On January 9, Foreign Minister Sergey Lavrov spoke over the phone with Qin Gang.\nThe ministers went on to state that Moscow and Beijing were united in their approaches.')
    expect(call).toMatchObject({ value: null, inferred: false })
  })

  it('refuses a city inside a longer name, a possessive, and a city followed by another time', () => {
    expect(place('Lavrov took part in the signing of the Astana Declaration.').value).toBeNull()
    expect(place('Lavrov commented on Washington’s policy in Asia and the talks.').value).toBeNull()
    expect(place('Lavrov said the leaders will meet at the summit in Kazan in October 2024.').value).toBeNull()
    expect(place('Lavrov met Kommasith to follow up the talks held in Moscow on May 9.', {}, '2024-06-10').value).toBeNull()
    expect(place('Lavrov met Wang Yi in Moscow on June 10.', {}, '2024-06-10').value).toBe('Moscow')
  })
})

describe('extract/place: the body', () => {
  it('refuses a future summit city and takes nothing (seeds/003 post 10: "Astana on July 3-4")', () => {
    const text =
      '🗓 On May 20-21, Foreign Minister Sergey Lavrov took part in the Foreign Ministers Council meeting of the Shanghai Cooperation Organisation member-countries.\nThe participants focused on the organisation’s activities in the context of preparations for the meeting of the SCO Heads of State Council meeting in Astana on July 3-4.\nThe participants will reflect their coordinated approaches in the Astana Declaration.'
    expect(place(text, {}, '2024-05-21').value).toBeNull()
  })

  it('takes "arrival in Beijing" and "the talks, held in Beijing" (seeds/003 post 9)', () => {
    const text =
      '🇷🇺🇨🇳 On April 8-9, Foreign Minister Sergey Lavrov was on an official visit to China, where he was received by President of China Xi Jinping and held extensive talks with Foreign Minister of China Wang Yi.\nThe Chinese leader welcomed Sergey Lavrov’s arrival in Beijing as an important step.'
    const p = place(text)
    expect(p.value).toBe('Beijing')
    expect(p.reason).toContain('arrival in Beijing')
    expect(place('Lavrov was on a visit to China.\nThe talks, held in Beijing in a traditionally friendly atmosphere, showed converging approaches.').value).toBe('Beijing')
  })

  it('takes the city the sentence after the lede opens on, and only there', () => {
    const visit = 'Lavrov’s talks with Wang Yi\nOn March 22-23, Lavrov was on an official visit to China. In Guilin, he held talks with Wang Yi.'
    expect(place(visit, { medium: 'web' })).toMatchObject({ value: 'Guilin', reason: '"In Guilin," opening the sentence after the first' })
    expect(place('Lavrov’s talks with Wang Yi\nLavrov held talks with Wang Yi. The ministers spoke at length. In Moscow, they will meet again.', { medium: 'web' }).value).toBeNull()
  })

  it('does not take a past meeting recalled in the body (seeds/001 post 2: "Their latest meeting was held in Samarkand")', () => {
    expect(place('Lavrov’s opening remarks during a meeting with Wang Yi\n💬 I am glad to meet you. Their latest meeting was held in Samarkand, on the sidelines of the SCO summit.').value).toBeNull()
    expect(place('Lavrov met Wang Yi.\nThey discussed the upcoming arrival in Beijing of the delegation.').value).toBeNull()
  })
})

describe('extract/place: location lines', () => {
  it('reads a line of the opening that only names the place (kremlin.ru under its date and time)', () => {
    const text = 'Russian-Chinese talks\nVladimir Putin held talks with President of the People\'s Republic of China Xi Jinping.\nMarch 21, 2023\n16:45\nThe Kremlin, Moscow\nThe talks began in a restricted format.'
    expect(place(text, { medium: 'web' })).toMatchObject({ value: 'Moscow', reason: 'location line "The Kremlin, Moscow"', inferred: false })
    expect(place('Meeting with Government members\nMarch 22, 2023\nKazan\nThe President held a meeting.', { medium: 'web' }).value).toBe('Kazan')
    expect(place('Meeting with President of China Xi Jinping\nNovember 10, 2017, 15:10, Da Nang\nVladimir Putin met with Xi Jinping on the sidelines of the APEC Economic Leaders’ Meeting.', { medium: 'web' }).value).toBe('Da Nang')
  })

  it('takes nothing from a line of unknown names or of countries', () => {
    expect(place('Meeting with Security Council members\nMarch 22, 2023\nNovo-Ogaryovo, Moscow Region\nThe President held a meeting.', { medium: 'web' }).value).toBeNull()
    expect(place('Joint statement\nRussia, China\nThe two sides agreed to deepen cooperation.', { medium: 'web' }).value).toBeNull()
  })
})

describe('extract/place: messages', () => {
  it('takes no place from the dateline of a message, only from the gathering it was sent to', () => {
    const exchange = 'Xi, Putin Exchange Congratulations on 70th Anniversary of Diplomatic Ties\nBEIJING, Oct. 2 (Xinhua) -- Chinese President Xi Jinping and Russian President Vladimir Putin exchanged congratulatory messages on Wednesday.'
    expect(decidePlace(makeAccount(exchange, { medium: 'web' }), null, [], 'message').value).toBeNull()
    expect(decidePlace(makeAccount(exchange, { medium: 'web' }), null, [], 'meeting').value).toBe('Beijing')
    const greetings = 'Foreign Minister Sergey Lavrov’s greetings to the participants in the 9th Russian-Chinese Expo (Harbin, May 17, 2025)\nI cordially greet the organisers.'
    expect(decidePlace(makeAccount(greetings), null, [], 'message').value).toBe('Harbin')
  })
})

describe('extract/place: landmarks', () => {
  it('reads a city from the building that stands for it, article and all', () => {
    const kremlin = place('Russian-Chinese talks\nOn March 21, President Vladimir Putin held talks in the Kremlin with President Xi Jinping.', { medium: 'web' })
    expect(kremlin).toMatchObject({ value: 'Moscow', inferred: false })
    expect(kremlin.reason).toContain('"in the Kremlin"')
    expect(place('Xi Jinping meets Sergey Lavrov\nOn April 9, President Xi Jinping met with Russian Foreign Minister Sergey Lavrov at the Great Hall of the People.', { medium: 'web' }).value).toBe('Beijing')
    expect(place('Wang Yi meets Sergey Lavrov\nOn September 22, Wang Yi met with Sergey Lavrov at UN Headquarters.', { medium: 'web' }).value).toBe('New York')
    expect(place('Talks at Zhongnanhai\nOn May 16, Li Qiang held talks with Mikhail Mishustin at Zhongnanhai.', { medium: 'web' }).value).toBe('Beijing')
  })

  it('takes the article only for landmarks, and no place from a landmark used for its government', () => {
    expect(place('Statement\nThe Kremlin said that the talks were useful.', { medium: 'web' }).value).toBeNull()
    expect(place('Statement\nLavrov spoke about the progress made in the Moscow format of consultations.', { medium: 'web' }).value).toBeNull()
  })
})

describe('extract/place: calls', () => {
  it('gives a call no place: its dateline or caption places only one side', () => {
    // A Xinhua reprint (photo caption, then dateline) and the Kremlin's location line, of one video call.
    const xinhua = makeAccount(
      'Xi holds video call with Putin\nChinese President Xi Jinping holds a video call with Russian President Vladimir Putin in Beijing, capital of China, Jan. 21, 2025. (Xinhua/Li Xueren)\nBEIJING, Jan. 21 (Xinhua) -- Chinese President Xi Jinping held a video call with Russian President Vladimir Putin on Tuesday.',
      { medium: 'web' },
    )
    expect(decidePlace(xinhua).value).toBe('Beijing')
    expect(decidePlace(xinhua, null, [], 'videoconference')).toMatchObject({ value: null, reason: expect.stringMatching(/^a videoconference has no venue/) })
    const kremlin = makeAccount('Talks with Xi Jinping\nThe Kremlin, Moscow\nVladimir Putin held talks with President of China Xi Jinping via videoconference.', { medium: 'web' })
    expect(decidePlace(kremlin).value).toBe('Moscow')
    expect(decidePlace(kremlin, null, [], 'videoconference').value).toBeNull()
    expect(decidePlace(kremlin, null, [], 'talks').value).toBe('Moscow')
  })
})

describe('extract/place: agency datelines and hashtags', () => {
  it('reads TASS\'s dateline, and no place from a hashtag where a dateline names a body', () => {
    expect(place('Putin, Xi hold talks in Beijing\nBEIJING, September 2. /TASS/. Russian President Vladimir Putin and Chinese President Xi Jinping held talks.', { medium: 'web' }).value).toBe('Beijing')
    expect(place('🎙 Explanation of vote by Permanent Representative Vassily Nebenzia after the UN Security Council vote\n📍 #UNSC, February 24\n💬 The Russian Federation voted in favour.').value).toBeNull()
  })

  it('reads a Xinhua dateline abroad with its country, and "UNITED NATIONS" as New York in a dateline only', () => {
    expect(place('Xi, Putin meet on APEC sidelines\nNUSA DUA, Indonesia, Oct. 7 (Xinhua) -- Chinese President Xi Jinping met with Russian President Vladimir Putin here Monday.', { medium: 'web' }).value).toBe('Nusa Dua')
    expect(place("Chinese FM attends BRICS ministers' meeting\nUNITED NATIONS, Sept. 21 (Xinhua) -- Chinese Foreign Minister Wang Yi on Thursday attended the meeting.", { medium: 'web' }).value).toBe('New York')
    expect(place('Wang Yi on the reform of the Security Council\nWang Yi said China supports the work of the United Nations in Geneva and beyond.', { medium: 'web' }).value).not.toBe('New York')
  })

  it('takes no place from a recalled event ("75 years since the signing … in Washington"), but one after the clause', () => {
    expect(place('🇷🇺 Today marks 75 years since the signing of the North Atlantic Treaty in Washington on April 4, 1949.').value).toBeNull()
    expect(place('In the year of the 75th anniversary of diplomatic relations, Wang Yi held talks with Sergey Lavrov in Beijing.').value).toBe('Beijing')
  })

  it('reads "in the central Vietnamese city of Da Nang" as "in Da Nang"', () => {
    expect(place('Xi, Putin pledge closer coordination\nChinese President Xi Jinping met with Russian President Vladimir Putin on Friday in the central Vietnamese city of Da Nang.', { medium: 'web' }).value).toBe('Da Nang')
  })
})
