import { describe, expect, it } from 'vitest'
import { alignAccounts } from '../../src/align/align-accounts.js'
import { candidatePairs } from '../../src/align/candidates.js'
import { prepareAccounts } from '../../src/align/features.js'
import { counterpartCountries } from '../../src/extract/counterpart-countries.js'
import { headText } from '../../src/extract/head-text.js'
import { compareIds } from '../../src/align/ids.js'
import { settleAlignOptions } from '../../src/align/options.js'
import { scorePair } from '../../src/align/score-pair.js'
import type { Account, AlignedEvent } from '../../src/types.js'
import { makeAccount, seed } from './make-account.js'

/**
 * The busy day of the seeds (Nizhny Novgorod, 2024-06-10), told as readouts of other years tell
 * it: the third country's minister is not in people.json, so extraction lists Lavrov (or Wang Yi)
 * alone and no person conflicts. The ministers' names below are chosen to be absent from
 * people.json; the texts are variations in the seeds' styles, not records of real meetings.
 */

/** Russian Telegram post in the style of 003:14, with a Lao minister extraction does not know. */
const laosPost = makeAccount({
  id: '020:1',
  side: 'ru',
  date: '2024-06-10',
  precision: 'year-inferred',
  place: 'Nizhny Novgorod',
  participants: ['Sergey Lavrov'],
  tags: ['RussiaLaos'],
  text: `🇷🇺🇱🇦 On June 10, Foreign Minister Sergey Lavrov met with Foreign Minister of the Lao People’s Democratic Republic Thongsavanh Phomvihane on the sidelines of the #BRICS Foreign Ministers Meeting in Nizhny Novgorod.
The Ministers discussed the state of the Russia-Laos comprehensive strategic partnership and the implementation of the important understandings reached by the two heads of state during their talks in Moscow on May 9.
The Lao Minister congratulated Russia on its BRICS chairmanship and said that the expansion of BRICS reflects the growing role of the Global Majority. Sergey Lavrov invited Laos to take part in the BRICS Plus/Outreach events of the BRICS summit in Kazan in October.
The Ministers agreed to strengthen coordination on multilateral platforms, including the United Nations Security Council and #ASEAN, and exchanged views on the current international and regional situation.
#RussiaLaos`,
})

/** Russian press release with a mid.ru headline, flags stripped as the web pages have them. */
const laosRelease = makeAccount({
  id: '021:1',
  side: 'ru',
  date: '2024-06-10',
  place: 'Nizhny Novgorod',
  kind: 'talks',
  participants: ['Sergey Lavrov'],
  text: `Sergey Lavrov's talks with Foreign Minister of the Lao People's Democratic Republic Thongsavanh Phomvihane
On June 10, 2024, on the sidelines of the BRICS Foreign Ministers Meeting in Nizhny Novgorod, Foreign Minister Sergey Lavrov held talks with Foreign Minister of Laos Thongsavanh Phomvihane.
The Ministers reviewed the Russian-Lao strategic partnership and the preparations for Laos's chairmanship of ASEAN.`,
})

/** Mongolia, in the mid.ru headline style of the brief, with a minister extraction does not know. */
const mongoliaRelease = makeAccount({
  id: '022:1',
  side: 'ru',
  date: '2024-06-10',
  place: 'Nizhny Novgorod',
  participants: ['Sergey Lavrov'],
  text: `Foreign Minister Sergey Lavrov’s meeting with Minister of Foreign Affairs of Mongolia Nyamdorj Ganbold
On June 10, 2024, Foreign Minister Sergey Lavrov met with Minister of Foreign Affairs of Mongolia Nyamdorj Ganbold in Nizhny Novgorod on the sidelines of the BRICS Plus/Outreach meeting.
The Ministers discussed the implementation of the agreements reached during President Vladimir Putin's visit to Ulaanbaatar and trilateral cooperation between Russia, Mongolia and China.`,
})

/** The Chinese side of the Mongolia meeting style: Wang Yi with a minister extraction does not know. */
const wangYiMongolia = makeAccount({
  id: '023:1',
  side: 'cn',
  date: '2024-06-10',
  place: 'Nizhny Novgorod',
  participants: ['Wang Yi'],
  text: `Wang Yi Meets with Mongolian Foreign Minister Nyamdorj Ganbold
On June 10, 2024 local time, Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi met with Mongolian Foreign Minister Nyamdorj Ganbold in Nizhny Novgorod.
Wang Yi said that China and Mongolia are friendly neighbours, and China is ready to work with Mongolia to deepen cooperation in trade, energy and connectivity.`,
})

/**
 * 004:1 with a body that names third countries in passing, some even as a counterpart would be
 * named (the ministers Wang Yi met earlier that day), as readouts of a busy day often do. Its
 * title and first sentence name no country but Russia.
 */
const chineseReadoutMentioningOthers = makeAccount({
  id: '024:1',
  side: 'cn',
  date: '2024-06-10',
  place: 'Nizhny Novgorod',
  participants: ['Wang Yi', 'Sergey Lavrov', 'Vladimir Putin'],
  text: `${seed['004:1'].text.split('\n').slice(0, 3).join('\n')}
Wang Yi briefed Lavrov on his talks earlier that day with Iranian Acting Foreign Minister Ali Bagheri Kani and with Foreign Minister of the Lao People's Democratic Republic Thongsavanh Phomvihane. China welcomes the new members of BRICS, including Iran, and supports India and Brazil in playing a bigger role. China supports Laos in its ASEAN chairmanship and hopes for peace and stability on the Korean Peninsula.
The two sides had a further exchange of views on the current international and regional situations as well as the Ukraine crisis, among others.`,
})

/** A trilateral told by the Chinese side: Lavrov is there, and so is Mongolia. */
const trilateral = makeAccount({
  id: '025:1',
  side: 'cn',
  date: '2024-06-10',
  place: 'Nizhny Novgorod',
  kind: 'multilateral meeting',
  participants: ['Wang Yi', 'Sergey Lavrov'],
  text: `Wang Yi Attends the China-Mongolia-Russia Foreign Ministers' Meeting
On June 10, 2024 local time, Foreign Minister Wang Yi attended the China-Mongolia-Russia foreign ministers' meeting with Russian Foreign Minister Sergey Lavrov and Mongolian Foreign Minister Nyamdorj Ganbold in Nizhny Novgorod.
The three sides agreed to advance the China-Mongolia-Russia Economic Corridor.`,
})

/**
 * A short Chinese readout of the Lavrov–Wang Yi meeting, as embassy sites and news briefs carry
 * it: most of its words are the day's (BRICS, Nizhny Novgorod, Kazan), so it reads like any
 * readout of that day.
 */
const wangYiLavrovBrief = makeAccount({
  id: '026:1',
  side: 'cn',
  date: '2024-06-10',
  place: 'Nizhny Novgorod',
  participants: ['Wang Yi', 'Sergey Lavrov'],
  published: '2024-06-11',
  text: `Wang Yi Meets with Russian Foreign Minister Sergey Lavrov
On June 10, 2024 local time, Foreign Minister Wang Yi met with Russian Foreign Minister Sergey Lavrov on the sidelines of the BRICS Foreign Ministers' Meeting in Nizhny Novgorod.
Wang Yi said that China fully supports Russia's work as the BRICS chair. The expansion of BRICS reflects the growing strength of the Global South. Lavrov said that Russia is ready to strengthen coordination on multilateral platforms, including the United Nations Security Council, and to prepare the BRICS summit in Kazan in October.
The two sides also exchanged views on the current international and regional situation.`,
})

function align(accounts: Account[]) {
  return alignAccounts(accounts).events
}

function eventOf(events: AlignedEvent[], id: string): AlignedEvent {
  const event = events.find((e) => e.ru.includes(id) || e.cn.includes(id))
  if (!event) throw new Error(`no event holds ${id}`)
  return event
}

describe('align: a counterpart country the other account never names', () => {
  it('keeps the Laos post apart from the Chinese Lavrov–Wang Yi readout when the Russian one is missing', () => {
    const events = align([laosPost, wangYiLavrovBrief])
    expect(eventOf(events, '026:1').ru).toEqual([])
    expect(eventOf(events, '020:1').against).toEqual([
      expect.stringMatching(/^closest candidate 026:1 scored 0\.\d\d \(026:1 names no Laos, 020:1's counterpart country\)$/),
    ])
  })

  it('says why, in the pair score, where everything else argues for the pair', () => {
    const score = scorePair(laosPost, wangYiLavrovBrief)
    expect(score.against).toEqual(['026:1 names Wang Yi, 020:1 does not', "026:1 names no Laos, 020:1's counterpart country"])
    expect(score.reasons[0]).toMatch(/^same date 2024-06-10/)
    expect(score.reasons).toEqual(expect.arrayContaining(['both name Sergey Lavrov', 'same place Nizhny Novgorod', 'both report a meeting']))
    expect(score.confidence).toBeLessThan(0.1)
  })

  it('keeps a press release with a mid.ru headline apart too, and the long Chinese readout', () => {
    expect(eventOf(align([laosRelease, wangYiLavrovBrief]), '021:1').cn).toEqual([])
    expect(eventOf(align([laosPost, seed['004:1']]), '020:1').against).toEqual([
      expect.stringMatching(/^closest candidate 004:1 scored 0\.\d\d \(004:1 names no Laos, 020:1's counterpart country\)$/),
    ])
  })

  it('keeps a Mongolia meeting apart, from the Russian side and from the Chinese side', () => {
    expect(eventOf(align([mongoliaRelease, wangYiLavrovBrief]), '022:1').cn).toEqual([])
    // Mirror case: the Chinese account of Wang Yi's meeting with Mongolia's minister, and only the
    // Russian account of the Lavrov–Wang Yi meeting.
    expect(eventOf(align([wangYiMongolia, seed['003:12']]), '023:1').ru).toEqual([])
    expect(scorePair(seed['003:12'], wangYiMongolia).against).toContain("003:12 names no Mongolia, 023:1's counterpart country")
  })

  it('still pairs the true accounts when both are there, and leaves the third-country meetings alone', () => {
    const events = align([laosPost, laosRelease, mongoliaRelease, seed['003:12'], wangYiLavrovBrief])
    const pair = eventOf(events, '026:1')
    expect(pair.ru).toEqual(['003:12'])
    expect(pair.confidence).toBeGreaterThan(0.9)
    expect(pair.against).toEqual([])
    expect(eventOf(events, '020:1').cn).toEqual([])
    expect(eventOf(events, '022:1').cn).toEqual([])
  })

  it('does not penalise a readout that names third countries in passing in its body', () => {
    expect(counterpartCountries(headText(chineseReadoutMentioningOthers))).toEqual([])
    const plain = scorePair(seed['003:12'], seed['004:1'])
    const busy = scorePair(seed['003:12'], chineseReadoutMentioningOthers)
    expect(busy.against).toEqual([])
    expect(busy.confidence).toBeGreaterThan(0.9)
    expect(Math.abs(busy.confidence - plain.confidence)).toBeLessThan(0.05)
    expect(eventOf(align([seed['003:12'], chineseReadoutMentioningOthers, laosPost]), '024:1').ru).toEqual(['003:12'])
  })

  it('does not object when the other account names the country anywhere in its lead', () => {
    // 024:1 names Laos in passing: no objection from countries (the pair still fails on people).
    const score = scorePair(laosPost, chineseReadoutMentioningOthers)
    expect(score.against.some((a) => a.includes('counterpart countr'))).toBe(false)
  })

  it('rules out in blocking two accounts naming two different counterpart countries', () => {
    // Lavrov with Laos against Wang Yi and Lavrov with Mongolia's minister: same day, same city,
    // Lavrov in both (no person conflicts), and each names a country the other never mentions.
    const accounts = [laosRelease, trilateral].sort((a, b) => compareIds(a.id, b.id))
    const settings = settleAlignOptions()
    const features = prepareAccounts(accounts, settings)
    const { pairs, rival } = candidatePairs(features, settings)
    expect([...pairs]).toEqual([])
    expect([...rival]).toEqual([1, 0])
    expect(eventOf(align(accounts), '021:1').against).toEqual([
      expect.stringMatching(/^closest candidate 025:1 scored 0\.\d\d \(different counterpart countries: 021:1 names Laos, 025:1 names Mongolia\)$/),
    ])
  })

  it('can be switched off with its weight, for comparison', () => {
    const off = alignAccounts([laosPost, wangYiLavrovBrief], { weights: { countries: 0 } }).events
    expect(eventOf(off, '026:1').ru).toEqual(['020:1'])
  })
})
