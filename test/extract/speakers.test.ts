import { describe, expect, it } from 'vitest'
import { attributeSpeakers, isNarratorSentence, reportedSpeaker, speakerLabel, titleSpeaker } from '../../src/extract/speakers.js'
import { makeAccount, sentenceTexts } from './make-account.js'

/** "who: first four words" per sentence, for readable expectations. */
function who(text: string, options: Parameters<typeof makeAccount>[1] = {}): string[] {
  const account = makeAccount(text, options)
  const texts = sentenceTexts(account)
  return attributeSpeakers(account).map((s, i) => `${s.speaker.role === 'person' ? s.speaker.name : s.speaker.role}: ${texts[i]!.split(/\s+/).slice(0, 4).join(' ')}`)
}

describe('extract/speakers', () => {
  it('gives a ❓ question to the journalist until the 💬 answer, which is the title’s speaker (seeds/003 lines 87-92)', () => {
    const text =
      '🎙 Foreign Minister Sergey Lavrov answers questions from the NTV Itogi Nedeli programme (December 24, 2023)\n❓ Here is a philosophical question: Yesterday, you spoke about justice. Now the Global South is closely watching us. What kind of justice can we offer them?\n💬 I think that any normal person immediately understands what injustice is.\n❓ Why didn\'t you mention BRICS?\n💬 I didn\'t mention BRICS because it is self-evident.\nBRICS is a symbol.'
    const account = makeAccount(text)
    const sentences = attributeSpeakers(account)
    const global = sentences.find((s) => account.text.slice(...s.span).includes('Global South'))!
    expect(global.speaker).toEqual({ role: 'journalist', name: null, side: null })
    expect(who(text)).toEqual([
      'narrator: 🎙 Foreign Minister Sergey',
      'journalist: ❓ Here is a',
      'journalist: Now the Global South',
      'journalist: What kind of justice',
      'Sergey Lavrov: 💬 I think that',
      'journalist: ❓ Why didn\'t you',
      'Sergey Lavrov: 💬 I didn\'t mention',
      'Sergey Lavrov: BRICS is a symbol.',
    ])
    expect(sentences.at(-1)!.speaker.side).toBe('ru')
  })

  it('reads a surname alone after the full name, as agencies write it, and not a surname two people share', () => {
    const text = 'Premier Li Qiang met with Prime Minister Mikhail Mishustin.\nLi said that China is ready to deepen cooperation within BRICS.\nMishustin noted that trade keeps growing.'
    expect(who(text, { medium: 'web' })).toEqual([
      'narrator: Premier Li Qiang met',
      'Li Qiang: Li said that China',
      'Mikhail Mishustin: Mishustin noted that trade',
    ])
    const two = 'Wang Yi met the press with Wang Wenbin.\nWang said that the talks went well.'
    expect(who(two, { medium: 'web' })[1]).toBe('narrator: Wang said that the')
  })

  it('reads an analyst the gazetteer does not know by the way stories quote one, across a quotation of several sentences', () => {
    const text = [
      'Chinese experts said on Monday that the visit went well.',
      '"Relations are built on non-alliance. Those who talk of blocs describe themselves," Yang Jinhua, a research fellow at the Institute of Russian, Eastern European and Central Asian Studies, said.',
      'Tang Weijie, deputy director of the Center for Eurasian Studies, said the threat would not work.',
      '"A multipolar world is a reality," he added.',
      'Tang said the partnership would deepen.',
    ].join('\n')
    expect(who(text, { medium: 'web' })).toEqual([
      'narrator: Chinese experts said on',
      'Yang Jinhua: "Relations are built on',
      'Yang Jinhua: Those who talk of',
      'Tang Weijie: Tang Weijie, deputy director',
      'Tang Weijie: "A multipolar world is',
      'Tang Weijie: Tang said the partnership',
    ])
  })

  it('reads "Question:" and "Name:" transcript labels', () => {
    expect(who('Foreign Minister Sergey Lavrov’s remarks and answers to media questions\nQuestion: Will you go to Beijing?\nSergey Lavrov: Yes. We will.')).toEqual([
      'narrator: Foreign Minister Sergey Lavrov’s',
      'journalist: Question: Will you go',
      'Sergey Lavrov: Sergey Lavrov: Yes.',
      'Sergey Lavrov: We will.',
    ])
  })

  it('reads an outlet\'s label before a question as a journalist ("CCTV:", "Reuters:"), a spokesperson\'s as the person', () => {
    const text =
      "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on June 11, 2024\nCCTV: Yesterday, Foreign Minister Wang Yi met with Russian Foreign Minister Sergey Lavrov. Can you share more details?\nMao Ning: China supports the Global South. We oppose hegemonism.\nChina News Service: Did they discuss the Ukraine crisis?\nMao Ning: Our position is clear.\nKey points: the two sides agreed on BRICS."
    expect(who(text, { medium: 'web' })).toEqual([
      "narrator: Foreign Ministry Spokesperson Mao",
      'journalist: CCTV: Yesterday, Foreign Minister',
      'journalist: Can you share more',
      'Mao Ning: Mao Ning: China supports',
      'Mao Ning: We oppose hegemonism.',
      'journalist: China News Service: Did',
      'Mao Ning: Mao Ning: Our position',
      // A label with no question after it is no journalist.
      'Mao Ning: Key points: the two',
    ])
  })

  it('gives "seek strength through unity for the Global South" to Wang Yi (seeds/004 lines 17-19)', () => {
    const text =
      'Wang Yi meets with Russian Foreign Minister Sergey Lavrov\nOn June 10, 2024 local time, Foreign Minister Wang Yi met with Russian Foreign Minister Sergey Lavrov in Nizhny Novgorod.\nWang Yi said BRICS is an important platform for unity and cooperation among emerging markets and developing countries. The expanded BRICS mechanism will play a crucial and important role. China is ready to fully support Russia\'s work as the BRICS chair, seek strength through unity for the Global South, make a stronger voice for upholding multilateralism.\nSergey Lavrov said that the two heads of state jointly set the course. Russia is ready to work with China.\nThe two sides had a further exchange of views on the current international and regional situations.'
    const account = makeAccount(text, { medium: 'web' })
    const sentences = attributeSpeakers(account)
    const global = sentences.find((s) => account.text.slice(...s.span).includes('Global South'))!
    expect(global.speaker).toEqual({ role: 'person', name: 'Wang Yi', side: 'cn' })
    expect(who(text, { medium: 'web' })).toEqual([
      'narrator: Wang Yi meets with',
      'narrator: On June 10, 2024',
      'Wang Yi: Wang Yi said BRICS',
      'Wang Yi: The expanded BRICS mechanism',
      'Wang Yi: China is ready to',
      'Sergey Lavrov: Sergey Lavrov said that',
      'Sergey Lavrov: Russia is ready to',
      'narrator: The two sides had',
    ])
  })

  it('gives the floor back to the narrator at a paragraph that tells what the sides did, after a 💬 quote', () => {
    expect(
      who('Foreign Minister Sergey Lavrov held talks with Wang Yi.\n💬 Sergey Lavrov: Our relations are at a high level. This is recognised by the Global Majority.\n✔️ The sides exchanged views on the Ukrainian crisis. They agreed to meet again.', { medium: 'telegram' }),
    ).toEqual([
      'narrator: Foreign Minister Sergey Lavrov',
      'Sergey Lavrov: 💬 Sergey Lavrov: Our',
      'Sergey Lavrov: This is recognised by',
      'narrator: ✔️ The sides exchanged',
      'narrator: They agreed to meet',
    ])
  })

  it('takes "Briefing by …" and "Statement by …" in a title for the speaker of the post', () => {
    expect(titleSpeaker('Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, February 26, 2025')?.name).toBe('Maria Zakharova')
    expect(titleSpeaker('Statement by Foreign Minister Sergey Lavrov at the General Debate of the 79th session of the UN General Assembly')?.name).toBe('Sergey Lavrov')
    expect(titleSpeaker('Lavrov met journalists invited by Wang Yi')).toBeNull()
    // fmprc's transcripts: the "A:" answers are the spokesperson's.
    expect(titleSpeaker("Foreign Ministry Spokesperson Hong Lei's Regular Press Conference on June 27, 2016")?.name).toBe('Hong Lei')
    expect(titleSpeaker('Transcript of Remarks and Response to Media Questions by Russian Minister of Foreign Affairs Sergey Lavrov')?.name).toBe('Sergey Lavrov')
    expect(speakerLabel('Question (to both ministers): Western countries are threatening new sanctions.')).toEqual({ kind: 'question' })
    expect(speakerLabel("President of the People's Republic of China Xi Jinping (retranslated): President Putin, friends,")).toMatchObject({ kind: 'name', person: { name: 'Xi Jinping' } })
  })

  it('keeps reported speech through "The two sides should…" but not "The two sides exchanged…" (seeds/002 lines 12-14)', () => {
    const text =
      'Wang Yi Meets with Russian Foreign Minister Sergey Lavrov\nWang Yi said, the two heads of state held an important meeting in Samarkand. The two sides should deepen strategic coordination.\nThe two sides exchanged views on the Ukraine issue. Wang Yi stressed, China will continue upholding an objective and just position. Lavrov expounded on Russia\'s position, stressing that security is indivisible.\nThe two sides also exchanged views on the situation on the Korean Peninsula.'
    expect(who(text, { medium: 'web' })).toEqual([
      'narrator: Wang Yi Meets with',
      'Wang Yi: Wang Yi said, the',
      'Wang Yi: The two sides should',
      'narrator: The two sides exchanged',
      'Wang Yi: Wang Yi stressed, China',
      'Sergey Lavrov: Lavrov expounded on Russia\'s',
      'narrator: The two sides also',
    ])
  })

  it('ends reported speech at a paragraph break and gives joint statements to the narrator (seeds/003 lines 180, 235)', () => {
    expect(who('On June 10, Lavrov met Ali Bagheri Kani.\nDuring the meeting, Minister Lavrov once again expressed his deepest condolences. He acknowledged their contribution. In response, Mr Bagheri Kani expressed his gratitude.\nRussia is ready.')).toEqual([
      'narrator: On June 10, Lavrov',
      'Sergey Lavrov: During the meeting, Minister',
      'Sergey Lavrov: He acknowledged their contribution.',
      'Ali Bagheri Kani: In response, Mr Bagheri',
      'narrator: Russia is ready.',
    ])
    expect(reportedSpeaker('Sergey Lavrov and Wang Yi mentioned that sanctions are unacceptable.')).toBe('joint')
    // A variation: the narrator takes the floor back within the paragraph.
    expect(who('Wang Yi Meets with Lavrov\nWang Yi said China is ready. The two sides should act. The two sides also exchanged views on Korea. Russia is ready.', { medium: 'web' })).toEqual([
      'narrator: Wang Yi Meets with',
      'Wang Yi: Wang Yi said China',
      'Wang Yi: The two sides should',
      'narrator: The two sides also',
      'narrator: Russia is ready.',
    ])
  })

  it('gives 💬 lines to the named person, and a dateline to the narrator (seeds/001 lines 18-20, 41-42)', () => {
    expect(who('🇷🇺🇨🇳 President of Russia Vladimir Putin met with President Xi Jinping, via videoconference.\n💬 President Vladimir Putin: In the context of growing tensions, our partnership is growing. Our relations have passed all the tests.')).toEqual([
      'narrator: 🇷🇺🇨🇳 President of Russia',
      'Vladimir Putin: 💬 President Vladimir Putin:',
      'Vladimir Putin: Our relations have passed',
    ])
    expect(who('🇷🇺🇨🇳 Foreign Minister Sergey Lavrov’s opening remarks during a meeting with Qin Gang\nNew Delhi, March 2, 2023\n💬 Sergey Lavrov: Once again, please accept my congratulations.')).toEqual([
      'narrator: 🇷🇺🇨🇳 Foreign Minister Sergey',
      'narrator: New Delhi, March 2,',
      'Sergey Lavrov: 💬 Sergey Lavrov: Once',
    ])
  })

  it('leaves a narrated readout to the narrator (seeds/003 lines 28-34)', () => {
    expect(who('🇷🇺🇨🇳 On October 16, Beijing hosted talks between Sergey Lavrov and Wang Yi.\n✔️ The Ministers praised the positive dynamic of interaction.\n✔️ Sergey Lavrov and Wang Yi also discussed the Ukrainian crisis.')).toEqual([
      'narrator: 🇷🇺🇨🇳 On October 16,',
      'narrator: ✔️ The Ministers praised',
      'narrator: ✔️ Sergey Lavrov and',
    ])
  })

  it('has small parts that say what they decide', () => {
    expect(titleSpeaker('Foreign Minister Sergey Lavrov’s video address to the conference')?.name).toBe('Sergey Lavrov')
    expect(titleSpeaker('President Vladimir Putin sent greetings to participants')?.name).toBe('Vladimir Putin')
    expect(titleSpeaker('Wang Yi Meets with Russian Foreign Minister Sergey Lavrov')).toBeNull()
    expect(speakerLabel('💬 President Putin: The Belorusian chairmanship')).toMatchObject({ kind: 'answer', person: { name: 'Vladimir Putin' } })
    expect(speakerLabel('💬 I am glad to meet with you again.')).toEqual({ kind: 'answer', person: null })
    expect(speakerLabel('Sergey Lavrov invited Qin Gang: to visit')).toBeNull()
    expect(speakerLabel('Xi Jinping (retranslated): Dear friend, I am glad to see you.')).toMatchObject({ kind: 'name', person: { name: 'Xi Jinping' } })
    expect(isNarratorSentence('An in-depth discussion was held on global security.')).toBe(true)
    expect(isNarratorSentence('The two sides should deepen strategic coordination.')).toBe(false)
  })
})
