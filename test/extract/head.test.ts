import { describe, expect, it } from 'vitest'
import { accountHead, isContentLine, linesOf, startsLine } from '../../src/extract/head.js'
import { makeAccount } from './make-account.js'

describe('extract/head', () => {
  it('takes the first line of a Telegram post, not the scene-setting line after it (seeds/003 lines 103-104)', () => {
    const a = makeAccount('🇷🇺🇨🇳 On April 8-9, Lavrov was on an official visit to China.\nThe Chinese leader welcomed Sergey Lavrov’s arrival ahead of President Putin’s state visit.')
    const first = '🇷🇺🇨🇳 On April 8-9, Lavrov was on an official visit to China.'
    expect(accountHead(a).map((p) => [p.label, p.text, p.span])).toEqual([['title', first, [0, first.length]]])
  })

  it('reads past a Telegram post\'s headline and dateline to its lede, as on a web page', () => {
    const text = '🇷🇺🇨🇳 Russian-Chinese talks\n📍 Beijing, September 2, 2025\nVladimir Putin held talks with President of the People’s Republic of China Xi Jinping.\n💬 Vladimir Putin: Dear friend,'
    const head = accountHead(makeAccount(text))
    expect(head.map((p) => p.label)).toEqual(['title', 'lede'])
    expect(head[1]!.text).toBe('\n📍 Beijing, September 2, 2025\nVladimir Putin held talks with President of the People’s Republic of China Xi Jinping.')
  })

  it('skips a title made of flags and hashtags (seeds/003 line 229)', () => {
    const a = makeAccount('🇷🇺🇨🇳 #RussiaChina\n🇷🇺🇨🇳 On September 25, Sergey Lavrov met with Wang Yi.')
    expect(accountHead(a).map((p) => p.text)).toEqual(['🇷🇺🇨🇳 On September 25, Sergey Lavrov met with Wang Yi.'])
  })

  it('takes the headline and the text up to the end of the lede on a web page (seeds/000 lines 5-7)', () => {
    const text = 'Press release on Foreign Minister Sergey Lavrov’s telephone conversation with Qin Gang\nOn January 9, Foreign Minister Sergey Lavrov spoke by phone with Qin Gang.\nThe Russian Minister congratulated his Chinese colleague.'
    const head = accountHead(makeAccount(text, { medium: 'web' }))
    expect(head.map((p) => p.label)).toEqual(['title', 'lede'])
    expect(head[1]!.text).toBe('\nOn January 9, Foreign Minister Sergey Lavrov spoke by phone with Qin Gang.')
    expect(text.slice(...head[1]!.span!)).toBe(head[1]!.text)
  })

  it('handles a headline that is not part of the text', () => {
    const head = accountHead(makeAccount('Wang Yi met with Sergey Lavrov in Nizhny Novgorod. Wang Yi said both sides should act.', { medium: 'web', title: 'Wang Yi meets Lavrov' }))
    expect(head.map((p) => [p.label, p.text, p.span])).toEqual([
      ['title', 'Wang Yi meets Lavrov', null],
      ['lede', 'Wang Yi met with Sergey Lavrov in Nizhny Novgorod.', [0, 'Wang Yi met with Sergey Lavrov in Nizhny Novgorod.'.length]],
    ])
  })

  it('tells content lines from flags, tags and stamps, and stops listing lines early', () => {
    expect(isContentLine('🇷🇺🇨🇳 #RussiaChina #UNGA77')).toBe(false)
    expect(isContentLine('2022-09-22 18:04')).toBe(false)
    expect(isContentLine('Key talking points:')).toBe(true)
    expect(linesOf('one two three\n\n#Tag\nfour five six\nseven eight nine', 2).map((l) => [l.text, l.span])).toEqual([
      ['one two three', [0, 13]],
      ['#Tag', [15, 19]],
      ['four five six', [20, 33]],
    ])
    expect(linesOf('one two three\n#Tag').map((l) => l.content)).toEqual([true, false])
  })

  it('tells whether only blanks stand between the start of the line and an offset', () => {
    const text = 'First. Second.\n  \u00a0Third.\r\n\tFourth'
    const at = (s: string) => text.indexOf(s)
    expect([0, at('Second'), at('Third'), at('Fourth'), text.length].map((i) => startsLine(text, i))).toEqual([true, false, true, true, false])
    // The same answer as slicing back to the line break and trimming, at every offset.
    for (let i = 0; i <= text.length; i++) {
      expect(startsLine(text, i), String(i)).toBe(text.slice(text.lastIndexOf('\n', i - 1) + 1, i).trim() === '')
    }
  })
})
