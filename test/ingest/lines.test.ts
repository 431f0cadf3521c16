import { describe, expect, it } from 'vitest'
import { boilerplateRules, isContentless, isOtherLanguage, matchBoilerplate, normalizeLine, stripLeadingDecoration } from '../../src/ingest/lines.js'

describe('boilerplate rules', () => {
  it('each carry a note and a source, and compile', () => {
    for (const rule of boilerplateRules()) {
      expect(rule.note.length, rule.id).toBeGreaterThan(10)
      expect(rule.re).toBeInstanceOf(RegExp)
    }
  })

  it('name the rule a line matches, with the date and site of a stamp line', () => {
    expect(matchBoilerplate('👍16❤3')?.rule.id).toBe('telegram-reactions')
    expect(matchBoilerplate('📄 Read in full')?.rule.id).toBe('read-in-full')
    expect(matchBoilerplate('Home Meetings & Statements Events & Activities China & UN Documents About China 中文')?.rule.id).toBe('nav-home-menu')
    expect(matchBoilerplate('Home > China News')?.rule.id).toBe('nav-breadcrumb')
    expect(matchBoilerplate('中文 Français Contact Us')?.rule.id).toBe('nav-languages')
    expect(matchBoilerplate('京ICP备18041594号-1')?.rule.id).toBe('icp-licence')
    expect(matchBoilerplate('13.png')?.rule.id).toBe('image-file-name')
    expect(matchBoilerplate('fmprc.gov.cn| Updated: 2024-06-10')).toMatchObject({ date: '2024-06-10', site: 'fmprc.gov.cn' })
    expect(matchBoilerplate('2022-09-22 18:04')).toMatchObject({ date: '2022-09-22', site: null })
    expect(matchBoilerplate('14.2K views')?.rule.id).toBe('telegram-views')
    expect(matchBoilerplate('edited 18:40')?.rule.id).toBe('telegram-post-time')
  })

  it('know the chrome of mid.ru, kremlin.ru and a channel card', () => {
    expect(matchBoilerplate('Events / President / News')?.rule.id).toBe('nav-breadcrumb-trail')
    expect(matchBoilerplate('Minister / Speeches and interviews / Transcripts')?.rule.id).toBe('nav-breadcrumb-trail')
    expect(matchBoilerplate('RU | EN | FR | DE | ES | PT | AR | ZH')?.rule.id).toBe('nav-language-codes')
    expect(matchBoilerplate('Language: English | Español | Français | العربية | Русский')?.rule.id).toBe('nav-languages')
    expect(matchBoilerplate('Version for print')?.rule.id).toBe('page-tools')
    expect(matchBoilerplate('Version for the visually impaired')?.rule.id).toBe('page-tools')
    expect(matchBoilerplate('Print Save as PDF Share: VK Telegram OK Copy link')?.rule.id).toBe('page-share-bar')
    expect(matchBoilerplate('Share - WeChat Facebook X LinkedIn Weibo')?.rule.id).toBe('page-share-bar')
    expect(matchBoilerplate('Countries and regions: China Laos')?.rule.id).toBe('page-taxonomy')
    expect(matchBoilerplate('Ministry Foreign policy Press service Countries Consular services Documents Multimedia Contacts')?.rule.id).toBe('nav-menu-line')
    expect(matchBoilerplate('Events Structure Videos and Photos Documents Contact Search')?.rule.id).toBe('nav-menu-line')
    expect(matchBoilerplate('Global Edition China World Business Lifestyle Culture Travel Sports Opinion Regional Forum Video')?.rule.id).toBe('nav-menu-line')
    expect(matchBoilerplate('Send by e-mail')?.rule.id).toBe('page-tools')
    expect(matchBoilerplate('Related content')?.rule.id).toBe('page-section-label')
    expect(matchBoilerplate('598-01-04-2025')).toMatchObject({ date: '2025-04-01' })
    expect(matchBoilerplate('Xinhua | Updated: 2022-07-07 21:48')).toMatchObject({ date: '2022-07-07', site: 'Xinhua' })
    expect(matchBoilerplate('25 July 2024 19:40 1499-25-07-2024')).toMatchObject({ date: '2024-07-25' })
    expect(matchBoilerplate('24.6K subscribers')?.rule.id).toBe('telegram-channel-counters')
    expect(matchBoilerplate('38 412 subscribers')?.rule.id).toBe('telegram-channel-counters')
    expect(matchBoilerplate('2.7K views edited 12:30')?.rule.id).toBe('telegram-views')
    expect(matchBoilerplate('Load more')?.rule.id).toBe('telegram-preview-labels')
    expect(matchBoilerplate('👁 21.4K edited 15:08')?.rule.id).toBe('telegram-views')
    expect(matchBoilerplate('[ Photo ]')?.rule.id).toBe('telegram-media-placeholder')
    expect(matchBoilerplate('Date: Tue, 26 Aug 2025 22:40:11 +0800')).toMatchObject({ date: '2025-08-26' })
    expect(matchBoilerplate('Subject: Xinhua Daily Digest -- Politics')?.rule.id).toBe('email-header')
    expect(matchBoilerplate('[ File : statement.pdf ]')?.rule.id).toBe('telegram-media-placeholder')
    expect(matchBoilerplate('Album')?.rule.id).toBe('telegram-preview-labels')
    expect(matchBoilerplate('@china_embassy_ru')?.rule.id).toBe('telegram-handle')
    expect(matchBoilerplate('Please open Telegram to view this post')?.rule.id).toBe('telegram-media')
    // A bilingual cookie banner and its button; the web preview's "Open in Telegram".
    expect(matchBoilerplate('Мы используем файлы cookie, чтобы сайт работал лучше. | We use cookies to improve the website.')?.rule.id).toBe('cookie-notice')
    expect(matchBoilerplate('[ Согласен / OK ]')?.rule.id).toBe('cookie-notice')
    expect(matchBoilerplate('Preview channel | Open in Telegram')?.rule.id).toBe('telegram-preview-labels')
    for (const line of ['RUSSIA', 'UN US', 'Russia / China', 'China and the World', 'News Photos Video', 'Follow us on Telegram', 'Topics: the sides discussed trade.', 'Lavrov and Wang Yi / talks in Moscow / press conference follows.', '1391-15-07-2025 marks']) {
      expect(matchBoilerplate(line), line).toBeNull()
    }
  })

  it('read stamps written the other ministries\' ways, and only real days', () => {
    expect(matchBoilerplate('9 April 2024 13:05')).toMatchObject({ date: '2024-04-09' })
    expect(matchBoilerplate('June 15, 2022, 14:00')).toMatchObject({ date: '2022-06-15' })
    expect(matchBoilerplate('Updated: April 09, 2024 21:10')).toMatchObject({ date: '2024-04-09' })
    expect(matchBoilerplate('2023/05/16')).toMatchObject({ date: '2023-05-16' })
    expect(matchBoilerplate('02.12.2019 17:45')).toMatchObject({ date: '2019-12-02', rule: { id: 'date-line-dotted' } })
    // TASS, Global Times, CGTN, and China Daily's byline.
    expect(matchBoilerplate('23 OCT 2024, 20:51')).toMatchObject({ date: '2024-10-23' })
    expect(matchBoilerplate('Published: Aug 31, 2025 08:41 PM')).toMatchObject({ date: '2025-08-31' })
    expect(matchBoilerplate('By Global Times Published: Oct 31, 2024 12:20 AM')).toMatchObject({ date: '2024-10-31' })
    // People's Daily Online: the source and the time before the date.
    expect(matchBoilerplate("(Xinhua) 09:35, September 01, 2022")).toMatchObject({ date: '2022-09-01' })
    expect(matchBoilerplate('16:40, June 13, 2024')).toMatchObject({ date: '2024-06-13' })
    expect(matchBoilerplate('(Xinhua) September 01, 2022')).toBeNull()
    expect(matchBoilerplate('11-Jul-2025')).toMatchObject({ date: '2025-07-11' })
    expect(matchBoilerplate('Updated 21:36, 10-Jul-2025')).toMatchObject({ date: '2025-07-10' })
    expect(matchBoilerplate('By CAO DESHENG in Kazan, Russia | China Daily | Updated: 2024-10-24 07:12')).toMatchObject({ date: '2024-10-24', site: 'China Daily' })
    expect(matchBoilerplate('7 June 202118:12')).toMatchObject({ date: '2021-06-07' })
    expect(matchBoilerplate('31-Feb-2025')).toBeNull()
    // A pasted e-mail's own headers and the line that opens a forwarded message are no text.
    expect(matchBoilerplate('Content-Type: text/plain; charset="UTF-8"')?.rule.id).toBe('email-header')
    expect(matchBoilerplate('---------- Forwarded message ---------')?.rule.id).toBe('email-header')
    expect(matchBoilerplate('31.02.2019')).toBeNull()
    // Without a time, a written date alone on its line may be the event's dateline: text.
    expect(matchBoilerplate('June 10, 2024')).toBeNull()
    expect(matchBoilerplate('2023/02/30')).toBeNull()
    expect(matchBoilerplate('Source: Xinhua | 2024-06-11 09:12:40')).toMatchObject({ date: '2024-06-11', site: 'Xinhua' })
    // Xinhuanet's own pages of the 2010s: the editor run on, spaced or barred.
    expect(matchBoilerplate(normalizeLine('Source: Xinhua   2017-09-22 05:31:18   Editor: Liangyu'))).toMatchObject({ date: '2017-09-22', site: 'Xinhua' })
    expect(matchBoilerplate('English.news.cn | 2013-10-08 01:12:46 | Editor: Mu Xuequan')).toMatchObject({ date: '2013-10-08', site: 'English.news.cn' })
  })

  it('know a photo caption by its credit, and leave a slash inside a sentence alone', () => {
    for (const line of [
      'Wang Yi (L), Saleumxay Kommasith (C) and Sergey Lavrov pose for a group photo in Vientiane, Laos. /Chinese Foreign Ministry',
      'Xi Jinping holds talks with Vladimir Putin at the Great Hall of the People in Beijing. (Xinhua/Li Xueren)',
      'Photo taken on Sept. 2, 2025 shows the venue of the talks.',
    ]) {
      expect(matchBoilerplate(line)?.rule.id, line).toBe('photo-caption')
    }
    expect(matchBoilerplate('Wang Yi said the two sides should work together on the UN/WTO reform.')).toBeNull()
  })

  it('read a channel preview\'s view counter however the browser copied it', () => {
    for (const line of ['14.2K views', '2.7K views edited 12:30', '2.2K views07:55', '4.1K viewsedited 13:25']) {
      expect(matchBoilerplate(line)?.rule.id, line).toBe('telegram-views')
    }
  })

  it('leave sentences alone, even long ones that quote a noise phrase', () => {
    for (const line of [
      'Wang Yi said BRICS is an important platform.',
      'The ministers read the statement in full.',
      `${'The agreement was signed. '.repeat(20)}All rights reserved, he joked.`,
      '<...>',
      'New York, July 17, 2024',
    ]) {
      expect(matchBoilerplate(line), line).toBeNull()
    }
  })
})

describe('line helpers', () => {
  it('normalise every kind of space and drop invisible characters', () => {
    expect(normalizeLine('\u00a0\u00a0Home\u00a0>\u2002China\u200bNews\t ')).toBe('Home > ChinaNews')
    expect(normalizeLine('  plain line ')).toBe('plain line')
  })

  it('strip decoration up to a speaker mark', () => {
    expect(stripLeadingDecoration('🇷🇺🇰🇿🇰🇬🇹🇯🇹🇲🇺🇿 On November 17')).toBe('On November 17')
    expect(stripLeadingDecoration('❗️ Perhaps')).toBe('Perhaps')
    expect(stripLeadingDecoration('❓ Here is a question')).toBe('❓ Here is a question')
    expect(stripLeadingDecoration('🎙 Foreign Minister')).toBe('Foreign Minister')
    expect(stripLeadingDecoration('- a dash bullet')).toBe('a dash bullet')
    expect(stripLeadingDecoration('-5 degrees')).toBe('-5 degrees')
    expect(stripLeadingDecoration('2024 was a year')).toBe('2024 was a year')
  })

  it('call blank, noise, tag-only and emoji-only lines contentless', () => {
    expect(['', '  ', '👍5', '#RussiaChina', '🇷🇺🇨🇳', 'VIEW IN TELEGRAM'].every(isContentless)).toBe(true)
    expect(isContentless('Lavrov met Wang Yi.')).toBe(false)
  })
})

describe('isOtherLanguage', () => {
  it('tells a line written mostly in another script, and only with letters enough to tell', () => {
    expect(isOtherLanguage('Посол России в КНР И.В.Моргулов провёл встречу')).toBe(true)
    expect(isOtherLanguage('外交部发言人毛宁主持例行记者会，回答记者提问')).toBe(true)
    expect(isOtherLanguage('Sergey Lavrov met Ambassador Моргулов in Beijing to discuss the visit.')).toBe(false)
    expect(isOtherLanguage('中文')).toBe(false)
    expect(isOtherLanguage('Plain ASCII line with no other script at all')).toBe(false)
  })
})
