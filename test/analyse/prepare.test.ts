import { beforeAll, describe, expect, it } from 'vitest'
import { analyse } from '../../src/analyse/analyse.js'
import { defaultLexicon } from '../../src/analyse/lexicon.js'
import { alignCorpus, loadCorpus, type Corpus } from '../../src/pipeline.js'
import type { AlignedEvent, Lexicon } from '../../src/types.js'

let corpus: Corpus
let events: AlignedEvent[]
const lexicon = defaultLexicon()

beforeAll(async () => {
  corpus = await loadCorpus(['seeds'], { lexicon, prepareAnalysis: true })
  events = alignCorpus(corpus).events
})

describe('analyse/prepare', () => {
  it('is made only when asked for, with a hit list and a size for every account', async () => {
    expect((await loadCorpus(['seeds'])).prepared).toBeUndefined()
    const prepared = corpus.prepared!
    expect([...prepared.hits.keys()]).toEqual(corpus.accounts.map((a) => a.id))
    expect([...prepared.tokens.keys()]).toEqual(corpus.accounts.map((a) => a.id))
    expect(prepared.terms.ru.tokens + prepared.terms.cn.tokens).toBe([...prepared.tokens.values()].reduce((a, b) => a + b, 0))
    expect([...prepared.hits.values()].flat().length).toBeGreaterThan(50)
  })

  it('gives the analysis made without it', () => {
    const prepared = corpus.prepared!
    expect(analyse(corpus.accounts, events, lexicon, { prepared })).toStrictEqual(analyse(corpus.accounts, events, lexicon))
  })

  it('is not used for another lexicon, other term options, or other accounts', () => {
    const prepared = corpus.prepared!
    const other: Lexicon = { ...lexicon, themes: lexicon.themes.slice(0, 3) }
    expect(analyse(corpus.accounts, events, other, { prepared })).toStrictEqual(analyse(corpus.accounts, events, other))
    expect(analyse(corpus.accounts, events, lexicon, { prepared, ngram: 2 })).toStrictEqual(analyse(corpus.accounts, events, lexicon, { ngram: 2 }))
    const some = corpus.accounts.slice(0, 10)
    const ids = new Set(some.map((a) => a.id))
    const theirs = events.filter((e) => [...e.ru, ...e.cn].every((id) => ids.has(id)))
    expect(analyse(some, theirs, lexicon, { prepared })).toStrictEqual(analyse(some, theirs, lexicon))
  })
})
