import { describe, expect, it } from 'vitest'
import { stripBoilerplate } from '../../src/segment/strip-boilerplate.js'

const strip = (body: string, title: string | null = null, medium: 'telegram' | 'web' = 'telegram') => stripBoilerplate(body, { title, medium })

describe('stripBoilerplate', () => {
  it('drops Telegram noise: reactions, placeholders, "Read in full" with or without its emoji', () => {
    const body = [
      'This media is not supported in your browser',
      'VIEW IN TELEGRAM',
      '🇷🇺🇨🇳 Foreign Minister Sergey Lavrov met Wang Yi.',
      'Read in full',
      '📄 Read in full',
      'Forwarded from Russian MFA 🇷🇺',
      '👍16❤3',
      '👍12❤2🔥1👏1',
      '👍13❤2👎1🤬1',
      '👍1.2K❤310',
    ].join('\n')
    expect(strip(body).lines).toEqual(['Foreign Minister Sergey Lavrov met Wang Yi.'])
  })

  it('drops a menu copied onto one line with bars, and keeps a headline with one bar', () => {
    const lines = strip('Ministry | Foreign policy | Press service | Countries | Consular services | Multilateral diplomacy: UN, BRICS, SCO, G20\nWang Yi meets Lavrov | fmprc\nThe ministers met in Beijing.', null, 'web').lines
    expect(lines).toEqual(['Wang Yi meets Lavrov | fmprc', 'The ministers met in Beijing.'])
  })

  it('drops page chrome: menus, language links, share links, copyright, ICP lines and image names', () => {
    const body = [
      'Wang Yi meets with Russian Foreign Minister Sergey Lavrov',
      '11.png',
      'Wang Yi met Lavrov.',
      'IMG_2024.JPG',
      'Suggest to a friend',
      '【Print】',
      'Copyright © China International Development Cooperation Agency. All rights reserved. Presented by China Daily.',
      '京ICP备18041594号-1',
      '京公网安备 11010202005508号',
    ].join('\n')
    expect(strip(body, 'Wang Yi meets with Russian Foreign Minister Sergey Lavrov', 'web').lines).toEqual([
      'Wang Yi meets with Russian Foreign Minister Sergey Lavrov',
      'Wang Yi met Lavrov.',
    ])
  })

  it('drops everything above a web headline, page labels included, by position not by wording (seed 000)', () => {
    const body = 'Global South\n\n\nPress Release: Sergey Lavrov & Qin Gang\n\nPress release on the talks\n\nOn January 9, they spoke.'
    expect(strip(body, 'Press release on the talks', 'web').lines).toEqual(['Press release on the talks', 'On January 9, they spoke.'])
    expect(strip('Any Rubric\nThe headline\nText.', 'The headline', 'web').lines).toEqual(['The headline', 'Text.'])
  })

  it('drops the headlines listed under "Related News" or "More from CGTN", and a cookie banner', () => {
    const page = [
      'Our Privacy Statement & Cookie Policy',
      'By continuing to browse our site you agree to our use of cookies, revised Privacy Policy and Terms of Use.',
      'I agree',
      'Xi Jinping Holds Talks with Vladimir Putin',
      'On September 2, Xi Jinping held talks with Vladimir Putin in Beijing.',
      'Related News',
      'Xi Jinping Chairs the 25th Meeting of the Council of Heads of State of the SCO',
      'Xi Jinping Attends the SCO Plus Meeting and Calls for Building a Community with a Shared Future',
      'More from CGTN',
      'Wang Yi: Asia-Pacific must not become a new battlefield for bloc confrontation',
    ].join('\n')
    expect(strip(page, null, 'web').lines).toEqual(['Xi Jinping Holds Talks with Vladimir Putin', 'On September 2, Xi Jinping held talks with Vladimir Putin in Beijing.'])
    // A paragraph of text after the list is text again; photos and tags head no list.
    expect(strip('See also\nLavrov, Wang Yi to meet\nThe ministers also discussed the situation in the Middle East in detail.', null, 'web').lines).toEqual([
      'The ministers also discussed the situation in the Middle East in detail.',
    ])
    expect(strip('Photos\nLavrov and Wang Yi in Beijing', null, 'web').lines).toEqual(['Lavrov and Wang Yi in Beijing'])
    // CGTN's trending searches under a story.
    expect(strip('Zhang Jun explained the vote.\nSearch Trends\nRussia-Ukraine conflict\nWinter Paralympics', null, 'web').lines).toEqual(['Zhang Jun explained the vote.'])
    // Headings with a colon, mid.ru's older "Other documents on this topic:", and Xinhua's links run on after "Related:".
    const end = [
      'The two leaders also exchanged views on the Korean Peninsula situation.',
      'Related: Xi calls for open economy at APEC CEO Summit | Full text of Xi\'s speech',
      'Related News:',
      'Chinese FM arrives in Bali for G20 foreign ministers\' meeting',
      'Other documents on this topic:',
      '- On the meeting of the SCO Council of Foreign Ministers (04.06.2005)',
      'Recommended:',
      'Spokesperson on the SCO Summit in New Delhi',
    ].join('\n')
    expect(strip(end, null, 'web').lines).toEqual(['The two leaders also exchanged views on the Korean Peninsula situation.'])
  })

  it('drops China Daily\'s photo caption, and reads a reprint\'s stamp with its source after it', () => {
    const body = 'Title\nPresident Xi Jinping and President Vladimir Putin review the honor guard at the Kremlin in Moscow. [Photo/Xinhua]\n2025-04-02 09:26   Source: People\'s Daily\nThe two leaders agreed on Thursday to deepen coordination.'
    expect(strip(body, 'Title', 'web')).toMatchObject({ lines: ['Title', 'The two leaders agreed on Thursday to deepen coordination.'], published: '2025-04-02', site: "People's Daily" })
  })

  it('turns stamp lines into metadata', () => {
    expect(strip('Title\n\n2022-09-22 18:04\n\nText.', 'Title', 'web')).toEqual({ lines: ['Title', 'Text.'], published: '2022-09-22', site: null, copyrightYear: null })
    expect(strip('Title\nfmprc.gov.cn| Updated: 2024-06-10\nText.', 'Title', 'web')).toEqual({
      lines: ['Title', 'Text.'],
      published: '2024-06-10',
      site: 'fmprc.gov.cn',
      copyrightYear: null,
    })
  })

  it('keeps a Telegram post\'s photo caption when it is all the post says, and drops it from a page', () => {
    const caption = 'Leaders pose for a group photo in Kazan, Russia, Oct. 23, 2024. (Xinhua/Li Xueren)'
    expect(strip(caption, null, 'telegram').lines).toEqual([caption])
    expect(strip(`Xi met Putin in Kazan.\n${caption}`, null, 'telegram').lines).toEqual(['Xi met Putin in Kazan.'])
    expect(strip(`Title\n${caption}`, 'Title', 'web').lines).toEqual(['Title'])
  })

  it('keeps the last year of a copyright line, the year the page was printed', () => {
    expect(strip('Title\nText.\n© TASS 1999-2016. All rights reserved', 'Title', 'web').copyrightYear).toBe(2016)
    expect(strip('Title\nText.\nCopyright © 2024 The Ministry of Foreign Affairs', 'Title', 'web').copyrightYear).toBe(2024)
    expect(strip('Title\nText from 2015.\nCopyright The Ministry', 'Title', 'web').copyrightYear).toBeNull()
  })

  it('takes a copyright line\'s holder for the site when it is a state agency or a ministry, and only then', () => {
    expect(strip('Title\nText.\n© 2023 Sputnik All rights reserved', 'Title', 'web').site).toBe('Sputnik')
    expect(strip("Title\nText.\nCopyright © 2022 People's Daily Online. All Rights Reserved.", 'Title', 'web').site).toBe("People's Daily Online")
    expect(strip('Title\nText.\nCopyright ©2024 Global Times All Rights Reserved 京ICP备16064419号-1', 'Title', 'web').site).toBe('Global Times')
    expect(strip('Title\nText.\nCopyright © 2024 A Blog on Eurasia', 'Title', 'web').site).toBeNull()
  })

  it('normalises spaces, and strips decorative leading emoji and bullets but not the speaker marks', () => {
    const body = ['  Home\u00a0> China News', 'Now\u2002the pandemic', '✔️ The Ministers praised', '• A bullet', '🇷🇺🇨🇳📞 On January 9', '❓ Why?', '💬 I think so.', '☝️ 💬 Quoted.', '1️⃣ First'].join('\n')
    expect(strip(body).lines).toEqual(['Now the pandemic', 'The Ministers praised', 'A bullet', 'On January 9', '❓ Why?', '💬 I think so.', '💬 Quoted.', 'First'])
  })

  it('keeps lines with elisions and sentences that merely mention noise words', () => {
    const body = 'since the creation of the UN, the West has failed. <...>\n<...>\nHe read the report in full and forwarded it to Moscow.\nHome Minister Amit Shah met Wang Yi.'
    expect(strip(body).lines).toEqual([
      'since the creation of the UN, the West has failed. <...>',
      '<...>',
      'He read the report in full and forwarded it to Moscow.',
      'Home Minister Amit Shah met Wang Yi.',
    ])
  })
})

describe('stripBoilerplate: lines in another script', () => {
  it('drops the Russian half of a bilingual post and keeps the English one, names and tags in either script', () => {
    const post = [
      '🇷🇺🇨🇳 24 февраля состоялся телефонный разговор Президента Российской Федерации В.В.Путина с Председателем КНР Си Цзиньпином.',
      '📍 Москва, 24.02.2022',
      '🇷🇺🇨🇳 On February 24, President of the Russian Federation Vladimir Putin had a telephone conversation with President of the People’s Republic of China Xi Jinping.',
      '#РоссияКитай #RussiaChina',
      '中文',
    ].join('\n')
    expect(stripBoilerplate(post, { title: null, medium: 'telegram' }).lines).toEqual([
      'On February 24, President of the Russian Federation Vladimir Putin had a telephone conversation with President of the People’s Republic of China Xi Jinping.',
      '#РоссияКитай #RussiaChina',
      '中文',
    ])
  })
})
