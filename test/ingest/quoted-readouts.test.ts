import { describe, expect, it } from 'vitest'
import { quotedReadouts } from '../../src/ingest/quoted-readouts.js'
import { readWebText } from '../../src/ingest/text-file.js'
import type { Source } from '../../src/types.js'

const notes = [
  '# RU/CN readouts 2019 (working file)',
  '',
  '## 1. Xi Jinping state visit to Moscow, 5 June 2019',
  '',
  '### RU — Kremlin ([en.kremlin.ru](http://en.kremlin.ru/events/president/news/60672))',
  '',
  '> Vladimir Putin held talks in the Kremlin with President of China Xi Jinping.',
  '>',
  '> The leaders signed a Joint Statement.',
  '',
  '### CN — MFA PRC ([fmprc.gov.cn](https://www.fmprc.gov.cn/mfa_eng/t1670776.shtml))',
  '',
  '> **Xi Jinping Holds Talks with President Vladimir Putin of Russia**',
  '> On the afternoon of June 5, 2019 local time, President Xi Jinping held talks with President Vladimir Putin.',
  '',
  '**Comment:** the Kremlin text names the UN, SCO, BRICS and G20 in one breath.',
]

describe('quotedReadouts', () => {
  it('reads each quoted block under a heading as a readout, with the site its heading links to', () => {
    const readouts = quotedReadouts(notes)!
    expect(readouts.map((r) => [r.site, r.lines[0]])).toEqual([
      ['en.kremlin.ru', 'Vladimir Putin held talks in the Kremlin with President of China Xi Jinping.'],
      ['fmprc.gov.cn', 'Xi Jinping Holds Talks with President Vladimir Putin of Russia'],
    ])
    // The analyst's comment is in no readout.
    expect(readouts.flatMap((r) => r.lines).join('\n')).not.toContain('Comment')
  })

  it('is not notes when a quote answers an e-mail or only one readout is quoted', () => {
    expect(quotedReadouts(['Dear colleagues,', '> Lavrov met Wang Yi.', '> They discussed the SCO.', 'Best, A.'])).toBeNull()
    expect(quotedReadouts(notes.slice(0, 10))).toBeNull()
  })

  it('gives readWebText one post per quoted readout', () => {
    const source: Source = { path: 'notes.md', name: 'notes.md', sha256: '', format: 'web-text', bytes: 0 }
    const posts = readWebText(notes.join('\n'), source).posts
    expect(posts.map((p) => [p.n, p.channel, p.title])).toEqual([
      [1, 'en.kremlin.ru', null],
      [2, 'fmprc.gov.cn', 'Xi Jinping Holds Talks with President Vladimir Putin of Russia'],
    ])
  })
})
