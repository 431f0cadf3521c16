import { beforeAll, describe, expect, it } from 'vitest'
import { runPipeline, type AnalysedCorpus, type Comparison } from '../../src/index.js'

// The framing facts the issue names for the seeds, found by the whole pipeline (not built by hand).
let corpus: AnalysedCorpus
let nizhny: Comparison

beforeAll(async () => {
  corpus = await runPipeline(['seeds'])
  const event = corpus.events.find((e) => e.ru.includes('003:12') && e.cn.includes('004:1'))
  nizhny = corpus.analysis.comparisons.find((c) => c.eventId === event?.id)!
})

describe('gold/framing: the 2024-06-10 Nizhny Novgorod pair', () => {
  it('shows the label choice Global Majority (ru) against Global South (cn)', () => {
    const choice = nizhny.labelChoices.find((c) => c.ru.includes('global-majority'))
    expect(choice?.ru).toEqual(['global-majority'])
    expect(choice?.cn[0]).toBe('global-south')
  })

  it('has Ukraine in the cn account only and the SCO in the ru account only', () => {
    const theme = (id: string) => nizhny.themes.find((t) => t.theme === id)
    expect(theme('ukraine')).toMatchObject({ onlyIn: 'cn', ru: { count: 0 }, cn: { count: 1 } })
    expect(theme('sco')).toMatchObject({ onlyIn: 'ru', ru: { count: 2 }, cn: { count: 0 } })
    // p = (nA/(nA+nB))^k: one mention in cn and none in ru.
    const { ruTokens, cnTokens } = nizhny
    expect(theme('ukraine')?.omissionP).toBeCloseTo(cnTokens / (ruTokens + cnTokens), 6)
  })

  it("attributes the cn 'Global South' to Wang Yi", () => {
    expect(nizhny.themes.find((t) => t.theme === 'global-south')?.cn.speakers).toEqual({ 'Wang Yi': 1 })
  })
})

describe('gold/framing: who said "Global South" on the Russian side', () => {
  it("puts the one ru 'Global South' in a journalist's question, not in the minister's words", () => {
    const interview = corpus.accounts.find((a) => a.id === '003:8')!
    const at = interview.text.indexOf('Global South')
    const sentence = interview.sentences.find((s) => s.span[0] <= at && at < s.span[1])
    expect(sentence?.speaker.role).toBe('journalist')
  })
})
