import { describe, expect, it } from 'vitest'
import { decideEventDates, findDateCue, publicationDate, sessionHint, stampDate, ungaOpening } from '../../src/extract/event-date.js'
import { makeAccount, telegramFile } from './make-account.js'

const one = (text: string, options: Parameters<typeof makeAccount>[1] = {}) => decideEventDates([makeAccount(text, options)])[0]!

describe('extract/event-date: stated dates', () => {
  it('takes "On …, 2022 local time" from a web lede, not the publication stamp (seeds/002 lines 4-8)', () => {
    const d = one(
      'Wang Yi Meets with Russian Foreign Minister Sergey Lavrov\n2022-09-22 18:04\nOn September 21, 2022 local time, State Councilor and Foreign Minister Wang Yi met with Russian Foreign Minister Sergey Lavrov on the sidelines of the United Nations General Assembly in New York.',
      { medium: 'web', published: '2022-09-22' },
    )
    expect(d).toMatchObject({ value: '2022-09-21', precision: 'stated', window: null, inferred: false })
    expect(d.reason).toContain('On September 21, 2022')
  })

  it('takes no event date from an anniversary\'s date ("Today marks 75 years since … on April 4, 1949")', () => {
    const date = one('🇷🇺 Today marks 75 years since the signing of the North Atlantic Treaty in Washington on April 4, 1949.\n💬 Maria Zakharova: The Alliance was presented to the world as a defensive union.')
    expect(date.value).not.toBe('1949-04-04')
    expect(findDateCue(makeAccount('This year marks the 75th anniversary of the founding of the People’s Republic of China on October 1, 1949.'))).toBeNull()
  })

  it('dates "On Wednesday" between two dated posts that leave one Wednesday, and "This afternoon" from the stamp', () => {
    const posts = telegramFile([
      '🇷🇺🇨🇳 On June 12, 2022, Ambassador Andrey Denisov attended a reception.',
      '🇷🇺🇨🇳📞 On Wednesday, President Vladimir Putin had a telephone conversation with President of China Xi Jinping.',
      '🇷🇺 On June 17, 2022, President Vladimir Putin addressed the plenary session of the forum.',
    ])
    expect(decideEventDates(posts)[1]).toMatchObject({ value: '2022-06-15', window: ['2022-06-15', '2022-06-15'] })
    expect(one('This afternoon, Wang Yi had a phone call with Sergey Lavrov.', { published: '2022-02-25' }).value).toBe('2022-02-25')
    expect(one('Tomorrow, Foreign Minister Sergey Lavrov will chair an extraordinary meeting of the BRICS foreign ministers.', { published: '2020-04-27' }).value).toBe('2020-04-28')
  })

  it('takes a kremlin.ru page\'s stamp for the day of its event, another site\'s for a day or the one before', () => {
    const page = 'Meeting with Minister of Foreign Affairs of China Wang Yi\nVladimir Putin met with Wang Yi, who is in Russia on an official visit.'
    expect(one(page, { medium: 'web', published: '2025-04-01', channel: 'en.kremlin.ru' })).toMatchObject({ value: '2025-04-01', window: ['2025-04-01', '2025-04-01'] })
    expect(one(page, { medium: 'web', published: '2025-04-01', channel: 'fmprc.gov.cn' })).toMatchObject({ value: null, window: ['2025-03-31', '2025-04-01'] })
  })

  it('prefers the dateline to dates recalled in the body (seeds/001 lines 40-44)', () => {
    const text =
      '🇷🇺🇨🇳 Foreign Minister Sergey Lavrov’s opening remarks during a meeting with Foreign Minister of China Qin Gang on the sidelines of the G20 Foreign Ministers’ meeting\n📍 New Delhi, March 2, 2023\n💬 Sergey Lavrov: I am certain that we will ensure continuity, as agreed by our leaders, including during their February 4, 2022, summit in Beijing.'
    const d = one(text)
    expect(d.value).toBe('2023-03-02')
    expect(d.reason).toContain('dateline')
  })

  it('reads a dateline whose pin segment stripped, and one in parentheses in British order', () => {
    expect(one('Foreign Minister Sergey Lavrov’s opening remarks during a meeting\nDenpasar, November 15, 2022\n💬 I am glad to meet with you again.').value).toBe('2022-11-15')
    const gb = one('Foreign Minister Sergey Lavrov’s remarks at a news conference (Moscow, 3 March 2024)\n💬 Good afternoon.')
    expect(gb).toMatchObject({ value: '2024-03-03', precision: 'stated' })
    expect(gb.reason).toContain('(Moscow, 3 March 2024)')
  })

  it('reads an agency dateline', () => {
    const d = one('Chinese, Russian FMs hold talks\nMOSCOW, June 10 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with Russian Foreign Minister Sergey Lavrov.', { medium: 'web', published: '2024-06-11' })
    expect(d).toMatchObject({ value: '2024-06-10', precision: 'year-inferred' })
    expect(d.reason).toContain('dateline "MOSCOW, June 10"')
  })

  it('reads the title date in parentheses (seeds/003 line 86)', () => {
    const d = one('🎙 Foreign Minister Sergey Lavrov answers questions from the NTV Itogi Nedeli programme (December 24, 2023)\n❓ Yesterday, you spoke about justice.')
    expect(d).toMatchObject({ value: '2023-12-24', precision: 'stated' })
  })

  it('takes the last day of a stated range and says so', () => {
    const d = one('On 8-9 April 2024, Foreign Minister Sergey Lavrov was on an official visit to China.')
    expect(d.value).toBe('2024-04-09')
    expect(d.reason).toMatch(/range .*last day/)
  })

  it('takes a range opened by "from" as this event\'s, and a date after "from" alone as another\'s', () => {
    const joint = 'Joint Statement of the People\'s Republic of China and the Russian Federation\nAt the invitation of President Xi Jinping, President Vladimir Putin paid a state visit to China from March 20 to 22, 2023.'
    expect(one(joint, { medium: 'web' })).toMatchObject({ value: '2023-03-22', precision: 'stated' })
    expect(one('Statement\nThe moratorium applies from March 20, 2023.', { medium: 'web' }).value).toBeNull()
  })
})

describe('extract/event-date: inferred years', () => {
  it('takes the year from the dated neighbours and names them (seeds/001 posts 2, 4, 5)', () => {
    const file = telegramFile([
      'Foreign Minister Sergey Lavrov’s opening remarks during a meeting with Wang Yi\n📍Denpasar, November 15, 2022\n💬 I am glad to meet with you again.',
      '🇷🇺🇨🇳📞 On January 9, Foreign Minister Sergey Lavrov spoke over the phone with Foreign Minister of the People’s Republic of China Qin Gang.',
      'Foreign Minister Sergey Lavrov’s opening remarks during a meeting with Qin Gang\n📍 New Delhi, March 2, 2023\n💬 Sergey Lavrov: Once again, please accept my congratulations.',
    ])
    const d = decideEventDates(file)[1]!
    expect(d).toMatchObject({ value: '2023-01-09', precision: 'year-inferred', window: null, inferred: true })
    expect(d.reason).toContain('t:1 (2022-11-15)')
    expect(d.reason).toContain('t:3 (2023-03-02)')
  })

  it('chains inferred years forward and takes the last day of a range (seeds/003 posts 8-11)', () => {
    const file = telegramFile([
      'Foreign Minister Sergey Lavrov answers questions from the NTV programme (December 24, 2023)\n❓ Why?',
      '🇷🇺🇨🇳 On April 8-9, Foreign Minister Sergey Lavrov was on an official visit to China, where he was received by President of China Xi Jinping.',
      '🗓 On May 20-21, Foreign Minister Sergey Lavrov took part in the Foreign Ministers Council meeting of the Shanghai Cooperation Organisation member-countries.\nThe participants focused on the preparations for the meeting of the SCO Heads of State Council meeting in Astana on July 3-4.',
      '🎙 Foreign Minister Sergey Lavrov’s video address to the 9th international conference (May 30, 2024)\n💬 I am delighted to welcome the organisers.',
    ])
    const dates = decideEventDates(file)
    expect(dates.map((d) => [d.value, d.precision])).toEqual([
      ['2023-12-24', 'stated'],
      ['2024-04-09', 'year-inferred'],
      ['2024-05-21', 'year-inferred'],
      ['2024-05-30', 'stated'],
    ])
    expect(dates[2]!.reason).toContain('On May 20-21')
  })

  it('lets a range announced before a dated post start before it, and bounds the posts after it by its first day', () => {
    const posts = telegramFile([
      '🇷🇺🇨🇳 Xi Jinping will pay a state visit to Russia on March 20-22 at the invitation of President Vladimir Putin.',
      '✈️ President of China Xi Jinping has arrived in Moscow on a state visit.',
      '🇷🇺🇨🇳 On March 21, 2023, Vladimir Putin and Xi Jinping held talks in the Kremlin.',
    ])
    const [announced, arrived] = decideEventDates(posts)
    expect(announced!.value).toBe('2023-03-22')
    expect(arrived!.window).toEqual(['2023-03-20', '2023-03-21'])
    expect(arrived!.reason).toContain('from 2023-03-20, the first day of its range')
  })

  it('follows a file that runs newest first', () => {
    const file = telegramFile([
      'Foreign Minister Sergey Lavrov’s remarks\n📍 New Delhi, March 2, 2023\n💬 Thank you.',
      '🇷🇺🇨🇳📞 On January 9, Foreign Minister Sergey Lavrov spoke over the phone with Qin Gang.',
      'Foreign Minister Sergey Lavrov’s remarks\n📍 Denpasar, November 15, 2022\n💬 Thank you.',
      'Foreign Minister Sergey Lavrov’s remarks\n📍 Samarkand, September 15, 2022\n💬 Thank you.',
    ])
    expect(decideEventDates(file)[1]!.value).toBe('2023-01-09')
  })

  it('takes the year from #UNGA79 when there are no neighbours (seeds/003 post 19)', () => {
    const d = one('🇷🇺🇨🇳 On September 25, Sergey Lavrov met with Minister of Foreign Affairs of the People’s Republic of China Wang Yi on the sidelines of the 79th session of the UN General Assembly.', { tags: ['RussiaChina', 'UNGA79'] })
    expect(d).toMatchObject({ value: '2024-09-25', precision: 'year-inferred' })
    expect(d.reason).toContain('#UNGA79')
  })

  it('puts January of a session in the following year', () => {
    expect(one('On January 20, Lavrov met Wang Yi on the sidelines of the session.', { tags: ['UNGA78'] }).value).toBe('2024-01-20')
  })

  it('takes the year from the publication date before the neighbours', () => {
    const d = one('On June 10, Foreign Minister Sergey Lavrov met with Wang Yi in Nizhny Novgorod.', { published: '2024-06-11' })
    expect(d.value).toBe('2024-06-10')
    expect(d.reason).toContain('publication date 2024-06-11')
  })

  it('puts a day announced within weeks of the publication after it, and an older one before it', () => {
    expect(one('Xi Jinping will pay a state visit to Russia on March 22.', { published: '2023-03-17' }).value).toBe('2023-03-22')
    expect(one('On January 3, the ministers will hold talks.', { published: '2023-12-29' }).value).toBe('2024-01-03')
    expect(one('On May 20, Lavrov met Wang Yi.', { published: '2024-03-17' }).value).toBe('2023-05-20')
  })

  it('takes a date years before the publication for history the account recalls, not its event', () => {
    const d = one('Today Russia and China mark the 75th anniversary of diplomatic relations. On October 2, 1949, the Soviet Union recognised the People’s Republic of China.', { published: '2024-10-02' })
    expect(d).toMatchObject({ value: '2024-10-02', precision: 'window' })
    expect(d.reason).toContain('"On October 2, 1949" on the first line is years before its publication')
  })

  it('falls back on a dated past event in the text, nearest year (seeds/000: Jan 9 after "December 30, 2022")', () => {
    const d = one(
      'Press release on Foreign Minister Sergey Lavrov’s telephone conversation with Qin Gang\nOn January 9, Foreign Minister Sergey Lavrov spoke by phone with Foreign Minister of the People’s Republic of China Qin Gang.\nThey noted the importance of the talks between Vladimir Putin and Xi Jinping, held via videoconference on December 30, 2022, for generating steady progress.',
      { medium: 'web' },
    )
    expect(d).toMatchObject({ value: '2023-01-09', precision: 'year-inferred' })
    expect(d.reason).toContain('2022-12-30')
  })

  it('takes the year of a stamp without one from the copyright line, and the weekday the lede names', () => {
    const page = (weekday: string) =>
      `Putin, Xi discuss economic cooperation on sidelines of G20 summit\nHANGZHOU, September 4. /TASS/. Russian President Vladimir Putin and Chinese President Xi Jinping held talks on ${weekday} in Hangzhou.`
    // 4 September fell on a Sunday in 2016, a Monday in 2017 and a Tuesday in 2018.
    const sunday = one(page('Sunday'), { medium: 'web', copyrightYear: 2018 })
    expect(sunday).toMatchObject({ value: '2016-09-04', precision: 'year-inferred', inferred: true })
    expect(sunday.reason).toContain('copyright line (2018) and the weekday it names, Sunday')
    expect(one(page('Tuesday'), { medium: 'web', copyrightYear: 2018 }).value).toBe('2018-09-04')
    expect(one(page('Tuesday').replace(' on Tuesday', ''), { medium: 'web', copyrightYear: 2016 }).value).toBe('2016-09-04')
    // No year from 2017 to 2023 has a Friday 29 February: better no year than a wrong one.
    expect(one('MOSCOW, February 29. /TASS/. Lavrov met Wang Yi on Friday.', { medium: 'web', copyrightYear: 2023 }).value).toBeNull()
    expect(one(page('Sunday'), { medium: 'web' }).value).toBeNull()
  })

  it('says so when nothing gives the year, and keeps the day for alignment', () => {
    expect(one('🇷🇺🇨🇳 On October 16, Beijing hosted talks between Foreign Minister Sergey Lavrov and Wang Yi.')).toMatchObject({
      value: null,
      precision: 'none',
      window: null,
      monthDay: '10-16',
      reason: expect.stringMatching(/but nothing gives its year$/),
    })
    expect(one('Lavrov and Wang Yi met in Beijing.')).not.toHaveProperty('monthDay')
  })
})

describe('extract/event-date: windows', () => {
  it('bounds an undated post by its dated neighbours, inclusive (seeds/003 posts 15-18)', () => {
    const file = telegramFile([
      '🛬 Russia’s President Vladimir Putin arrives in Astana to take part in the meeting of the SCO Heads of State Council.\n📍 July 3, 2024',
      '🇷🇺🇲🇳 The President of Russia Vladimir Putin began a series of his bilateral meetings on the sidelines of the SCO Summit with a conversation with President of Mongolia Ukhnaagiin Khurelsukh.',
      '🇷🇺🇵🇰 President of the Russian Federation Vladimir Putin had a meeting with Prime Minister of the Islamic Republic of Pakistan Shehbaz Sharif on the sidelines of the Shanghai Cooperation Organisation Summit.',
      '🎙 Foreign Minister Sergey Lavrov’s remarks and answers to media questions\n📍 New York, July 17, 2024\n💬 I came to New York for two key events.',
    ])
    const dates = decideEventDates(file)
    for (const d of dates.slice(1, 3)) {
      expect(d).toMatchObject({ value: null, precision: 'window', window: ['2024-07-03', '2024-07-17'], inferred: true })
      expect(d.reason).toContain('t:1 (2024-07-03)')
    }
  })

  it('narrows to the session weeks for #UNGA77 with only a later neighbour (seeds/001 post 1)', () => {
    const file = telegramFile([
      { text: '🇷🇺🇨🇳 Russia\'s Foreign Minister Sergey Lavrov & Foreign Minister of the People’s Republic of China Wang Yi met on the sidelines of the 77th Session of the UN General Assembly', tags: ['RussiaChina', 'UNGA77'] },
      'Foreign Minister Sergey Lavrov’s opening remarks during a meeting with Wang Yi\n📍Denpasar, November 15, 2022\n💬 I am glad to meet with you again.',
    ])
    const d = decideEventDates(file)[0]!
    expect(d).toMatchObject({ precision: 'window', window: ['2022-09-13', '2022-09-30'], value: null })
    expect(d.reason).toContain('#UNGA77')
  })

  it('gives none when the window is open on one side', () => {
    const file = telegramFile([
      'Foreign Minister Sergey Lavrov met with Wang Yi on the sidelines of the summit.',
      'Foreign Minister Sergey Lavrov’s remarks\n📍 Denpasar, November 15, 2022\n💬 Thank you.',
    ])
    const d = decideEventDates(file)[0]!
    expect(d).toMatchObject({ precision: 'none', value: null, window: null })
    expect(d.reason).toContain('t:2 (2022-11-15)')
  })

  it('ignores future plans and recalled events in the body (seeds/003 post 10 and post 5)', () => {
    const cue = findDateCue(makeAccount('On a separate note, the parties reviewed cooperation.\nThe implementation of the results of the first summit, held on October 14, 2022 in Astana.\nThe SCO Heads of State Council meeting in Astana on July 3-4.'))
    expect(cue).toBeNull()
  })
})

describe('extract/event-date: publication stamps', () => {
  it('reads stamp lines as publication dates, not as the event date (seeds/002 line 6, seeds/004 line 5)', () => {
    expect(stampDate('2022-09-22 18:04')).toBe('2022-09-22')
    expect(stampDate('fmprc.gov.cn| Updated: 2024-06-10')).toBe('2024-06-10')
    expect(stampDate('On 2024-06-10 Lavrov met Wang Yi')).toBeNull()
    expect(stampDate('July 3, 2024')).toBeNull()
    expect(stampDate('18 September 2023 19:40')).toBe('2023-09-18')
    expect(stampDate('June 15, 2022, 14:00')).toBe('2022-06-15')
    expect(stampDate('Moscow, June 15, 2022 14:00')).toBeNull()
    // kremlin.ru puts the place after its date and time; a sentence after them is no stamp.
    expect(stampDate('September 20, 2023 17:30   The Kremlin, Moscow')).toBe('2023-09-20')
    expect(stampDate('November 10, 2017, 15:10, Da Nang')).toBe('2017-11-10')
    expect(stampDate('June 15, 2022 14:00 Lavrov met Wang Yi in Moscow.')).toBeNull()
    expect(publicationDate(makeAccount('Wang Yi meets with Lavrov\nfmprc.gov.cn| Updated: 2024-06-10\nWang Yi met Lavrov.', { medium: 'web' }))).toBe('2024-06-10')
  })

  it('dates an undated web page to its stamp’s day or the day before, with the reason', () => {
    const d = one('Wang Yi meets with Russian Foreign Minister Sergey Lavrov\n2024-06-10 18:04\nWang Yi met with Lavrov in Nizhny Novgorod.', { medium: 'web' })
    expect(d).toMatchObject({ value: null, precision: 'window', window: ['2024-06-09', '2024-06-10'], inferred: true })
    expect(d.reason).toContain('on or before its publication, 2024-06-10')
    expect(d.reason).toContain('at most 1 day before it')
  })

  it('gives a stamp-dated page’s "On June 10" its year', () => {
    const d = one('Wang Yi meets with Lavrov\n2024-06-11 09:00\nOn June 10, Wang Yi met with Lavrov.', { medium: 'web' })
    expect(d).toMatchObject({ value: '2024-06-10', precision: 'year-inferred' })
  })
})

describe('extract/event-date: UN General Assembly sessions', () => {
  it('computes the opening Tuesday by rule 1 of the GA rules of procedure', () => {
    expect(ungaOpening(2022)).toBe('2022-09-13')
    expect(ungaOpening(2021)).toBe('2021-09-14')
  })

  it('reads the session from a tag or from the head', () => {
    expect(sessionHint(makeAccount('Lavrov met Wang Yi.', { tags: ['UNGA77'] }))).toMatchObject({ session: 77, year: 2022 })
    expect(sessionHint(makeAccount('Lavrov & Wang Yi met on the sidelines of the 77th Session of the UN General Assembly'))).toMatchObject({ session: 77, year: 2022 })
    expect(sessionHint(makeAccount('Lavrov met the ambassadors.\nThe States will coordinate on the agenda of the 78th Session of the UN General Assembly.'))).toBeNull()
  })
})

describe('extract/event-date: days named relative to the publication date', () => {
  it('counts "yesterday", "today" and "on Tuesday" back from the publication date, and only with one', () => {
    const yesterday = 'Yesterday, Prime Minister of the Russian Federation Mikhail Mishustin met with Chairman of the People’s Republic of China Xi Jinping.'
    expect(one(yesterday, { published: '2023-03-22' })).toMatchObject({ value: '2023-03-21', precision: 'window', window: ['2023-03-21', '2023-03-21'] })
    expect(one(yesterday, { published: '2023-03-22' }).reason).toBe('"Yesterday" in the title, counted from its publication date, 2023-03-22')
    // 2025-09-02 was a Tuesday; 2024-10-02 a Wednesday.
    expect(one('Xi holds talks with Putin\nChinese President Xi Jinping held talks with Russian President Vladimir Putin on Tuesday.', { medium: 'web', published: '2025-09-03' }).value).toBe('2025-09-02')
    expect(one('Xi Jinping and Vladimir Putin exchanged congratulatory messages on Wednesday.', { published: '2024-10-02' }).value).toBe('2024-10-02')
    expect(one(yesterday).value).toBeNull()
  })

  it('reads a numeric date after a place as a dateline (the 📍 stripped)', () => {
    expect(one('🇷🇺🇨🇳 President Vladimir Putin attended the opening ceremony of the 8th Russian-Chinese Expo.\nHarbin, 17.05.2024\n💬 Vladimir Putin: Thank you.')).toMatchObject({ value: '2024-05-17', precision: 'stated' })
  })
})

describe('extract/event-date: a year from a tag', () => {
  it('takes the year a tag names (#BRICS2025), and gives it to the undated posts before it', () => {
    const posts = [
      makeAccount('【Wang Yi Meets with Russian Foreign Minister Sergei Lavrov】\nRIO DE JANEIRO, April 28 (Xinhua) -- Wang Yi met with Sergei Lavrov here on Monday.', { id: 'x:1', tags: ['China', 'Russia', 'BRICS'] }),
      makeAccount('【Wang Yi Attends BRICS Foreign Ministers\' Meeting】\nOn April 29 local time, the Meeting of BRICS Ministers of Foreign Affairs was held in Rio de Janeiro.', { id: 'x:2', tags: ['BRICS', 'BRICS2025'] }),
    ]
    const [first, second] = decideEventDates(posts)
    expect(second).toMatchObject({ value: '2025-04-29', precision: 'year-inferred' })
    expect(second!.reason).toContain('the tag #BRICS2025')
    expect(first).toMatchObject({ value: '2025-04-28', precision: 'year-inferred' })
  })

  it('gives the year of the nearest tagged post, dated or not, to a day and month nothing else dates', () => {
    const posts = [
      makeAccount('On August 21, Prime Minister Mikhail Mishustin held talks with Li Qiang.', { id: 'x:1' }),
      makeAccount('Deputy Foreign Minister Sergey Ryabkov met with the Ambassador of Egypt.', { id: 'x:2', tags: ['BRICS2024'] }),
      makeAccount('On August 19, Mikhail Bogdanov met the Ambassador of Chad.', { id: 'x:3' }),
    ]
    const [first, , third] = decideEventDates(posts)
    expect(first).toMatchObject({ value: '2024-08-21', precision: 'year-inferred' })
    expect(first!.reason).toContain('the tag #BRICS2024 of the nearest tagged post, x:2')
    expect(third).toMatchObject({ value: '2024-08-19', precision: 'year-inferred' })
  })
})

describe('extract/event-date: the day a web preview posted a post under, without its year', () => {
  it('finds the year from the post\'s tags, then counts "today" and an undated post from that day', () => {
    const posts = [
      makeAccount('On the sidelines of the #SCO summit, Vladimir Putin held a meeting with Xi Jinping.', { id: 'x:1', tags: ['SCO2024'], publishedMonthDay: '07-03' }),
      makeAccount('Today Sergey Lavrov held talks with Wang Yi on the sidelines of the UN General Assembly.', { id: 'x:2', publishedMonthDay: '09-25' }),
    ]
    const [first, second] = decideEventDates(posts)
    expect(first).toMatchObject({ window: ['2024-07-02', '2024-07-03'], inferred: true })
    expect(first!.reason).toContain('posted under "July 3", year 2024 from the tag #SCO2024')
    // The second post's year comes from the first, posted before it.
    expect(second).toMatchObject({ value: '2024-09-25', precision: 'window', inferred: true })
    expect(second!.reason).toContain('posted under "September 25", year 2024 from neighbouring post x:1')
  })

  it('takes the year of a post\'s own stated date, and of a stated day nearest the day it was posted', () => {
    const posts = [
      makeAccount('On March 20-22, 2023, President Xi Jinping will pay a state visit to Russia.', { id: 'x:1', publishedMonthDay: '03-17' }),
      makeAccount('Xi Jinping arrived in Moscow today.', { id: 'x:2', publishedMonthDay: '03-20' }),
      makeAccount('Announcement: on January 3 the ministers will hold talks.', { id: 'x:3', publishedMonthDay: '12-29' }),
    ]
    const dates = decideEventDates(posts)
    expect(dates[0]).toMatchObject({ value: '2023-03-22', precision: 'stated' })
    expect(dates[1]).toMatchObject({ value: '2023-03-20', precision: 'window' })
    // Announced on December 29 for January 3: the next year, not the year before.
    expect(dates[2]).toMatchObject({ value: '2024-01-03', precision: 'year-inferred' })
    expect(dates[2]!.reason).toContain('the day it was posted, 2023-12-29')
  })

  it('leaves the year unknown where nothing gives it', () => {
    const [only] = decideEventDates([makeAccount('Chinese President Xi Jinping held a phone call with Vladimir Putin on Thursday.', { publishedMonthDay: '06-19' })])
    expect(only).toMatchObject({ value: null, precision: 'none' })
  })
})

describe('extract/event-date: stamps and lists under the text', () => {
  it('takes no dateline from a related-news item far below the lede, and reads an agency-named stamp as a stamp', () => {
    const page = [
      'Wang Yi Meets with Russian Foreign Minister Sergey Lavrov',
      'On July 25, 2024 local time, Wang Yi met with Russian Foreign Minister Sergey Lavrov in Vientiane.',
      'Wang Yi said that the two heads of state met in Astana early this month.',
      'Lavrov said that Russia-China relations are at the best level in history.',
      'The two sides exchanged in-depth views on the Ukraine crisis.',
      'Related News',
      'Wang Yi Holds Talks with Russian Foreign Minister Sergey Lavrov (2024-04-09)',
    ].join('\n')
    expect(one(page, { medium: 'web' }).value).toBe('2024-07-25')
    expect(stampDate('Xinhua | Updated: 2022-07-07 21:48')).toBe('2022-07-07')
  })
})
