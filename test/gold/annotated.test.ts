import { beforeAll, describe, expect, it } from 'vitest'
import { runPipeline, type Account, type AnalysedCorpus } from '../../src/index.js'
import { dateMiss, loadGold, pairScores, participantsMiss, placeMiss, precisionMiss, printTable, score, type Gold } from './gold.js'

// A second hand-annotated set, test/fixtures/annotated/: 18 files in house styles the seeds do not
// show (mid.ru and kremlin.ru pages with their whole menus, a t.me/s copy with its channel card, a
// Telegram Desktop export, saved HTML pages, a UN-mission page), written and annotated without
// looking at the code. It was first run before any rule was fitted to it (README: "Measured
// accuracy"); the floors are what the pipeline reaches now, so that a regression fails.
const gold: Gold = loadGold(new URL('../fixtures/annotated.gold.json', import.meta.url))
let corpus: AnalysedCorpus
let byId: Map<string, Account>

beforeAll(async () => {
  corpus = await runPipeline(['test/fixtures/annotated'])
  byId = new Map(corpus.accounts.map((a) => [a.id, a]))
})

describe('gold/annotated: accounts', () => {
  it('finds the 36 annotated accounts and no others, with no errors', () => {
    expect(corpus.accounts.map((a) => a.id).sort()).toEqual(gold.documents.map((d) => d.id).sort())
    expect(corpus.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  })

  it('gets side, date, place, participants and kind right for all but two dates', () => {
    const rows = [
      score('side', gold.documents, byId, (g, a) => (a.side.value === g.side ? null : `${a.side.value} (${a.side.reason})`)),
      score('date', gold.documents, byId, dateMiss),
      score('date precision', gold.documents.filter((g) => g.date_in_text !== 'full'), byId, precisionMiss),
      score('place', gold.documents, byId, placeMiss),
      score('participants', gold.documents, byId, participantsMiss),
      score('kind', gold.documents, byId, (g, a) => (a.facts.kind.value === g.kind ? null : `${a.facts.kind.value} (${a.facts.kind.reason})`)),
    ]
    printTable('gold accuracy on test/fixtures/annotated/', rows)
    // "On July 13" between posts of 2022 and 2024: the channel's order allows 2022, 2023 and 2024, and
    // the earliest is taken; the annotator's 2023 comes from knowing when Lavrov was in Jakarta.
    expect(rows.flatMap((r) => r.misses).map((m) => m.split(': ')[0])).toEqual(['h10:2', 'h10:3'])
  })
})

describe('gold/annotated: alignment', () => {
  const eventOf = (id: string) => corpus.events.find((e) => e.ru.includes(id) || e.cn.includes(id))?.id

  it('pairs 14 of the 15 cross-side pairs and nothing else (the one missed is h10:2, whose year is wrong)', () => {
    const { precision, recall, found, missed } = pairScores(corpus.events, gold)
    console.log(`cross-side pairing on test/fixtures/annotated/: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${found} found, ${gold.cross_side_pairs.length} gold)`)
    expect(precision).toBe(1)
    expect(missed).toEqual(['h06:1 h10:2'])
  })

  it('groups the same-side gold groups and keeps every hard negative apart', () => {
    for (const group of gold.same_side_groups) expect(new Set(group.map(eventOf)).size, group.join(' + ')).toBe(1)
    for (const { pair, why } of gold.hard_negatives) expect(eventOf(pair[0]), `${pair.join(' / ')}: ${why}`).not.toBe(eventOf(pair[1]))
  })
})
