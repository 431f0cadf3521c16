import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/extract/extract-facts.js'
import { telegramFile } from './make-account.js'

// seeds/003 posts 12-14 (lines 171-205), shortened.
const FILE = () =>
  telegramFile([
    '🎙 Foreign Minister Sergey Lavrov’s opening remarks at a meeting with Foreign Minister of the People’s Republic of China Wang Yi on the sidelines of the #BRICS Foreign Ministers Meeting (Nizhny Novgorod, June 10, 2024)\n💬 We are happy to welcome you to Nizhny Novgorod, the capital of the Volga Federal District and the Nizhny Novgorod Region.\nWe will submit these to our leaders at the summit in Kazan in October 2024.',
    '🇷🇺🇮🇷 On June 10, Foreign Minister Sergey Lavrov met with Acting Foreign Minister of the Islamic Republic of Iran Ali Bagheri Kani on the sidelines of the #BRICS Foreign Ministers meeting in Nizhny Novgorod.\nDuring the meeting, Minister Lavrov once again expressed his deepest condolences over the tragic death of Iranian President Ebrahim Raisi.',
    '🇷🇺🇱🇦 On June 10, Foreign Minister Sergey Lavrov met with Deputy Prime Minister and Foreign Minister of the Lao People’s Democratic Republic Saleumxay Kommasith in the BRICS Plus/Outreach format on the sidelines of the #BRICS Foreign Ministers Meeting in Nizhny Novgorod.\nThey focused on the implementation of agreements reached following talks between the Leaders of the two countries in Moscow on May 9.',
  ])

describe('extract/extract-facts', () => {
  it('extracts the facts of each account of one file', () => {
    const accounts = extractFacts(FILE())
    expect(accounts.map((a) => [a.id, a.facts.date.value, a.facts.date.precision, a.facts.place.value, a.facts.participants, a.facts.kind.value])).toEqual([
      ['t:1', '2024-06-10', 'stated', 'Nizhny Novgorod', ['Sergey Lavrov', 'Wang Yi'], 'meeting'],
      ['t:2', '2024-06-10', 'year-inferred', 'Nizhny Novgorod', ['Sergey Lavrov', 'Ali Bagheri Kani'], 'meeting'],
      ['t:3', '2024-06-10', 'year-inferred', 'Nizhny Novgorod', ['Sergey Lavrov', 'Saleumxay Kommasith'], 'meeting'],
    ])
  })

  it('keeps every other field and one speaker per sentence span, without touching the input', () => {
    const input = FILE()
    const copy = structuredClone(input)
    const accounts = extractFacts(input)
    expect(input).toEqual(copy)
    accounts.forEach((a, i) => {
      const { sentences, facts, ...rest } = a
      const { sentences: spans, ...before } = input[i]!
      expect(rest).toEqual(before)
      expect(sentences.map((s) => s.span)).toEqual(spans)
      expect(facts.date.reason.length).toBeGreaterThan(10)
      expect(facts.place.reason.length).toBeGreaterThan(10)
    })
    expect(accounts[0]!.sentences[1]!.speaker).toEqual({ role: 'person', name: 'Sergey Lavrov', side: 'ru' })
  })

  it('is deterministic and accepts an empty file', () => {
    expect(extractFacts(FILE())).toEqual(extractFacts(FILE()))
    expect(extractFacts([])).toEqual([])
  })
})
