import { beforeAll, describe, expect, it } from 'vitest'
import { runPipeline, type Account, type AnalysedCorpus } from '../../src/index.js'
import { countsMiss, dateMiss, loadGold, pairScores, participantsMiss, placeMiss, precisionMiss, printTable, score, themeIdOfGoldKey, type Gold } from './gold.js'

// The whole pipeline on seeds/ against the hand annotation. Every field must be right on the seeds: the
// floors are 1.0 because that is what was measured; the printed table shows where a regression lands.
const gold: Gold = loadGold()
let corpus: AnalysedCorpus
let byId: Map<string, Account>

beforeAll(async () => {
  corpus = await runPipeline(['seeds'])
  byId = new Map(corpus.accounts.map((a) => [a.id, a]))
})

describe('gold/seeds: accounts', () => {
  it('finds the 27 gold accounts and no others', () => {
    expect(corpus.accounts.map((a) => a.id).sort()).toEqual(gold.documents.map((d) => d.id).sort())
    expect(corpus.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  })

  it('gets side, date, place, participants and theme counts right for every account', () => {
    const rows = [
      score('side', gold.documents, byId, (g, a) => (a.side.value === g.side ? null : `${a.side.value} (${a.side.reason})`)),
      score('date', gold.documents, byId, dateMiss),
      // 000:1 says only "On January 9": year-inferred is the honest answer there.
      score('date precision', gold.documents.filter((g) => g.date_in_text !== 'full'), byId, precisionMiss),
      score('place', gold.documents, byId, placeMiss),
      score('participants', gold.documents, byId, participantsMiss),
      score('theme counts', gold.documents.filter((g) => g.counts), byId, countsMiss),
    ]
    printTable('gold accuracy on seeds/', rows)
    expect(rows.flatMap((r) => r.misses)).toEqual([])
  })

  it('gives every account a stated reason for its side', () => {
    for (const a of corpus.accounts) expect(a.side.reason.length, a.id).toBeGreaterThan(5)
  })
})

describe('gold/seeds: alignment', () => {
  const eventOf = (id: string) => corpus.events.find((e) => e.ru.includes(id) || e.cn.includes(id))

  it('puts every account in exactly one event', () => {
    const ids = corpus.events.flatMap((e) => [...e.ru, ...e.cn]).sort()
    expect(ids).toEqual(corpus.accounts.map((a) => a.id).sort())
  })

  it('pairs the cross-side gold pairs, and nothing else across sides (precision and recall 1.0)', () => {
    const { precision, recall, found } = pairScores(corpus.events, gold)
    console.log(`cross-side pairing on seeds/: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${found} found, ${gold.cross_side_pairs.length} gold)`)
    expect({ precision, recall }).toEqual({ precision: 1, recall: 1 })
  })

  it('groups the same-side gold groups', () => {
    for (const group of gold.same_side_groups) {
      const events = new Set(group.map((id) => eventOf(id)?.id))
      expect(events.size, group.join(' + ')).toBe(1)
    }
  })

  it('keeps every hard negative apart', () => {
    for (const { pair, why } of gold.hard_negatives) {
      expect(eventOf(pair[0])?.id, `${pair.join(' / ')}: ${why}`).not.toBe(eventOf(pair[1])?.id)
    }
  })
})

describe('gold/seeds: theme totals', () => {
  it('matches the per-side totals of the gold file', () => {
    const rows = new Map(corpus.analysis.corpus.themes.map((r) => [r.term, r]))
    for (const side of ['ru', 'cn'] as const) {
      for (const [key, n] of Object.entries(gold.term_totals_after_dedup![side])) {
        expect(rows.get(themeIdOfGoldKey(key))?.[side] ?? 0, `${side} ${key}`).toBe(n)
      }
    }
  })
})
