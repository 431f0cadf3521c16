import { describe, expect, it } from 'vitest'
import { loadCorpus } from '../../src/pipeline.js'
import type { Account } from '../../src/types.js'

// The fixtures hold seed posts as Telegram writes them into HTML or copies them from the desktop app; read
// from there, the posts must give the facts they give in the seeds, with the message dates as a bonus.
describe('Telegram saved in other ways, through segment and extract', () => {
  const facts = (a: Account) => ({
    side: a.side.value,
    date: a.facts.date.value,
    place: a.facts.place.value,
    kind: a.facts.kind.value,
    participants: a.facts.participants,
  })

  it('gives the facts of the same posts copied as text', async () => {
    const seed = (await loadCorpus(['seeds/001_d400d3f38b6f09ed.txt'])).accounts
    const exported = (await loadCorpus(['test/fixtures/telegram/messages.html'])).accounts
    const preview = (await loadCorpus(['test/fixtures/telegram/tme-s-channel.html'])).accounts
    // Seed posts 2, 4 and 5 state their day; post 3 (Putin and Xi) is not in the fixtures, and the
    // preview has a fourth post of its own (a link to the press release).
    for (const [inExport, inPreview, n] of [[1, 1, 2], [2, 2, 4], [3, 4, 5]] as const) {
      expect(facts(exported[inExport]!)).toEqual(facts(seed[n - 1]!))
      expect(facts(preview[inPreview]!)).toEqual(facts(seed[n - 1]!))
    }
    // Undated in the text: the message date closes the window the seed leaves open until the next post,
    // and a readout goes out the day of its event or the next.
    expect(exported[0]!.facts.date.window).toEqual(['2022-09-21', '2022-09-22'])
    expect(facts(exported[0]!)).toMatchObject({ side: 'ru', kind: 'meeting', participants: ['Sergey Lavrov', 'Wang Yi'] })
  })

  it('gives posts copied from Telegram Desktop the facts of the seed, their years from the copy headers', async () => {
    const seed = (await loadCorpus(['seeds/003_5386bee5090c7a93.txt'])).accounts
    const copied = (await loadCorpus(['test/fixtures/text/desktop-copy.txt'])).accounts
    // Seed posts 1, 3 and 5 state no year; in the seed, their neighbours give it.
    expect(copied.map(facts)).toEqual([seed[0]!, seed[2]!, seed[4]!].map(facts))
    expect(copied.map((a) => a.facts.date.value)).toEqual(['2023-09-20', '2023-10-16', '2023-11-17'])
  })
})
