import { describe, expect, it } from 'vitest'
import { candidatePairs } from '../../src/align/candidates.js'
import { prepareAccounts } from '../../src/align/features.js'
import { compareIds } from '../../src/align/ids.js'
import { settleAlignOptions, type AlignOptions } from '../../src/align/options.js'
import type { Account } from '../../src/types.js'
import { makeAccount, seeds } from './make-account.js'

/** Candidate pairs as "id id" lines, and rivals as "id → id". */
function block(input: Account[], options: AlignOptions = {}) {
  const accounts = [...input].sort((a, b) => compareIds(a.id, b.id))
  const features = prepareAccounts(accounts, settleAlignOptions(options))
  const { pairs, rival } = candidatePairs(features, settleAlignOptions(options))
  const lines: string[] = []
  for (let k = 0; k < pairs.length; k += 2) lines.push(`${features[pairs[k]!]!.id} ${features[pairs[k + 1]!]!.id}`)
  const rivals = [...rival].flatMap((r, i) => (r < 0 ? [] : [`${features[i]!.id} → ${features[r]!.id}`]))
  return { pairs: lines.sort(), rivals }
}

describe('align/candidates', () => {
  it('keeps the counterpart on the same day, rules out other counterparts as rivals', () => {
    const { pairs, rivals } = block(seeds('003:12', '003:13', '003:14', '004:1'))
    expect(pairs).toEqual(['003:12 004:1'])
    expect(rivals).toEqual(['003:13 → 004:1', '003:14 → 004:1', '004:1 → 003:13'])
  })

  it('does not pair the same ministers months or years apart', () => {
    expect(block(seeds('003:19', '002:1', '001:2', '003:3', '003:9', '004:1')).pairs).toEqual([])
  })

  it('uses a window with each of its days', () => {
    expect(block(seeds('001:1', '002:1')).pairs).toEqual(['001:1 002:1'])
    // A window wider than maxWindowDays is not blocked on by day.
    expect(block(seeds('001:1', '002:1'), { maxWindowDays: 10 }).pairs).toEqual([])
  })

  it('pairs on the same side only possible copies', () => {
    expect(block(seeds('000:1', '001:4', '001:2')).pairs).toEqual(['000:1 001:4'])
  })

  it('pairs the same day and place even when extraction found no one', () => {
    const nobody = makeAccount({ id: '009:1', side: 'ru', date: '2024-06-10', place: 'Nizhny Novgorod', participants: [] })
    expect(block([nobody, ...seeds('004:1')]).pairs).toEqual(['004:1 009:1'])
  })

  it('pairs accounts sharing a rare hashtag whatever their dates say', () => {
    const undated = makeAccount({ id: '009:2', side: 'cn', participants: ['Wang Yi', 'Sergey Lavrov'], tags: ['UNGA77'] })
    expect(block([undated, ...seeds('001:1')]).pairs).toEqual(['001:1 009:2'])
    // Too common a tag is no key.
    expect(block([undated, ...seeds('001:1')], { maxTagAccounts: 1 }).pairs).toEqual([])
  })

  it('grows linearly with the corpus at a fixed density', () => {
    const corpus = (days: number) =>
      Array.from({ length: days * 4 }, (_, k) => {
        const day = new Date(Date.UTC(2020, 0, 1 + Math.floor(k / 4))).toISOString().slice(0, 10)
        const cn = k % 4 === 3
        return makeAccount({ id: `x:${k}`, side: cn ? 'cn' : 'ru', date: day, participants: cn ? ['Wang Yi', 'Sergey Lavrov'] : ['Sergey Lavrov', `Guest ${k % 4}`] })
      })
    // Pairs per day stay the same (a little more away from the edges of the period).
    const small = block(corpus(100)).pairs.length / 100
    const large = block(corpus(1000)).pairs.length / 1000
    expect(large).toBeGreaterThan(0)
    expect(large / small).toBeLessThan(1.05)
  })
})
