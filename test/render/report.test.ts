import { describe, expect, it } from 'vitest'
import { renderReport, reportFiles } from '../../src/render/report.js'
import { EVENT_NN, EVENT_UNGA, fixtureInput } from '../fixtures/render/corpus.js'
import { syntheticInput } from '../fixtures/render/synthetic.js'

describe('render/report', () => {
  it('renders the same bytes twice, whatever the input order', () => {
    const a = renderReport(fixtureInput())
    const input = fixtureInput()
    const b = renderReport({ ...input, accounts: [...input.accounts].reverse(), events: [...input.events].reverse(), sources: [...input.sources].reverse() })
    expect(b).toEqual(a)
    expect(renderReport(fixtureInput())).toEqual(a)
  })

  it('writes one page per paired event, data.json, terms.csv and, last, the index', () => {
    expect(renderReport(fixtureInput()).map((f) => f.path)).toEqual([
      `pairs/${EVENT_UNGA}.html`,
      `pairs/${EVENT_NN}.html`,
      'data.json',
      'terms.csv',
      'index.html',
    ])
  })

  it('gives the files one at a time, in the order they are written', () => {
    const files = reportFiles(fixtureInput())
    expect(files.next().value).toMatchObject({ path: `pairs/${EVENT_UNGA}.html` })
    expect([...files].map((f) => f.path)).toEqual([`pairs/${EVENT_NN}.html`, 'data.json', 'terms.csv', 'index.html'])
  })

  it('data.json: facts without full texts, pages named, no NaN', () => {
    const file = renderReport(fixtureInput()).find((f) => f.path === 'data.json')!
    const data = JSON.parse(file.content) as {
      accounts: Record<string, unknown>[]
      events: { id: string; kind: string; page: string | null }[]
      comparisons: { eventId: string; labelChoices: unknown[] }[]
      corpus: { keyness: unknown[] }
    }
    expect(data.accounts.map((a) => a.id)).toEqual(['000:1', '001:1', '001:4', '002:1', '003:12', '003:13', '004:1'])
    expect(data.accounts.every((a) => !('text' in a) && typeof a.sentences === 'number')).toBe(true)
    expect(data.events.map((e) => [e.kind, e.page])).toEqual([
      ['paired', `pairs/${EVENT_UNGA}.html`],
      ['same-side', null],
      ['single', null],
      ['paired', `pairs/${EVENT_NN}.html`],
    ])
    expect(data.corpus.keyness).toHaveLength(12)
    expect(file.content).not.toMatch(/NaN|Infinity/)
  })

  it('terms.csv holds every keyness row', () => {
    const csv = renderReport(fixtureInput()).find((f) => f.path === 'terms.csv')!.content
    expect(csv.split('\n')[0]).toBe('term,ru,cn,ruPerMillion,cnPerMillion,g2,bic,logRatio,lrc')
    expect(csv.trim().split('\n')).toHaveLength(13)
  })

  it('scales: 10,000 paired events give a small index, year pages, and pair pages under 200 KB', () => {
    const files = renderReport(syntheticInput(10_000, 500))
    const index = files.find((f) => f.path === 'index.html')!
    expect(index.content.length).toBeLessThan(100_000)
    const years = files.filter((f) => /^pairs-\d{4}(-\d+)?\.html$/.test(f.path))
    expect(years.map((f) => f.path).slice(0, 2)).toEqual(['pairs-2005.html', 'pairs-2006.html'])
    expect(Math.max(...years.map((f) => f.content.length))).toBeLessThan(2_000_000)
    const pairs = files.filter((f) => f.path.startsWith('pairs/'))
    expect(pairs).toHaveLength(10_000)
    expect(Math.max(...pairs.map((f) => Buffer.byteLength(f.content)))).toBeLessThan(200_000)
  }, 180_000)
})
