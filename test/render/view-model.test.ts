import { describe, expect, it } from 'vitest'
import { buildViewModel, compareAccountIds, monotoneAnchors, pageStem } from '../../src/render/view-model.js'
import { EVENT_NN, EVENT_UNGA, fixtureInput } from '../fixtures/render/corpus.js'
import { syntheticInput } from '../fixtures/render/synthetic.js'
import type { ReportInput } from '../../src/render/view-model.js'

/** Every leaf of the view model, with its path: the templates must only ever see these kinds. */
function leaves(value: unknown, path = '$', out: [string, unknown][] = []): [string, unknown][] {
  if (Array.isArray(value)) value.forEach((v, i) => leaves(v, `${path}[${i}]`, out))
  else if (value !== null && typeof value === 'object') {
    expect(Object.getPrototypeOf(value), `${path} is a plain object`).toBe(Object.prototype)
    for (const [k, v] of Object.entries(value)) leaves(v, `${path}.${k}`, out)
  } else out.push([path, value])
  return out
}

function reversed(input: ReportInput): ReportInput {
  return {
    ...input,
    sources: [...input.sources].reverse(),
    accounts: [...input.accounts].reverse(),
    events: [...input.events].reverse(),
    diagnostics: [...input.diagnostics].reverse(),
    analysis: { ...input.analysis, comparisons: [...input.analysis.comparisons].reverse() },
  }
}

describe('render/view-model', () => {
  it('holds only strings, booleans and nulls in plain objects and arrays', () => {
    const kinds = new Set(leaves(buildViewModel(fixtureInput())).map(([, v]) => (v === null ? 'null' : typeof v)))
    expect([...kinds].sort()).toEqual(['boolean', 'null', 'string'])
  })

  it('does not depend on the order of its input', () => {
    expect(buildViewModel(reversed(fixtureInput()))).toEqual(buildViewModel(fixtureInput()))
  })

  it('lists paired events oldest first, and links each to its page under pairs/', () => {
    const vm = buildViewModel(fixtureInput())
    expect(vm.index.content.events.map((e) => [e.date, e.href])).toEqual([
      ['2022-09-21', `pairs/${EVENT_UNGA}.html`],
      ['2024-06-10', `pairs/${EVENT_NN}.html`],
    ])
    expect(vm.pairs.map((p) => p.file)).toEqual([`pairs/${EVENT_UNGA}.html`, `pairs/${EVENT_NN}.html`])
  })

  it('puts one-sided groups and lone accounts in their own lists, by side', () => {
    const vm = buildViewModel(fixtureInput())
    expect(vm.index.content.groups.map((g) => [g.side, g.accounts.map((a) => a.id)])).toEqual([['ru', ['000:1', '001:4']]])
    expect(vm.index.content.unmatched.ru.map((a) => a.id)).toEqual(['003:13'])
    expect(vm.index.content.unmatched.cn).toEqual([])
  })

  it('states the label each side chose in a family', () => {
    const pair = buildViewModel(fixtureInput()).pairs.find((p) => p.id === EVENT_NN)!
    expect(pair.labelChoices).toEqual([{ family: 'the developing world', ru: 'Global Majority', cn: 'developing countries + Global South', choice: 'differs', note: 'different labels' }])
  })

  it('tells a family only one side names, and one both name alike, from a different choice of label', () => {
    const input = fixtureInput()
    const comparisons = input.analysis.comparisons.map((c) =>
      c.eventId !== EVENT_NN
        ? c
        : {
            ...c,
            labelChoices: [
              { family: 'order', familyLabel: 'world order', ru: ['multipolar-world'], cn: [] },
              { family: 'bloc', familyLabel: 'blocs', ru: ['sco'], cn: ['sco'] },
            ],
          },
    )
    const pair = buildViewModel({ ...input, analysis: { ...input.analysis, comparisons } }).pairs.find((p) => p.id === EVENT_NN)!
    expect(pair.labelChoices.map((l) => [l.family, l.choice, l.note])).toEqual([
      ['blocs', 'same', ''],
      ['world order', 'one-side', 'only ru names it'],
    ])
  })

  it('puts aligned sentences on one row, marks crossings and sentences with no counterpart', () => {
    const pair = buildViewModel(fixtureInput()).pairs.find((p) => p.id === EVENT_NN)!
    const row = (n: string) => pair.rows.find((r) => r.ru?.number === n)!
    expect(row('4').aligned).toBe(true)
    expect(row('4').cn?.number).toBe('10')
    expect(row('4').similarity).toBe('0.42')
    expect(row('8').ru?.state).toBe('crossed')
    expect(row('8').ru?.note).toBe('counterpart: cn sentence 7')
    expect(row('8').ru?.noteHref).toBe('#cn-7')
    expect(row('1').ru?.note).toBe('no counterpart in cn')
    // every sentence of both texts appears once, in order
    expect(pair.rows.flatMap((r) => (r.ru ? [Number(r.ru.number)] : []))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(pair.rows.flatMap((r) => (r.cn ? [Number(r.cn.number)] : []))).toEqual(Array.from({ length: 15 }, (_, i) => i + 1))
  })

  it('labels the speaker where it changes', () => {
    const pair = buildViewModel(fixtureInput()).pairs.find((p) => p.id === EVENT_NN)!
    const cnSpeakers = pair.rows.flatMap((r) => (r.cn?.speaker ? [`${r.cn.number} ${r.cn.speaker}`] : []))
    expect(cnSpeakers).toEqual(['3 Wang Yi', '10 Sergey Lavrov'])
  })

  it('shows paths as given, never absolute', () => {
    const text = JSON.stringify(buildViewModel(fixtureInput()))
    expect(text).not.toContain(process.cwd())
    expect(text).toContain('seeds/004_775c12525becf376.txt')
  })

  it('paginates by year above the page size, keeping the index short', () => {
    const vm = buildViewModel(syntheticInput(60, 7), { pageSize: 10 })
    expect(vm.index.paginated).toBe(true)
    expect(vm.index.content.events).toEqual([])
    expect(vm.lists.map((l) => l.file).slice(0, 3)).toEqual(['pairs-2005.html', 'pairs-2006.html', 'pairs-2007.html'])
    expect(vm.lists.at(-1)?.file).toBe('inputs.html')
    expect(vm.lists.flatMap((l) => l.content?.events ?? []).length).toBe(60)
    expect(vm.lists.flatMap((l) => l.content?.unmatched.ru ?? []).length).toBe(7)
    expect(vm.index.yearMatrix.rows.map((r) => r.label)).toHaveLength(20)
    expect(vm.pairs[0]!.listHref).toBe('../pairs-2005.html')
  })

  it('splits a year over several pages when it alone exceeds the page size', () => {
    const vm = buildViewModel(syntheticInput(45), { pageSize: 1 })
    expect(vm.lists.filter((l) => l.file.startsWith('pairs-2005')).map((l) => l.file)).toEqual(['pairs-2005.html', 'pairs-2005-2.html', 'pairs-2005-3.html'])
  })

  it('rejects a page size that is not a positive integer', () => {
    expect(() => buildViewModel(fixtureInput(), { pageSize: 0 })).toThrow('expected pageSize to be a positive integer, found 0')
  })
})

describe('render/view-model helpers', () => {
  it('orders account ids by file, then post number', () => {
    expect(['003:12', '003:2', '001:4', '003:1'].sort(compareAccountIds)).toEqual(['001:4', '003:1', '003:2', '003:12'])
  })

  it('makes event ids safe file stems', () => {
    expect(pageStem('2024-06-10-lavrov-wang-yi')).toBe('2024-06-10-lavrov-wang-yi')
    expect(pageStem('../../<script>alert(1)</script>')).toBe('script-alert-1-script')
    expect(pageStem('...')).toBe('event')
  })

  it('keeps the longest run of aligned pairs whose order agrees on both sides', () => {
    expect(monotoneAnchors([{ ru: 3, cn: 9 }, { ru: 4, cn: 11 }, { ru: 7, cn: 6 }, { ru: 8, cn: 13 }])).toEqual([
      { ru: 3, cn: 9 },
      { ru: 4, cn: 11 },
      { ru: 8, cn: 13 },
    ])
    expect(monotoneAnchors([{ ru: 1, cn: 1 }, { ru: 1, cn: 2 }, { ru: 2, cn: 2 }])).toEqual([{ ru: 1, cn: 1 }, { ru: 2, cn: 2 }])
    expect(monotoneAnchors([])).toEqual([])
  })
})
