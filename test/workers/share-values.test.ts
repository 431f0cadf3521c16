import { describe, expect, it } from 'vitest'
import { loadCorpus } from '../../src/pipeline.js'
import { SharedValues } from '../../src/workers/share-values.js'

describe('workers/share-values', () => {
  it('leaves every account equal to what it was, with one speaker object per distinct speaker', async () => {
    const first = await loadCorpus(['seeds'])
    const second = await loadCorpus(['seeds'])
    const shared = new SharedValues()
    shared.share(first.accounts)
    shared.share(second.accounts)

    expect(second.accounts).toStrictEqual((await loadCorpus(['seeds'])).accounts)
    const speakers = new Set([...first.accounts, ...second.accounts].flatMap((a) => a.sentences.map((s) => s.speaker)))
    const distinct = new Set([...speakers].map((s) => JSON.stringify(s)))
    expect(speakers.size).toBe(distinct.size)
    expect([...distinct].some((s) => s.includes('"role":"person"'))).toBe(true)
    // The second load's speakers are the first load's objects.
    expect(second.accounts[0]!.sentences[0]!.speaker).toBe(first.accounts[0]!.sentences[0]!.speaker)
  })
})
