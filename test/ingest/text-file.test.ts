import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isContentless } from '../../src/ingest/lines.js'
import { readTelegramText, readWebText } from '../../src/ingest/text-file.js'
import type { Source, SourceFormat } from '../../src/types.js'

function load(path: string, format: SourceFormat): [string, Source] {
  const text = readFileSync(path, 'utf8')
  return [text, source(path, format)]
}

const source = (path: string, format: SourceFormat = 'telegram-text'): Source => ({ path, name: path.split('/').pop()!, sha256: '', format, bytes: 0 })

describe('readTelegramText', () => {
  it('splits seed 003 into 19 posts: the doubled first separator makes no empty post', () => {
    const doc = readTelegramText(...load('seeds/003_5386bee5090c7a93.txt', 'telegram-text'))
    expect(doc.medium).toBe('telegram')
    expect(doc.posts.map((p) => p.n)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1))
    expect(doc.posts.every((p) => p.channel === 'Russian MFA')).toBe(true)
    expect(doc.posts[0]!.body).toMatch(/^🗓 On September 20, Foreign Minister Sergey Lavrov/)
    // A post may open with a hashtag line (003:19).
    expect(doc.posts[18]!.body).toMatch(/^#RussiaChina\n🇷🇺🇨🇳 On September 25/)
    expect(doc.posts.some((p) => /Forwarded from/.test(p.body))).toBe(false)
  })

  it('splits seed 001 into 5 posts, the media placeholder staying inside post 2', () => {
    const doc = readTelegramText(...load('seeds/001_d400d3f38b6f09ed.txt', 'telegram-text'))
    expect(doc.posts).toHaveLength(5)
    expect(doc.posts[1]!.body).toMatch(/^This media is not supported in your browser\nVIEW IN TELEGRAM\n/)
  })

  it('splits a copy without "Forwarded from" after each reaction line; a media-only stretch is no post', () => {
    const doc = readTelegramText(...load('test/fixtures/text/reactions-separated.txt', 'telegram-text'))
    expect(doc.posts.map((p) => p.body.split('\n')[0])).toEqual([
      "🇷🇺🇨🇳 Russia's Foreign Minister Sergey Lavrov & Foreign Minister of the People’s Republic of China Wang Yi met on the sidelines of the 77th Session of the UN General Assembly",
      '🇷🇺🇨🇳📞 On January 9, Foreign Minister Sergey Lavrov spoke over the phone with Foreign Minister of the People’s Republic of China Qin Gang.',
      '🇷🇺🇨🇳 Foreign Minister Sergey Lavrov’s opening remarks during a meeting with Foreign Minister of China Qin Gang on the sidelines of the G20 Foreign Ministers’ meeting',
    ])
    expect(doc.posts.map((p) => p.channel)).toEqual([null, null, null])
  })

  it('reads a photo post, its channel\'s name and views only, as no post, so the posts after it keep their numbers', () => {
    const copy = ['CGTN', 'Xi Jinping arrived in Moscow on Wednesday for a state visit to Russia.', '25.8K views  21:06', 'CGTN', '31.2K views  16:55', 'CGTN', 'Xi Jinping held talks with Vladimir Putin at the Kremlin on Thursday.', '33.0K views  19:12'].join('\n')
    const doc = readTelegramText(copy, source('cgtn.txt'))
    const text = (body: string) => body.split('\n').find((l) => l.startsWith('Xi'))
    expect(doc.posts.map((p) => [p.n, text(p.body)])).toEqual([
      [1, 'Xi Jinping arrived in Moscow on Wednesday for a state visit to Russia.'],
      [2, 'Xi Jinping held talks with Vladimir Putin at the Kremlin on Thursday.'],
    ])
  })

  it('reads a body Telegram Desktop copied a second time under the same header as no second post', () => {
    const copy = [
      'Russian MFA 🇷🇺, [27.07.2024 09:05]',
      '🗓 On Friday, Sergey Lavrov took part in the Russia–ASEAN Foreign Ministers’ Meeting in Vientiane.',
      '',
      'The Ministers reviewed the progress in implementing the Plan of Action.',
      '#RussiaASEAN',
      '',
      'Russian MFA 🇷🇺, [27.07.2024 09:05]',
      'The Ministers reviewed the progress in implementing the Plan of Action.',
      '#RussiaASEAN',
      '',
      'Russian MFA 🇷🇺, [28.07.2024 10:00]',
      'The Ministers reviewed the progress in implementing the Plan of Action.',
    ].join('\n')
    const doc = readTelegramText(copy, source('copy.txt'))
    // The third post repeats the text a day later: a post of its own.
    expect(doc.posts.map((p) => [p.n, p.published])).toEqual([[1, '2024-07-27'], [2, '2024-07-28']])
  })
})

describe('readTelegramText: a channel\'s own posts, as Telegram\'s web preview shows them', () => {
  it('does not take the channel card atop the preview (name, @handle, subscribers, description) for a post', () => {
    const doc = readTelegramText(...load('test/fixtures/annotated/h11_tg_chinese_embassy_russia_web.txt', 'telegram-text'))
    expect(doc.posts).toHaveLength(8)
    expect(doc.posts[0]!.body).toMatch(/^【Xi Jinping Speaks with Russian President Vladimir Putin on the Phone】/)
    expect(doc.posts.every((p) => p.channel === 'Chinese Embassy in Russia')).toBe(true)
  })

  it('starts a post at each line holding only the ministry\'s channel name', () => {
    const doc = readTelegramText(...load('test/fixtures/text/channel-preview.txt', 'telegram-text'))
    expect(doc.posts.map((p) => p.channel)).toEqual(['Russian MFA', 'Russian MFA'])
    expect(doc.posts.map((p) => p.body.split('\n')[0])).toEqual([
      "🇷🇺🇨🇳 On February 20, Foreign Minister Sergey Lavrov had a telephone conversation with Foreign Minister of the People's Republic of China Wang Yi.",
      '🎙 Foreign Minister Sergey Lavrov’s remarks at the BRICS Foreign Ministers Meeting',
    ])
    // The view counter and the time stay in the post for segment's boilerplate rules, which drop them.
    expect(doc.posts[1]!.body.trimEnd().split('\n').slice(-2)).toEqual(['9.1K views', 'edited 18:40'])
  })
})

describe('readWebText', () => {
  it('gives a page that names no site the site of the page before it, and a page that names one its own', () => {
    const page = (head: string[], title: string) => [...head, title, 'May 8, 2015, 13:50', `${title} took place in Moscow, where the two leaders met.`].join('\n')
    const rule = '\n' + '-'.repeat(60) + '\n'
    const text = [page(['President of Russia'], 'Russian-Chinese talks'), page([], 'Military parade on Red Square'), page(['Xinhua'], 'Xi attends the parade')].join(rule)
    expect(readWebText(text, source('pages.txt', 'web-text')).posts.map((p) => p.channel)).toEqual(['President of Russia', 'President of Russia', 'Xinhua'])
  })

  it('takes the longest header line as the headline: page labels above it are not (seed 000)', () => {
    const post = readWebText(...load('seeds/000_87fdc513f4ffdc63.txt', 'web-text')).posts[0]!
    expect(post.title).toBe(
      'Press release on Foreign Minister Sergey Lavrov’s telephone conversation with Foreign Minister of the People’s Republic of China Qin Gang',
    )
    expect(post.published).toBeNull()
  })

  it('reads the headline past menus and breadcrumbs, and the date stamp (seed 002)', () => {
    const post = readWebText(...load('seeds/002_b71bd70bc2f6245b.txt', 'web-text')).posts[0]!
    expect(post).toMatchObject({ n: 1, title: 'Wang Yi Meets with Russian Foreign Minister Sergey Lavrov', published: '2022-09-22', channel: null })
  })

  it('reads the site and date of a "site| Updated:" stamp (seed 004)', () => {
    const post = readWebText(...load('seeds/004_775c12525becf376.txt', 'web-text')).posts[0]!
    expect(post).toMatchObject({ title: 'Wang Yi meets with Russian Foreign Minister Sergey Lavrov', published: '2024-06-10', channel: 'fmprc.gov.cn' })
  })

  it('gives no headline to a text that starts with its body', () => {
    const text = 'On June 10, Foreign Minister Sergey Lavrov met with Foreign Minister of China Wang Yi in Nizhny Novgorod.\n'
    const post = readWebText(text, { path: 'x.txt', name: 'x.txt', sha256: '', format: 'web-text', bytes: 0 }).posts[0]!
    expect(post.title).toBeNull()
  })
})

describe('readTelegramText on messages copied from Telegram Desktop', () => {
  it('splits at the sender-and-time headers and dates each post by its header', () => {
    // Seed 003's posts 1, 3 and 5 as copied from the desktop app: none states its year.
    const doc = readTelegramText(...load('test/fixtures/text/desktop-copy.txt', 'telegram-text'))
    expect(doc.posts.map((p) => [p.n, p.published, p.channel])).toEqual([
      [1, '2023-09-21', 'Russian MFA'],
      [2, '2023-10-17', 'Russian MFA'],
      [3, '2023-11-17', 'Russian MFA'],
    ])
    expect(doc.posts[1]!.body).toMatch(/^🇷🇺🇨🇳 On October 16, Beijing hosted talks/)
    expect(doc.posts.map((p) => p.body).join('\n')).not.toMatch(/\[Forwarded from|\[\d/)
  })

  it('reads the newer one-line header, its date month first unless the copy shows the day first', () => {
    const us = '[10/17/23 9:30 AM] Russian MFA 🇷🇺: On October 16, Beijing hosted talks.\n\n[11/2/23 6:45 PM] Russian MFA 🇷🇺: On November 1, Sergey Lavrov met Wang Yi.'
    expect(readTelegramText(us, source('us.txt')).posts.map((p) => [p.published, p.body.trim()])).toEqual([
      ['2023-10-17', 'On October 16, Beijing hosted talks.'],
      ['2023-11-02', 'On November 1, Sergey Lavrov met Wang Yi.'],
    ])
    const uk = '[17/10/2023, 09:30] Chinese Embassy: On October 16, Beijing hosted talks.\n[2/11/2023, 18:45] Chinese Embassy: On November 1, Wang Yi met Lavrov.'
    expect(readTelegramText(uk, source('uk.txt')).posts.map((p) => p.published)).toEqual(['2023-10-17', '2023-11-02'])
  })
})

describe('readTelegramText on a channel whose name is no ministry’s', () => {
  it('starts a post at each recurrence of the channel’s name after a footer, and drops the preview’s labels', () => {
    // Seed 003's posts 3–6 as the web preview of an embassy's channel shows them.
    const doc = readTelegramText(...load('test/fixtures/text/embassy-channel-preview.txt', 'telegram-text'))
    const embassy = 'Посольство России в КНР | Russian Embassy in China'
    expect(doc.posts.map((p) => [p.n, p.channel])).toEqual([
      [1, 'Russian MFA'],
      [2, embassy],
      [3, embassy],
      [4, embassy],
    ])
    expect(doc.posts.map((p) => p.body.split('\n').find((l) => !isContentless(l)))).toEqual([
      expect.stringMatching(/^🇷🇺🇨🇳 On October 16, Beijing hosted talks/),
      expect.stringMatching(/^🎙 Foreign Minister Sergey Lavrov’s opening remarks during the meeting with Foreign Minister of the Republic of Belarus/),
      expect.stringMatching(/^🇷🇺🇰🇿🇰🇬🇹🇯🇹🇲🇺🇿 On November 17/),
      expect.stringMatching(/^🎙 President Vladimir Putin sent greetings/),
    ])
  })

  it('does not take a dateline that recurs after each doubled body’s hashtags for a channel name', () => {
    const post = (who: string) =>
      `Forwarded from Russian MFA 🇷🇺\n🇷🇺 Sergey Lavrov & ${who} met on the sidelines of the UN General Assembly\n📍 New York, September 23, 2023\nThe ministers discussed the SCO.\n#UNGA78\n📍 New York, September 23, 2023\nThe ministers discussed the SCO.\n#UNGA78\n👍5`
    const doc = readTelegramText(['Wang Yi', 'Mauro Vieira', 'Subrahmanyam Jaishankar'].map(post).join('\n'), source('unga.txt'))
    expect(doc.posts).toHaveLength(3)
    expect(doc.posts.every((p) => p.channel === 'Russian MFA')).toBe(true)
  })

  it('does not take a post’s first line for a channel name when the post’s body is doubled', () => {
    const doubled = 'Lavrov met Wang Yi in Beijing\nThey discussed the SCO.\n👍5\nLavrov met Wang Yi in Beijing\nThey discussed the SCO.\n👍5\n'
    expect(readTelegramText(doubled, source('d.txt')).posts.every((p) => p.channel === null)).toBe(true)
  })
})

describe('readTelegramText: footers and the channel card', () => {
  it('ends a post at its footer even where other posts have headers, the card naming the channel of headerless ones', () => {
    const copy = [
      'Russia at the UN / Россия в ООН',
      '@RussiaUN',
      '31.8K subscribers',
      '',
      'Forwarded from Russian MFA 🇷🇺',
      '🇷🇺🇨🇳 This week, on the sidelines of the #G20 Foreign Ministers’ Meeting in Johannesburg, Sergey Lavrov met with Wang Yi.',
      '👍 214 ❤ 37 🔥 9',
      '👁 2.4K edited 11:37',
      'This media is not supported in your browser',
      'VIEW IN TELEGRAM',
      '🎙 Statement by Permanent Representative Vassily Nebenzia at the UN General Assembly',
      '👍 356 🔥 48',
      '5.9K views 18:22',
      '🎙 Explanation of vote by Permanent Representative Vassily Nebenzia after the UN Security Council vote',
      '👍 498',
    ].join('\n')
    const doc = readTelegramText(copy, source('un.txt'))
    expect(doc.posts.map((p) => [p.n, p.channel])).toEqual([
      [1, 'Russian MFA'],
      [2, 'Russia at the UN / Россия в ООН'],
      [3, 'Russia at the UN / Россия в ООН'],
    ])
    expect(doc.posts[1]!.body).toMatch(/^This media is not supported/)
    expect(doc.posts[0]!.body).toMatch(/👁 2\.4K edited 11:37$/)
  })

  it('makes no post of a message copied from Telegram Desktop that holds only its photo', () => {
    const copy = 'Russian MFA 🇷🇺, [20.03.2023 14:16]\nOn March 20, Xi Jinping arrived in Moscow.\n\nRussian MFA 🇷🇺, [20.03.2023 14:17]\n[ Photo ]\n\n[3/20/23 10:48 PM] Russian MFA 🇷🇺: [ Photo ]'
    expect(readTelegramText(copy, source('photo.txt')).posts).toHaveLength(1)
  })
})

describe('readTelegramText: what stands above the first post', () => {
  it('splits the card from a first post that follows it without a header', () => {
    const copy = [
      'Посольство КНР в России | Chinese Embassy in Russia 🇨🇳',
      '@china_embassy_ru',
      '24 690 subscribers',
      '',
      '【Xi Jinping Meets with Russian Prime Minister Mikhail Mishustin】',
      'BEIJING, Nov. 4 (Xinhua) -- Chinese President Xi Jinping met with Russian Prime Minister Mikhail Mishustin.',
      '❤ 688  👍 301',
      '👁 19.9K  18:37',
      '',
      '【Ambassador Zhang Hanhui Meets with Governor of Primorsky Krai Oleg Kozhemyako】',
      'On December 2, Chinese Ambassador to Russia Zhang Hanhui met with Governor of Primorsky Krai Oleg Kozhemyako.',
      '👍 144  ❤ 37',
    ].join('\n')
    const doc = readTelegramText(copy, source('cn.txt'))
    expect(doc.posts.map((p) => [p.body.split('\n')[0], p.channel])).toEqual([
      ['【Xi Jinping Meets with Russian Prime Minister Mikhail Mishustin】', 'Посольство КНР в России | Chinese Embassy in Russia'],
      ['【Ambassador Zhang Hanhui Meets with Governor of Primorsky Krai Oleg Kozhemyako】', 'Посольство КНР в России | Chinese Embassy in Russia'],
    ])
  })

  it('takes the page\'s address and title above the card for no post, and the card\'s name, whatever it is, for the posts\' header', () => {
    const page = [
      'https://t.me/s/cgtn_official',
      '',
      'CGTN – Telegram',
      'Telegram',
      'Download',
      'CGTN',
      '@cgtn_official',
      'CGTN',
      '96.4K subscribers',
      '12.2K photos',
      'China Global Television Network. See the difference.',
      'View in Telegram',
      '',
      'June 19',
      'CGTN',
      'Chinese President Xi Jinping held a phone call with Russian President Vladimir Putin on Thursday afternoon.',
      '👍 512 ❤ 60',
      '22.6K views 19:12',
      'August 8',
      'CGTN',
      'Today President Xi Jinping spoke on the phone with Russian President Vladimir Putin.',
      '👍 691 ❤ 83',
      '25.3K views 18:41',
    ].join('\n')
    const posts = readTelegramText(page, source('cgtn.txt')).posts
    expect(posts.map((p) => [p.body.split('\n')[0], p.channel, p.publishedMonthDay])).toEqual([
      ['Chinese President Xi Jinping held a phone call with Russian President Vladimir Putin on Thursday afternoon.', 'CGTN', '06-19'],
      ['Today President Xi Jinping spoke on the phone with Russian President Vladimir Putin.', 'CGTN', '08-08'],
    ])
  })

  it('takes the preview\'s "Preview channel" lines and a sentence-long description for the card, and a link card repeating a post for no post', () => {
    const page = [
      'CGTN',
      '@CGTNOfficial',
      '',
      'Preview channel',
      'If you have Telegram, you can view and join',
      'CGTN right away.',
      '',
      'CGTN',
      '4.21K subscribers',
      '9.8K photos',
      '',
      'China Global Television Network: breaking news, features and live coverage from China and around the world.',
      '',
      'July 4',
      '',
      'CGTN',
      'Xi calls on SCO members to stay united',
      'Chinese President Xi Jinping addressed the meeting of the Council of Heads of State of the SCO in Astana on Thursday.',
      'CGTN',
      'Xi calls on SCO members to stay united',
      'Chinese President Xi Jinping addressed the meeting of the Council of Heads of State of the SCO in Astana on Thursday.',
      '👍 1.1K ❤ 198',
      '11.3K views13:05',
    ].join('\n')
    const posts = readTelegramText(page, source('cgtn.txt')).posts
    expect(posts.map((p) => [p.body.split('\n')[0], p.publishedMonthDay])).toEqual([['Xi calls on SCO members to stay united', '07-04']])
  })

  it('takes the rest of the card\'s description after a blank line, and "Download Telegram", for no post', () => {
    const copy = [
      'Russian MFA 🇷🇺',
      '@MFARussia',
      '314K subscribers',
      '2.81K links',
      'Official channel of the Ministry of Foreign Affairs of the Russian Federation',
      '',
      '🇷🇺 In Russian: @MID_Russia',
      'Download Telegram',
      'Russian MFA 🇷🇺',
      '🇷🇺🇨🇳 Foreign Minister Sergey Lavrov held talks with Foreign Minister of China Wang Yi.',
      '16.2K views14:05',
      'Russian MFA 🇷🇺',
      '🇷🇺🇨🇳 Chairman Xi Jinping received Foreign Minister Sergey Lavrov.',
      '12.1K views16:40',
    ].join('\n')
    const doc = readTelegramText(copy, source('ru.txt'))
    expect(doc.posts.map((p) => p.body.split('\n')[0])).toEqual([
      '🇷🇺🇨🇳 Foreign Minister Sergey Lavrov held talks with Foreign Minister of China Wang Yi.',
      '🇷🇺🇨🇳 Chairman Xi Jinping received Foreign Minister Sergey Lavrov.',
    ])
  })

  it('takes a card without counters (name, @handle, pinned message) above the first headed post for no post', () => {
    const copy = 'Посольство КНР в РФ | Chinese Embassy in Russia\n@chinaembassy_ru\nPinned message: Consular notice on the application for visas …\n\nForwarded from MFA Spokesperson\'s Office\nOn the afternoon of February 24, 2025, President Xi Jinping had a phone call with Russian President Vladimir Putin.\n👍 143 ❤ 37'
    expect(readTelegramText(copy, source('cn.txt')).posts.map((p) => [p.n, p.channel])).toEqual([[1, "MFA Spokesperson's Office"]])
  })

  it('takes a few short lines above the first headed post for the channel\'s title, not a post', () => {
    const copy = 'Russia at the UN 🇷🇺🇺🇳\nPermanent Mission of the Russian Federation to the United Nations\nForwarded from Russian MFA 🇷🇺\n🇷🇺🇨🇳 Sergey Lavrov met Wang Yi in New York.\n👍 734\n🎙 Statement by Vassily Nebenzia at the UN Security Council.\n👍 12'
    expect(readTelegramText(copy, source('un.txt')).posts.map((p) => [p.n, p.channel])).toEqual([
      [1, 'Russian MFA'],
      [2, 'Russia at the UN'],
    ])
  })
})

describe('readTelegramText: the web preview\'s date separators', () => {
  const copy = [
    'MFA Russia 🇷🇺',
    '@MFARussia',
    '148.6K subscribers',
    '',
    '5 March 2024',
    'MFA Russia 🇷🇺',
    'On March 5, Foreign Minister Sergey Lavrov had a telephone conversation with Naledi Pandor.',
    '👍312❤41🔥18',
    '21.4K views 17:02',
    'Wednesday, 6 March 2024',
    'MFA Russia 🇷🇺',
    'The Consular Department informs',
    'Voting abroad will take place on March 15, 16 and 17.',
    '👍410❤57',
    '24.0K views 11:30',
    'August 23',
    'MFA Russia 🇷🇺',
    'Information for Russian citizens travelling abroad.',
    '18.9K views 15:47',
  ].join('\n')

  it('makes no post of a line that is only a date between two days\' posts, and dates the posts below it', () => {
    const posts = readTelegramText(copy, source('sep.txt')).posts
    expect(posts.map((p) => p.body.split('\n')[0])).toEqual([
      'On March 5, Foreign Minister Sergey Lavrov had a telephone conversation with Naledi Pandor.',
      'The Consular Department informs',
      'Information for Russian citizens travelling abroad.',
    ])
    // A separator without its year dates nothing, and the day before it stops applying.
    expect(posts.map((p) => p.published)).toEqual(['2024-03-05', '2024-03-06', null])
  })

  it('keeps the day and month of a separator without a year for each post below it', () => {
    const preview = ['March 7', 'MFA Russia 🇷🇺', 'Lavrov spoke with Wang Yi.', '👍 12', '3.1K views 18:05', 'March 9', 'MFA Russia 🇷🇺', 'Lavrov met Pandor.', '👍 4'].join('\n')
    const posts = readTelegramText(preview, source('yearless.txt')).posts
    expect(posts.map((p) => [p.published, p.publishedMonthDay])).toEqual([[null, '03-07'], [null, '03-09']])
  })

  it('keeps a date that opens or sits in a post\'s text where no footer or header marks it as a separator', () => {
    const post = 'MFA Russia 🇷🇺\nOn March 5, Lavrov spoke with Pandor.\n5 March 2024\nThe ministers discussed BRICS.'
    expect(readTelegramText(post, source('inline.txt')).posts[0]!.body).toContain('5 March 2024')
    const opening = readTelegramText('MFA Russia 🇷🇺\n5 March 2024\nLavrov spoke with Pandor.', source('opening.txt')).posts
    expect(opening).toMatchObject([{ channel: 'MFA Russia', body: '5 March 2024\nLavrov spoke with Pandor.' }])
  })
})

describe('readWebText: quoted text', () => {
  it('reads a readout quoted in an e-mail or notes without its ">" marks', () => {
    const mail = [
      '> Meeting with Premier of the State Council of China Li Qiang',
      '>',
      '> Vladimir Putin met with Premier of the State Council of the People\'s',
      '> Republic of China Li Qiang as part of his state visit to China.',
    ].join('\n')
    const post = readWebText(mail, source('mail.eml', 'web-text')).posts[0]!
    expect(post.body).not.toContain('>')
    expect(post.body).toMatch(/^Vladimir Putin met with Premier of the State Council of the People's$/m)
    // A lone ">" is text: a copy is not taken for a quotation on one line.
    expect(readWebText('Lavrov met Wang Yi.\n> 5 per cent growth was noted.', source('one.txt', 'web-text')).posts[0]!.body).toContain('> 5 per cent')
  })
})
