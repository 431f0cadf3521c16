import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { InputProblem } from '../../src/ingest/input-problem.js'
import { readTelegramJson } from '../../src/ingest/telegram-json.js'
import type { Source } from '../../src/types.js'

const source = (path: string): Source => ({ path, name: path.split('/').pop()!, sha256: '', format: 'telegram-json', bytes: 0 })
const read = (path: string) => readTelegramJson(readFileSync(path, 'utf8'), source(path))

describe('readTelegramJson', () => {
  it('reads the messages of a Telegram Desktop export, skipping service entries and photo-only messages', () => {
    const doc = read('test/fixtures/telegram/result.json')
    expect(doc.medium).toBe('telegram')
    expect(doc.posts.map((p) => [p.n, p.published, p.channel])).toEqual([
      [1, '2024-06-10', 'Russian MFA'],
      [2, '2024-06-10', 'Russian MFA'],
      [3, '2024-06-10', 'Russian MFA'],
    ])
  })

  it('flattens text arrays of strings and entities, keeping hashtags and link texts', () => {
    const body = read('test/fixtures/telegram/result.json').posts[0]!.body
    expect(body).toMatch(/^🎙 Foreign Minister Sergey Lavrov’s opening remarks .* the #BRICS Foreign Ministers Meeting \(Nizhny Novgorod, June 10, 2024\)\n/)
    expect(body).toContain('UN Security Council, #BRICS, #SCO, #G20, #APEC, and other')
    expect(body).toMatch(/Read in full\n\n#RussiaChina$/)
  })

  it('keeps a photo whose caption is its whole text, credit and all', () => {
    const caption = '📸 Xi Jinping, Vladimir Putin and other leaders attending the 16th BRICS Summit pose for a group photo in Kazan, Russia, Oct. 23, 2024. (Xinhua/Li Xueren)'
    const json = JSON.stringify({ name: 'Xinhua', messages: [{ id: 1, type: 'message', date: '2024-10-23T21:30:05', photo: 'photos/1.jpg', text: caption }, { id: 2, type: 'message', date: '2024-10-23T21:31:00', photo: 'photos/2.jpg', text: '' }] })
    expect(readTelegramJson(json, source('x.json')).posts.map((p) => p.body)).toEqual([caption])
  })

  it('names the forwarded channel rather than the channel that forwarded it', () => {
    expect(read('test/fixtures/telegram/forwarded.json').posts[0]!.channel).toBe('CHN_UN_NY')
  })

  it('reads the chats of a whole-account export', () => {
    const text = JSON.stringify({ chats: { list: [{ name: 'MID Russia', messages: [{ type: 'message', date: '2023-01-09T10:00:00', text: 'On January 9, Sergey Lavrov spoke with Qin Gang.' }] }] } })
    expect(readTelegramJson(text, source('all.json')).posts).toEqual([
      { n: 1, body: 'On January 9, Sergey Lavrov spoke with Qin Gang.', title: null, published: '2023-01-09', channel: 'MID Russia' },
    ])
  })

  it('throws an InputProblem with line and column for malformed JSON, and for JSON of another kind', () => {
    expect(() => readTelegramJson('{\n "messages": [1,,2]\n}', source('x.json'))).toThrow(InputProblem)
    try {
      readTelegramJson('{\n "messages": [1,,2]\n}', source('x.json'))
    } catch (error) {
      expect(error).toMatchObject({ ruleId: 'malformed-json', line: 2, column: 17, message: "malformed JSON: unexpected ',' (expected a Telegram Desktop export)" })
    }
    expect(() => readTelegramJson('{"items": []}', source('x.json'))).toThrow(/not a Telegram Desktop export/)
    expect(() => readTelegramJson('[1, 2]', source('x.json'))).toThrow(/not a Telegram Desktop export/)
  })
})
