import { describe, expect, it } from 'vitest'
import { alignSentences, wordDiff } from '../../src/analyse/align-sentences.js'
import { makeAccount } from './fixtures/accounts.js'

describe('analyse/align-sentences', () => {
  it('pairs sentences one to one, best first, and leaves the rest unmatched', () => {
    const ru = makeAccount('r:1', 'ru', 'The ministers discussed the Ukrainian crisis in detail. Lavrov praised BRICS expansion. Weather was fine.')
    const cn = makeAccount('c:1', 'cn', 'BRICS expansion was welcomed by Lavrov. The two sides exchanged views on the Ukraine crisis. Tea was served.')
    const { aligned, unmatched } = alignSentences(ru, cn)
    expect(aligned.map((a) => [a.ru.sentence, a.cn.sentence])).toEqual([[1, 0]])
    expect(unmatched).toEqual({ ru: [0, 2], cn: [1, 2] })
    expect(aligned[0]?.ru.account).toBe('r:1')
  })

  it('is linear in practice: 2,000 × 2,000 sentences with shared vocabulary in well under a few seconds', () => {
    const words = Array.from({ length: 400 }, (_, i) => `w${i.toString(36)}x`)
    const text = (seed: number) => Array.from({ length: 2_000 }, (_, i) => `${words[(i * 7 + seed) % 400]} ${words[(i * 13 + seed) % 400]} ${words[(i * 17) % 400]} ends.`).join(' ')
    const started = performance.now()
    const { aligned } = alignSentences(makeAccount('r:1', 'ru', text(1)), makeAccount('c:1', 'cn', text(2)))
    expect(performance.now() - started).toBeLessThan(5_000)
    expect(aligned.length).toBeGreaterThan(0)
  })

  it('gives up the word diff beyond maxEditLength', () => {
    expect(wordDiff('a b c', 'a b d', 10)).toEqual([
      { value: 'a b ', added: false, removed: false },
      { value: 'c', added: false, removed: true },
      { value: 'd', added: true, removed: false },
    ])
    expect(wordDiff('a b c d e f', 'g h i j k l', 1)).toBeNull()
  })
})
