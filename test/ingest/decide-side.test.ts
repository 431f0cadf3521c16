import { describe, expect, it } from 'vitest'
import { peopleGazetteer, sideOfPerson } from '../../src/extract/gazetteer.js'
import { decideSide, decideSides, ministryOfChannel, sideCues, type SideEvidence } from '../../src/ingest/decide-side.js'

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

  it('reads a Russian agency\'s dateline as a reprint from it', () => {
    const text = 'BEIJING, September 2. /TASS/. Russian President Vladimir Putin and Chinese President Xi Jinping held talks.'
    expect(decideSide(evidence({ text, title: 'Putin, Xi hold talks in Beijing' }))).toMatchObject({ value: 'ru' })
    expect(decideSide(evidence({ channel: 'TASS', text: 'Putin and Xi held talks.' }))).toMatchObject({ value: 'ru' })
    expect(decideSide(evidence({ channel: 'The Russian Government', text: 'Mishustin held talks with Li Qiang.' }))).toMatchObject({ value: 'ru' })
    // An agency qualifies its own side's officials for the world: that is no Russian house style here.
    const cgtn = evidence({ channel: 'CGTN', title: 'Chinese Foreign Minister Wang Yi meets with Iranian Foreign Minister Seyed Abbas Araghchi in Tianjin', text: 'Chinese Foreign Minister Wang Yi met with Iranian Foreign Minister Seyed Abbas Araghchi in Tianjin on Tuesday.' })
    expect(decideSide(cgtn)).toMatchObject({ value: 'cn', reason: 'reprinted from CGTN, the Chinese state news agency' })
  })

  it('reads the author from whose minister the title names without a nationality', () => {
    const ru = decideSide(evidence({ title: 'Press release on Foreign Minister Sergey Lavrov’s talks with Foreign Minister of the People’s Republic of China Wang Yi' }))
    expect(ru.value).toBe('ru')
    expect(ru.reason).toMatch(/^title 'Press release on Foreign Minister Sergey Lavrov’s talks with .*' names Sergey Lavrov first, before Wang Yi, as a ministry puts its own official first \(and 1 more cue\)$/)
    expect(ru.inferred).toBe(true)
    expect(decideSide(evidence({ title: 'Wang Yi Meets with Russian Foreign Minister Sergey Lavrov' })).value).toBe('cn')
    expect(decideSide(evidence({ title: 'State Councilor and Foreign Minister Wang Yi Holds Talks with Foreign Minister of the Russian Federation Sergey Lavrov' })).value).toBe('cn')
    expect(decideSide(evidence({ title: 'Foreign Minister Sergey Lavrov meets with Chinese Foreign Minister Qin Gang' })).value).toBe('ru')
  })

  it('knows every Russian and Chinese official of the people gazetteer, bare or qualified', () => {
    const officials = peopleGazetteer().entries.filter((p) => sideOfPerson(p) !== null)
    expect(officials.length).toBeGreaterThan(80)
    for (const person of officials) {
      const own = sideOfPerson(person)!
      const nationality = own === 'ru' ? 'Russian' : 'Chinese'
      expect(decideSide(evidence({ title: `Deputy Minister ${person.name} held consultations in Geneva` })).value, person.name).toBe(own)
      expect(decideSide(evidence({ title: `${nationality} Deputy Minister ${person.name} held consultations in Geneva` })).value, person.name).toBe(own === 'ru' ? 'cn' : 'ru')
    }
  })

  it('reads past and junior officials too: vice ministers, deputy ministers, spokespersons', () => {
    // None of these was in the hand-written list the gazetteer replaced.
    const cn = decideSide(evidence({ title: 'Vice Foreign Minister Sun Weidong Meets with Russian Ambassador to China Igor Morgulov' }))
    expect(cn.value).toBe('cn')
    expect(cn.reason).toMatch(/names Sun Weidong first, before Igor Morgulov, as a ministry puts its own official first$/)
    expect(decideSide(evidence({ title: 'Deputy Foreign Minister Mikhail Galuzin meets with Ambassador of the People’s Republic of China to Russia Zhang Hanhui' })).value).toBe('ru')
    expect(decideSide(evidence({ title: 'Russian Deputy Foreign Minister Sergey Vershinin Visits Beijing' }))).toMatchObject({
      value: 'cn',
      reason: "title 'Russian Deputy Foreign Minister Sergey Vershinin Visits Beijing' names Sergey Vershinin with a nationality, as a ministry names the other side's officials",
    })
    expect(decideSide(evidence({ title: 'Consultations with Vice Foreign Minister of China Le Yucheng' })).value).toBe('ru')
    const lead = decideSide(evidence({ title: 'Regular Press Conference', text: 'Regular Press Conference\nSpokesperson Geng Shuang answered questions.' }))
    expect(lead).toMatchObject({ value: 'cn', reason: "first sentence 'Spokesperson Geng Shuang answered questions.' names Geng Shuang without a nationality, as a ministry names its own officials" })
  })

  it('reads the title inside a long alias ("Minister Lavrov", "Premier Li Qiang")', () => {
    // The gazetteer matches "Minister Lavrov" as one mention, so the office word is part of the surface.
    expect(decideSide(evidence({ title: 'Interview of Foreign Minister Lavrov to the newspaper Izvestia' }))).toMatchObject({
      value: 'ru',
      reason: "title 'Interview of Foreign Minister Lavrov to the newspaper Izvestia' names Sergey Lavrov without a nationality, as a ministry names its own officials",
    })
    expect(decideSide(evidence({ title: 'Interview of Russian Foreign Minister Lavrov to the newspaper Izvestia' })).value).toBe('cn')
    expect(decideSide(evidence({ title: 'Remarks by Premier Li Qiang at the opening ceremony' })).value).toBe('cn')
    expect(decideSide(evidence({ title: 'Greetings from President Putin to the forum' })).value).toBe('ru')
  })

  it('reads a meeting phrase by whom it names first, whatever the titles around the names', () => {
    // mid.ru gives Chinese officials their party titles without "Chinese": the guest's bare titles say nothing.
    const partyTitles = decideSide(
      evidence({
        title: 'Foreign Minister Sergey Lavrov’s talks with Member of the Political Bureau of the CPC Central Committee, Director of the Office of the Central Foreign Affairs Commission Wang Yi',
      }),
    )
    expect(partyTitles).toMatchObject({ value: 'ru', inferred: true })
    expect(sideCues(evidence({ title: 'Foreign Minister Sergey Lavrov’s talks with Member of the Political Bureau Wang Yi' })).map((c) => c.side)).toEqual(['ru'])
    // The Russian channel's cards qualify the host too ("Russia's Foreign Minister … & …").
    const card = "Russia's Foreign Minister Sergey Lavrov & Foreign Minister of the People’s Republic of China Wang Yi met on the sidelines of the 77th Session of the UN General Assembly"
    expect(decideSide(evidence({ title: card })).value).toBe('ru')
    expect(decideSide(evidence({ title: 'President Xi Jinping Speaks with Russian President Vladimir Putin on the Phone' })).value).toBe('cn')
    expect(decideSide(evidence({ title: 'President of Russia Vladimir Putin met with President of the People’s Republic of China Xi Jinping' })).value).toBe('ru')
    // No meeting: a lone qualified official is still the other side's, as a reprint names him.
    expect(decideSide(evidence({ title: 'Russian Foreign Minister Sergey Lavrov said the talks were constructive' })).value).toBe('cn')
    // Two officials of one side are no meeting phrase: each is read on its own.
    expect(sideCues(evidence({ title: 'Wang Yi and Vice Foreign Minister Sun Weidong attended the reception' })).map((c) => c.side)).toEqual(['cn', 'cn'])
  })

  it('reads a reprint by its state news agency, as source or dateline, not by a mention', () => {
    expect(decideSide(evidence({ channel: 'Xinhua', title: 'Chinese FM meets Russian counterpart' }))).toMatchObject({
      value: 'cn',
      reason: 'reprinted from Xinhua, the Chinese state news agency',
    })
    const tass = decideSide(evidence({ title: 'Lavrov, Wang Yi discuss Ukraine', text: 'Lavrov, Wang Yi discuss Ukraine\nMOSCOW, February 20. /TASS/ --\nBEIJING, February 20 (TASS) — The ministers spoke by phone.' }))
    expect(tass).toMatchObject({ value: 'ru', reason: "carries the dateline '(TASS) —' of the Russian state news agency" })
    // mid.ru publishes the minister's interviews with Xinhua: a mention is no source.
    const interview = decideSide(evidence({ title: 'Foreign Minister Sergey Lavrov’s interview with Xinhua News Agency', text: 'Foreign Minister Sergey Lavrov’s interview with Xinhua News Agency\nQuestion: How do you assess…' }))
    expect(interview.value).toBe('ru')
  })

  it('takes no cue from officials of other countries, nor from a qualified envoy', () => {
    for (const title of ['Foreign Minister Abbas Araghchi held talks in Tehran', 'Iranian Foreign Minister Hossein Amir-Abdollahian Visits Moscow', 'Ebrahim Raisi meets the press']) {
      expect(sideCues(evidence({ title })), title).toEqual([])
    }
    // Both ministries write "Chinese Ambassador …"; only the bare title is the own side's.
    expect(sideCues(evidence({ title: 'Chinese Ambassador Zhang Hanhui attended a reception in Moscow' }))).toEqual([])
    expect(decideSide(evidence({ title: 'Ambassador Zhang Hanhui attended a reception in Moscow' })).value).toBe('cn')
    expect(decideSide(evidence({ title: 'Ambassador Fu Cong Speaks at the Security Council' })).value).toBe('cn')
  })

  it('counts house wording and hashtags as weaker cues', () => {
    expect(decideSide(evidence({ text: 'On June 10, 2024 local time, the two sides met.' })).value).toBe('cn')
    expect(decideSide(evidence({ tags: ['RussiaChina'] })).value).toBe('ru')
    expect(sideCues(evidence({ text: 'See mid.ru for the transcript.' }))[0]).toMatchObject({ side: 'ru', reason: "names the site 'mid.ru'" })
  })

  it('decides nothing when nothing points anywhere, or when cues cancel out', () => {
    expect(decideSide(evidence({ title: 'Talks held', text: 'The sides met.' }))).toMatchObject({ value: null, reason: 'no channel, site or wording cue' })
    const tie = decideSide(evidence({ text: 'On June 10, 2024 local time, the sides met.', tags: ['RussiaChina'] }))
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

describe('ministryOfChannel', () => {
  it('knows the embassies by their full names, in English, Russian and Chinese', () => {
    expect(ministryOfChannel("Embassy of the Russian Federation in the People's Republic of China")).toBe('ru')
    expect(ministryOfChannel('Permanent Mission of the Russian Federation to the United Nations')).toBe('ru')
    expect(ministryOfChannel("Permanent Mission of the People's Republic of China to the UN")).toBe('cn')
    expect(ministryOfChannel('Посольство Российской Федерации в Китайской Народной Республике')).toBe('ru')
    expect(ministryOfChannel('МИД России')).toBe('ru')
    expect(ministryOfChannel("Embassy of the People's Republic of China in the Russian Federation")).toBe('cn')
    expect(ministryOfChannel('中华人民共和国驻俄罗斯联邦大使馆')).toBe('cn')
    expect(ministryOfChannel('外交部发言人办公室')).toBe('cn')
    expect(ministryOfChannel('Xinhua')).toBeNull()
  })
})
