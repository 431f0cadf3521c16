import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'

// Pins the public API (named exports of src/index.ts): a change here is a change for every library user.
describe('api', () => {
  it('exposes the public api', () => {
    expect(Object.keys(api).sort()).toEqual([
      'accountRecord',
      'alignAccounts',
      'alignCorpus',
      'analyse',
      'analyseCorpus',
      'bic',
      'compareEvent',
      'compileLexicon',
      'corpusStats',
      'decideSide',
      'defaultLexicon',
      'detectFormat',
      'eventRecord',
      'extractFacts',
      'findThemeHits',
      'formatAccountsTable',
      'formatComparisonText',
      'formatEventsTable',
      'formatTermTable',
      'g2',
      'holm',
      'idPrefixes',
      'kwic',
      'loadCorpus',
      'loadCorpusParallel',
      'loadLexicon',
      'logRatio',
      'lrc',
      'mcnemarExact',
      'parseLexiconFile',
      'parsePairOverrides',
      'readInputs',
      'renderReport',
      'reportFiles',
      'runPipeline',
      'segmentDocument',
      'termCounts',
      'termRows',
      'themeCounts',
      'writeFileAtomic',
      'writeReport',
    ])
  })
})
