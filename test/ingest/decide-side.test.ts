import { describe, expect, it } from 'vitest'
import { decideSide, decideSides, sideCues, type SideEvidence } from '../../src/ingest/decide-side.js'

const evidence = (over: Partial<SideEvidence>): SideEvidence => ({ channel: null, title: '', text: '', tags: [], medium: 'web', ...over })

describe('decideSide', () => {
  it('trusts a channel or site name most', () => {
    expect(decideSide(evidence({ channel: 'Russian MFA', medium: 'telegram' }))).toEqual({
      value: 'ru',
      reason: "Telegram channel 'Russian MFA'",
      inferred: false,
    })
    for (const channel of ['MID Russia', "Russia's Foreign Ministry", 'mid.ru']) expect(decideSide(evidence({ channel })).value).toBe('ru')
    for (const channel of ['Chinese MFA', "China's Foreign Ministry", 'Chinese Embassy in Russia', 'CHN_UN_NY', 'fmprc.gov.cn', 'ru.china-embassy.gov.cn']) {
      expect(decideSide(evidence({ channel })).value, channel).toBe('cn')
    }
  })

  it('reads the author from whose minister the title names without a nationality', () => {
    const ru = decideSide(evidence({ title: 'Press release on Foreign Minister Sergey Lavrov’s talks with Foreign Minister of the People’s Republic of China Wang Yi' }))
    expect(ru.value).toBe('ru')
    expect(ru.reason).toMatch(/^title 'Press release on Foreign Minister Sergey Lavrov’s talks with .*' names Sergey Lavrov without a nationality/)
    expect(ru.inferred).toBe(true)
    expect(decideSide(evidence({ title: 'Wang Yi Meets with Russian Foreign Minister Sergey Lavrov' })).value).toBe('cn')
    expect(decideSide(evidence({ title: 'State Councilor and Foreign Minister Wang Yi Holds Talks with Foreign Minister of the Russian Federation Sergey Lavrov' })).value).toBe('cn')
    expect(decideSide(evidence({ title: 'Foreign Minister Sergey Lavrov meets with Chinese Foreign Minister Qin Gang' })).value).toBe('ru')
  })

  it('counts house wording and hashtags as weaker cues', () => {
    expect(decideSide(evidence({ text: 'On June 10, 2024 local time, the two sides met.' })).value).toBe('cn')
    expect(decideSide(evidence({ tags: ['RussiaChina'] })).value).toBe('ru')
    expect(sideCues(evidence({ text: 'See mid.ru for the transcript.' }))[0]).toMatchObject({ side: 'ru', reason: "names the site 'mid.ru'" })
  })

  it('decides nothing when nothing points anywhere, or when cues cancel out', () => {
    expect(decideSide(evidence({ title: 'Talks held', text: 'The sides met.' }))).toMatchObject({ value: null, reason: 'no channel, site or wording cue' })
    const tie = decideSide(evidence({ title: 'President of Russia Vladimir Putin met with President of the People’s Republic of China Xi Jinping' }))
    expect(tie.value).toBeNull()
    expect(tie.reason).toMatch(/^cues disagree/)
  })
})

describe('decideSides', () => {
  const undecided = evidence({ title: 'Talks held', text: 'The sides met.' })
  const ru = evidence({ channel: 'Russian MFA', medium: 'telegram' })

  it('lets --side win over every cue', () => {
    expect(decideSides([ru, undecided], 'cn')).toEqual([
      { value: 'cn', reason: '--side flag', inferred: false },
      { value: 'cn', reason: '--side flag', inferred: false },
    ])
  })

  it('gives an undecided post the side of most posts in its file, and says so', () => {
    const [, second] = decideSides([ru, undecided, ru])
    expect(second).toEqual({ value: 'ru', reason: 'no decisive cue in this post; 2 of 2 decided posts in this file are Russian MFA', inferred: true })
  })

  it('leaves every post undecided when none is decided', () => {
    expect(decideSides([undecided, undecided]).map((d) => d.value)).toEqual([null, null])
  })
})
