import { describe, expect, it } from 'vitest'
import { looksLikeBody, looksLikeLabel, looksLikeSpacedMenu, readPageHeader } from '../../src/ingest/page-header.js'

describe('readPageHeader', () => {
  it('takes the longest non-chrome line before the body as the headline', () => {
    const lines = ['Global South', '', 'Press Release: A & B', '', 'Press release on the telephone conversation between A and B', '', 'On January 9, A spoke by phone with B about many things of common interest.']
    expect(readPageHeader(lines)).toEqual({ title: 'Press release on the telephone conversation between A and B', published: null, site: null })
  })

  it('takes the English name of a bilingual masthead for the site, not for the headline, and a dotted stamp for the date', () => {
    const lines = [
      'Посольство Российской Федерации в Китайской Народной Республике',
      "Embassy of the Russian Federation in the People's Republic of China",
      'Home  Embassy  Ambassador  Russia and China  News  Contacts',
      '05.06.2019',
      'Russian-Chinese talks in Moscow',
      "On 5 June 2019, President of the Russian Federation Vladimir Putin held talks in the Kremlin, Moscow, with President of the People's Republic of China Xi Jinping.",
    ]
    expect(readPageHeader(lines)).toEqual({
      title: 'Russian-Chinese talks in Moscow',
      published: '2019-06-05',
      site: "Embassy of the Russian Federation in the People's Republic of China",
    })
  })

  it('passes over a briefing\'s table of contents to its headline', () => {
    const lines = [
      'Home / Press service / Briefings', '',
      'Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, February 26, 2025', '',
      '26 February 2025 16:55', '',
      'Table of contents', '',
      'Sergey Lavrov’s contacts in Johannesburg', 'Russia-US consultations in Istanbul', 'Attacks on civilian infrastructure in the Kursk and Belgorod regions',
      'Answers to media questions:', 'On the conversation between the leaders of Russia and China', '',
      'Sergey Lavrov’s contacts in Johannesburg', '',
      'On February 20-21, Foreign Minister Sergey Lavrov took part in the G20 Foreign Ministers’ Meeting in Johannesburg.',
    ]
    expect(readPageHeader(lines)).toMatchObject({ title: 'Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, February 26, 2025', published: '2025-02-26' })
  })

  it('takes a byline that is only an agency\'s name for the site', () => {
    const lines = ['GT  Global Times', 'Xi meets Modi in Tianjin', 'By Global Times', 'Published: Aug 31, 2025 08:41 PM', 'Chinese President Xi Jinping met with Indian Prime Minister Narendra Modi in Tianjin on Sunday.']
    expect(readPageHeader(lines)).toEqual({ title: 'Xi meets Modi in Tianjin', published: '2025-08-31', site: 'Global Times' })
  })

  it('skips menus, stamps and image names, taking the date and site from the stamp', () => {
    const lines = ['中文 Français Contact Us', 'Wang Yi meets with Lavrov', 'fmprc.gov.cn| Updated: 2024-06-10', '11.png', 'On June 10, 2024 local time, Wang Yi met with Lavrov in Nizhny Novgorod.']
    expect(readPageHeader(lines)).toEqual({ title: 'Wang Yi meets with Lavrov', published: '2024-06-10', site: 'fmprc.gov.cn' })
  })

  it('reads past a site menu copied one item per line, and takes the site from its name heading the page', () => {
    const menu = ['Search', 'Minister', 'Ministry', 'Foreign policy', 'Press service', 'Consular services', 'Countries and regions', 'Diplomatic Academy', 'Documents', 'Contacts']
    const lines = [
      'Ministry of Foreign Affairs of the Russian Federation',
      ...menu,
      'Home / Foreign policy / News',
      'Foreign Minister Sergey Lavrov’s talks with Minister of Foreign Affairs of the People’s Republic of China Wang Yi',
      '1 April 2025 19:25',
      '598-01-04-2025',
      'On April 1, 2025, Foreign Minister Sergey Lavrov held talks in Moscow with Foreign Minister of China Wang Yi.',
    ]
    expect(readPageHeader(lines)).toEqual({
      title: 'Foreign Minister Sergey Lavrov’s talks with Minister of Foreign Affairs of the People’s Republic of China Wang Yi',
      published: '2025-04-01',
      site: 'Ministry of Foreign Affairs of the Russian Federation',
    })
    expect(readPageHeader(['President of Russia', 'Events', 'Events / President / News', 'Russian-Chinese talks', 'Vladimir Putin and President of China Xi Jinping held talks in the Kremlin.'])).toEqual({
      title: 'Russian-Chinese talks',
      published: null,
      site: 'President of Russia',
    })
  })

  it('takes a transcript headline longer than a paragraph for the headline, past a menu on one line', () => {
    const headline =
      'Foreign Minister Sergey Lavrov’s remarks and answers to media questions following talks with Member of the Political Bureau of the CPC Central Committee, Minister of Foreign Affairs of the People’s Republic of China Wang Yi, Moscow, April 1, 2025'
    const lines = [
      'Version for the visually impaired',
      'Ministry Foreign policy Press service Countries Consular services Documents Multimedia Contacts',
      '1 April 2025 20:15',
      headline,
      'Print Save as PDF Share',
      'Ladies and gentlemen,',
      'We have held talks with Wang Yi, who is in Moscow on an official visit. The talks were detailed and substantive, as is traditional for our relations.',
    ]
    expect(readPageHeader(lines)).toMatchObject({ title: headline, published: '2025-04-01' })
  })

  it('skips a menu whose items a copy keeps apart with runs of spaces, and takes an agency heading the page for the site', () => {
    const lines = [
      'TASS',
      'Russian Politics & Diplomacy   World   Business & Economy   Military & Defense   Science & Space   Emergencies',
      'Putin, Xi hold talks in Beijing',
      'BEIJING, September 2. /TASS/. Russian President Vladimir Putin and Chinese President Xi Jinping held talks at the Great Hall of the People.',
    ]
    expect(readPageHeader(lines)).toEqual({ title: 'Putin, Xi hold talks in Beijing', published: null, site: 'TASS' })
    // TASS puts a standfirst, longer than the headline, under it.
    const standfirst = 'The Russian leader arrived in China on August 31 on a four-day visit that began with the SCO summit in Tianjin'
    expect(readPageHeader([...lines.slice(0, 3), standfirst, lines[3]!]).title).toBe('Putin, Xi hold talks in Beijing')
    expect(looksLikeSpacedMenu('Putin and Xi   held talks')).toBe(false)
    expect(looksLikeSpacedMenu('HOME  CHINA  WORLD  BUSINESS  LIFESTYLE  CULTURE')).toBe(true)
    expect(looksLikeSpacedMenu('The talks ended.  Both sides agreed.  A statement followed.  More later.')).toBe(false)
    expect(readPageHeader(["Embassy of the People's Republic of China in the Russian Federation", 'Xi Jinping Holds Talks with Russian President Vladimir Putin', 'On March 21 local time, President Xi Jinping held talks with Russian President Vladimir Putin at the Kremlin in Moscow.'])).toEqual({
      title: 'Xi Jinping Holds Talks with Russian President Vladimir Putin',
      published: null,
      site: "Embassy of the People's Republic of China in the Russian Federation",
    })
  })

  it('finds no headline when no body follows within the first lines', () => {
    expect(readPageHeader(['Just a line', 'Another line']).title).toBeNull()
  })

  it('reads kremlin.ru\'s strapline as no headline, and a transcript\'s salutation as its first line of text', () => {
    const header = readPageHeader([
      'President of Russia',
      'Official website of the President of Russia',
      'Statements for the press following Russian-Chinese talks',
      'May 8, 2015, 15:10',
      'President of Russia Vladimir Putin: Mr Chairman, ladies and gentlemen,',
      'Our talks were held in a warm and businesslike atmosphere.',
    ])
    expect(header).toEqual({ title: 'Statements for the press following Russian-Chinese talks', published: '2015-05-08', site: 'President of Russia' })
  })

  it('reads a clipping\'s source line for its site and stamp, not as the headline', () => {
    const body = 'Vladimir Putin met with President of the People’s Republic of China Xi Jinping on the sidelines of the APEC Economic Leaders’ Meeting.'
    expect(readPageHeader(['[1] kremlin.ru — Events — President — News', 'Meeting with President of China Xi Jinping', body])).toEqual({
      title: 'Meeting with President of China Xi Jinping',
      published: null,
      site: 'kremlin.ru',
    })
    expect(readPageHeader(['[3] english.news.cn — Xinhua | 2017-11-10 19:26:02 | Editor: Mu Xuequan', 'Xi meets Putin in Da Nang', body])).toMatchObject({ published: '2017-11-10', site: 'english.news.cn' })
    expect(readPageHeader(['Saved from: http://www.fmprc.gov.cn/eng/topics/hujintaocxsco/t202412.htm', 'Hu Jintao Holds Talks with Russian President Putin', body])).toMatchObject({
      title: 'Hu Jintao Holds Talks with Russian President Putin',
      site: 'fmprc.gov.cn',
    })
  })
})

describe('looksLikeLabel', () => {
  it('is a few words without digits or sentence marks', () => {
    expect(looksLikeLabel('Global South')).toBe(true)
    expect(looksLikeLabel('New York, July 17, 2024')).toBe(false)
    expect(looksLikeLabel('Key talking points:')).toBe(false)
  })
})

describe('looksLikeBody', () => {
  it('takes a long paragraph that opens a list, and not a long headline', () => {
    const lede = 'The Russian Federation and the People’s Republic of China (hereinafter referred to as the Sides), guided by the Treaty of Good-Neighbourliness, Friendship and Cooperation of July 16, 2001, wishing to set out their common view of the international order, declare the following:'
    expect(looksLikeBody(lede)).toBe(true)
    expect(looksLikeBody('Joint Statement of the Russian Federation and the People’s Republic of China regarding the International Order in the 21st Century')).toBe(false)
  })

  it('takes a paragraph that ends like a sentence, a closing quote or bracket after its stop included, and not a list item ending in a bracket', () => {
    expect(looksLikeBody('The two sides exchanged views on the situation in the Asia-Pacific region and on Ukraine.')).toBe(true)
    expect(looksLikeBody('Wang Yi said the two sides should “jointly oppose hegemonism and power politics.”')).toBe(true)
    expect(looksLikeBody('•\tWang Yi Speaks with Russian Foreign Minister Sergey Lavrov on the Phone (24 Feb 2022)')).toBe(false)
  })
})
