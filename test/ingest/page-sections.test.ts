import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { pageSections } from '../../src/ingest/page-sections.js'
import { splitLines } from '../../src/ingest/lines.js'
import { readWebText } from '../../src/ingest/text-file.js'

const lines = (path: string) => splitLines(readFileSync(path, 'utf8'))

describe('ingest/page-sections', () => {
  it('reads a digest of two saved pages (seeds 002 and 004) between rule lines as two pages, the masthead left out', () => {
    const { pages, published } = pageSections(lines('test/fixtures/text/digest.txt'))
    expect(published).toBe('2024-06-11')
    expect(pages.map((p) => p.site)).toEqual(['china-un.org', 'fmprc.gov.cn'])
    expect(pages.map((p) => p.lines.join('\n').trim())).toEqual([
      readFileSync('seeds/002_b71bd70bc2f6245b.txt', 'utf8').trim(),
      readFileSync('seeds/004_775c12525becf376.txt', 'utf8').trim(),
    ])
  })

  it('gives one post per page, each with its own headline and stamp', () => {
    const text = readFileSync('test/fixtures/text/digest.txt', 'utf8')
    const doc = readWebText(text, { path: 'digest.txt', name: 'digest.txt', sha256: '', format: 'web-text', bytes: 0 })
    expect(doc.posts.map((p) => [p.n, p.title, p.published])).toEqual([
      [1, 'Wang Yi Meets with Russian Foreign Minister Sergey Lavrov', '2022-09-22'],
      [2, 'Wang Yi meets with Russian Foreign Minister Sergey Lavrov', '2024-06-10'],
    ])
  })

  it('cuts pages pasted in turn without rules: after a page\'s copyright, where the masthead comes again, at a headline over a stamp', () => {
    const page = (headline: string, stamp: string, lede: string) => [headline, stamp, '', `${lede} held talks in Beijing on the bilateral agenda.`, '', 'The two sides exchanged views on international and regional issues of common concern.', '']
    const talks = page('Wang Yi Holds Talks with Sergey Lavrov', '2018/04/23', 'On April 23, 2018, Wang Yi and Sergey Lavrov')
    const council = page('Wang Yi Chairs the SCO Council of Foreign Ministers', '2018/04/24', 'On April 24, 2018, Wang Yi and the SCO ministers')
    const masthead = ['Ministry of Foreign Affairs of the People\'s Republic of China', '']
    const footer = ['Copyright © Ministry of Foreign Affairs, the People\'s Republic of China', '京ICP备06045473号', '']
    const titles = (file: string[]) => pageSections(file).pages.map((p) => p.header.title)
    const both = ['Wang Yi Holds Talks with Sergey Lavrov', 'Wang Yi Chairs the SCO Council of Foreign Ministers']
    expect(titles([...masthead, ...talks, ...footer, 'Home | News', ...council, ...footer])).toEqual(both)
    expect(titles([...masthead, ...talks, ...masthead, ...council])).toEqual(both)
    expect(titles([...talks, '[Editor: Liangyu]', '', ...council])).toEqual(both)
    // The masthead repeated inside a page's own header (CGTN's name over and under its stamp) cuts nothing.
    expect(titles(['CGTN', ...talks.slice(0, 2), 'CGTN', ...talks.slice(2)])).toEqual(['Wang Yi Holds Talks with Sergey Lavrov'])
  })

  it('closes a page of one paragraph at its footer when a stamp dates it', () => {
    const masthead = ["Ministry of Foreign Affairs of the People's Republic of China", '']
    const footer = ["Copyright © Ministry of Foreign Affairs, the People's Republic of China", '京ICP备05022813号', '']
    const short = ['Qin Gang Meets with Russian Deputy Foreign Minister Andrey Rudenko', '', '2023-06-25 14:26', '', 'On June 25, 2023, State Councilor and Foreign Minister Qin Gang met with Russian Deputy Foreign Minister Andrey Rudenko in Beijing.', '']
    const briefing = ["Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on June 26, 2023", '', '2023-06-26 19:14', '', 'AFP: The Russian Foreign Ministry said yesterday that Andrey Rudenko visited Beijing. Can you confirm?', '', 'Mao Ning: The Chinese side has released information on the meeting. Please refer to it.', '']
    expect(pageSections([...masthead, ...short, ...footer, ...masthead, ...briefing, ...footer]).pages.map((p) => p.header.title)).toEqual([
      'Qin Gang Meets with Russian Deputy Foreign Minister Andrey Rudenko',
      "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on June 26, 2023",
    ])
  })

  it('keeps a single page whole, "* * *" between its parts and all', () => {
    const seed = lines('seeds/004_775c12525becf376.txt')
    const transcript = [...seed.slice(0, 10), '* * *', ...seed.slice(10)]
    expect(pageSections(transcript).pages.map(({ lines, site }) => ({ lines, site }))).toEqual([{ lines: transcript, site: null }])
  })

  it('cuts at a numbered rule ("----- page 2 of 8 -----") and at a stamp over the next headline after a page\'s paragraphs', () => {
    const page = (stamp: string, title: string) => [stamp, '', title, `MOSCOW, Oct. 13 (Xinhua) -- ${title} took place in Moscow on Monday, officials said.`, 'The two sides signed nearly 40 cooperation documents after the meeting.', '']
    const stamped = [...page('Source: Xinhua | 2014-10-14 | english.news.cn', 'Li Keqiang and Dmitry Medvedev hold regular meeting'), ...page('Source: Xinhua | 2021-06-28 | english.news.cn', 'Xi, Putin hold video talks')]
    expect(pageSections(stamped).pages.map((p) => [p.header.title, p.header.published])).toEqual([
      ['Li Keqiang and Dmitry Medvedev hold regular meeting', '2014-10-14'],
      ['Xi, Putin hold video talks', '2021-06-28'],
    ])
    const numbered = ['----- page 1 of 2 -----', ...page('May 20, 2014, 10:00', 'Russian-Chinese talks in Shanghai'), '----- page 2 of 2 -----', ...page('June 5, 2019, 13:00', 'Russian-Chinese talks in the Kremlin')]
    expect(pageSections(numbered).pages.map((p) => p.header.title)).toEqual(['Russian-Chinese talks in Shanghai', 'Russian-Chinese talks in the Kremlin'])
    // A Word copy's page number between dashes, under a compiler's numbered heading and source note.
    const dossier = [
      ...['1.\tThe talks: Russian account', 'Source: kremlin.ru, Events, published 22 March 2013, 15:40. Copied 25.03.2013.', ''], ...page('March 22, 2013, 15:40', 'Russian-Chinese talks'), '— 1 —',
      ...['2.\tThe talks: Chinese account', 'Source: Xinhua (english.news.cn), 22 March 2013, 23:58.', ''], ...page('2013-03-22 23:58', 'Xi, Putin vow to take the partnership to new heights'), '— 2 —',
    ]
    expect(pageSections(dossier).pages.map((p) => [p.header.title, p.header.site])).toEqual([
      ['Russian-Chinese talks', 'kremlin.ru'],
      ['Xi, Putin vow to take the partnership to new heights', 'english.news.cn'],
    ])
  })

  it('cuts an e-mail at each message it forwards, and takes its greeting for no page', () => {
    const page = (stamp: string, title: string) => [title, stamp, `${title}: the ministers met in Moscow on Friday, the ministry said.`, 'The two sides discussed the SCO and BRICS.', '']
    const mail = [
      'Subject: Fwd: three readouts',
      '',
      'Colleagues,',
      '',
      'forwarding the texts for Monday.',
      '',
      '---------- Forwarded message ---------',
      ...page('2020-09-11 20:31', 'Lavrov holds talks with Wang Yi'),
      '---------- Forwarded message ---------',
      ...page('2020-09-12 01:23', 'Wang Yi Holds Talks with Sergey Lavrov'),
    ]
    expect(pageSections(mail).pages.map((p) => p.header.title)).toEqual(['Lavrov holds talks with Wang Yi', 'Wang Yi Holds Talks with Sergey Lavrov'])
  })

  it('goes on with a page after its "* * *" when the file holds several pages', () => {
    const page = (title: string, stamp: string) => [title, stamp, 'The Kremlin, Moscow', `${title} were held on this day in the Kremlin, the leaders said.`, 'The two presidents signed a package of documents.']
    const transcript = ['Beginning of Russian-Chinese talks in restricted format', 'President of Russia Vladimir Putin: Mr Chairman, friends, I am glad to welcome you to Moscow.']
    const file = [...page('Russian-Chinese talks', 'May 8, 2015, 13:50'), '* * *', ...transcript, '-'.repeat(40), ...page('Statements for the press', 'May 8, 2015, 15:10')]
    const { pages } = pageSections(file)
    expect(pages.map((p) => p.header.title)).toEqual(['Russian-Chinese talks', 'Statements for the press'])
    expect(pages[0]!.lines.slice(-2)).toEqual(transcript)
  })
})
