import { describe, expect, it } from 'vitest'
import { kwic } from '../../src/analyse/kwic.js'
import { defaultLexicon } from '../../src/analyse/lexicon.js'
import { makeAccount } from './fixtures/accounts.js'
import { excerpts } from './fixtures/seed-excerpts.js'

describe('analyse/kwic', () => {
  const ru = makeAccount('003:12', 'ru', excerpts['003:12']?.text ?? '')
  const cn = makeAccount('004:1', 'cn', excerpts['004:1']?.text ?? '')
  const lexicon = defaultLexicon()

  it('shows every mention of a theme id in context, with account and sentence', () => {
    const lines = kwic([ru, cn], 'developing-countries', lexicon, { width: 20 })
    expect(lines).toEqual([
      {
        account: '004:1',
        sentence: 6,
        span: expect.any(Array),
        left: 'ty and cooperation among ',
        match: 'emerging markets and developing countries',
        right: '. The expanded BRICS ',
      },
    ].map((l) => ({ ...l, left: l.left.slice(-20), right: l.right.slice(0, 20) })))
  })

  it('matches a plain term as a case-insensitive whole-word phrase, or a /regex/', () => {
    expect(kwic([ru, cn], 'kazan', lexicon).map((l) => `${l.account} ${l.match}`)).toEqual(['003:12 Kazan', '004:1 Kazan'])
    expect(kwic([ru, cn], '/like-\\w+/', lexicon).map((l) => l.match)).toEqual(['like-minded'])
  })

  it('collapses line breaks in the context', () => {
    const line = kwic([ru], 'global-majority', lexicon, { width: 200 })[0]
    expect(line?.left.includes('\n')).toBe(false)
  })
})
