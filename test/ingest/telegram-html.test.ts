import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readTelegramHtml } from '../../src/ingest/telegram-html.js'
import type { Source } from '../../src/types.js'

const source = (path: string): Source => ({ path, name: path.split('/').pop()!, sha256: '', format: 'telegram-html', bytes: 0 })
const read = (path: string) => readTelegramHtml(readFileSync(path, 'utf8'), source(path))

// Both fixtures hold posts of seed 001 as Telegram writes them into HTML.
describe('readTelegramHtml', () => {
  it('reads a Telegram Desktop HTML export: one post per message with text, dated by the message title', () => {
    const doc = read('test/fixtures/telegram/messages.html')
    expect(doc.medium).toBe('telegram')
    // The photo-only message, the day separators and the "pinned" line are no posts.
    expect(doc.posts.map((p) => [p.n, p.published, p.channel])).toEqual([
      [1, '2022-09-22', 'Russian MFA'],
      [2, '2022-11-15', 'Russian MFA'],
      [3, '2023-01-09', 'MID Russia'],
      [4, '2023-03-02', 'MID Russia'],
    ])
  })

  it('keeps the line breaks of a message and leaves reactions, the sender and the date out of its text', () => {
    const body = read('test/fixtures/telegram/messages.html').posts[1]!.body
    expect(body.split('\n').slice(0, 2)).toEqual([
      '🇷🇺🇨🇳 Foreign Minister Sergey Lavrov’s opening remarks during a meeting with Foreign Minister of the People’s Republic of China Wang Yi on the sidelines of the G20 summit',
      '📍Denpasar, November 15, 2022',
    ])
    expect(body).not.toMatch(/Russian MFA|👍|15\.11\.2022|11:40/)
  })

  it('reads a saved t.me/s page: the post texts only, not the channel card, a reply’s quote or the footers', () => {
    const doc = read('test/fixtures/telegram/tme-s-channel.html')
    expect(doc.posts.map((p) => [p.n, p.published, p.channel])).toEqual([
      [1, '2022-09-22', 'Russian MFA'],
      [2, '2022-11-15', 'Russian MFA'],
      [3, '2023-01-09', 'MID Russia'],
      [4, '2023-01-09', 'MID Russia'],
      [5, '2023-03-02', 'MID Russia'],
    ])
    expect(doc.posts[3]!.body).toBe('📄 Read the full text of the press release on the website of the Ministry\nmid.ru/en')
    const all = doc.posts.map((p) => p.body).join('\n')
    expect(all).not.toMatch(/subscribers|14\.2K|215|Download Telegram|Official channel/)
  })

  it('gives the same posts for the export and the web preview of the same messages', () => {
    const bodies = (path: string) => read(path).posts.map((p) => p.body)
    const preview = bodies('test/fixtures/telegram/tme-s-channel.html')
    expect(bodies('test/fixtures/telegram/messages.html')).toEqual([...preview.slice(0, 3), preview[4]])
  })

  it('reads a page of neither shape as a web page', () => {
    const doc = readTelegramHtml('<html><body><div class="message default">Wang Yi met Sergey Lavrov in Moscow on April 1.</div></body></html>', source('x.html'))
    expect(doc.medium).toBe('web')
    expect(doc.posts[0]!.body).toContain('Wang Yi met Sergey Lavrov in Moscow on April 1.')
  })
})
