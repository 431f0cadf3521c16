import { describe, expect, it } from 'vitest'
import { decideKind } from '../../src/extract/kind.js'
import type { EventKind } from '../../src/types.js'
import { makeAccount } from './make-account.js'

// Heads (first lines) of the seed accounts, with the kind the gold gives them.
const SEED_HEADS: [string, EventKind, 'telegram' | 'web'][] = [
  ['Press release on Foreign Minister Sergey Lavrov’s telephone conversation with Foreign Minister of the People’s Republic of China Qin Gang\nOn January 9, Foreign Minister Sergey Lavrov spoke by phone with Qin Gang.', 'phone call', 'web'], // seeds/000
  ['🇷🇺🇨🇳 Russia\'s Foreign Minister Sergey Lavrov & Foreign Minister of the People’s Republic of China Wang Yi met on the sidelines of the 77th Session of the UN General Assembly', 'meeting', 'telegram'], // 001:1
  ['🇷🇺🇨🇳 Foreign Minister Sergey Lavrov’s opening remarks during a meeting with Foreign Minister of the People’s Republic of China Wang Yi on the sidelines of the G20 summit', 'meeting', 'telegram'], // 001:2
  ['🇷🇺🇨🇳 President of Russia Vladimir Putin met with President of the People’s Republic of China Xi Jinping, via videoconference.', 'videoconference', 'telegram'], // 001:3
  ['🇷🇺🇨🇳📞 On January 9, Foreign Minister Sergey Lavrov spoke over the phone with Foreign Minister of the People’s Republic of China Qin Gang.', 'phone call', 'telegram'], // 001:4
  ['Wang Yi Meets with Russian Foreign Minister Sergey Lavrov\nOn September 21, 2022 local time, Wang Yi met with Sergey Lavrov in New York.', 'meeting', 'web'], // 002
  ['🗓 On September 20, Foreign Minister Sergey Lavrov took part in an ad hoc meeting of the Shanghai Cooperation Organisation Foreign Ministers Council in New York.', 'multilateral meeting', 'telegram'], // 003:1
  ['🎙 Foreign Minister Sergey Lavrov\'s statement at the General Debate at the 78th session of the UN General Assembly', 'statement', 'telegram'], // 003:2
  ['🇷🇺🇨🇳 On October 16, Beijing hosted talks between Foreign Minister Sergey Lavrov and Foreign Minister of China Wang Yi.', 'talks', 'telegram'], // 003:3
  ['🇷🇺🇰🇿 On November 17, Foreign Minister Sergey Lavrov met with the ambassadors of the Republic of Kazakhstan.', 'meeting', 'telegram'], // 003:5
  ['🎙 President Vladimir Putin sent greetings to participants in the 10th Anniversary session of the United Russia Party – Communist Party of China Dialogue (November 20, 2023)', 'message', 'telegram'], // 003:6
  ['🎙 President of Russia Vladimir Putin took part in a Plenary Session of the Collective Security Council of the Collective Security Treaty Organisation (CSTO) in Minsk.', 'multilateral meeting', 'telegram'], // 003:7
  ['🎙 Foreign Minister Sergey Lavrov answers questions from the NTV Itogi Nedeli aka the Outcomes of the Week programme (December 24, 2023)', 'interview', 'telegram'], // 003:8
  ['🇷🇺🇨🇳 On April 8-9, Foreign Minister Sergey Lavrov was on an official visit to China, where he was received by President of China Xi Jinping and held extensive talks with Foreign Minister of China Wang Yi.', 'visit', 'telegram'], // 003:9
  ['🎙 Foreign Minister Sergey Lavrov’s video address to the 9th international conference "Russia and China: Cooperation in a New Era" (May 30, 2024)', 'address', 'telegram'], // 003:11
  ['🛬 Russia’s President Vladimir Putin arrives in Astana to take part in the meeting of the Shanghai Cooperation Organisation (#SCO) Heads of State Council.', 'arrival', 'telegram'], // 003:15
  ['🇷🇺🇲🇳 The President of Russia Vladimir Putin began a series of his bilateral meetings on the sidelines of the SCO Summit with a conversation with President of Mongolia Ukhnaagiin Khurelsukh.', 'meeting', 'telegram'], // 003:16
  ['🎙 Foreign Minister Sergey Lavrov’s remarks and answers to media questions following his visit to the United States', 'press conference', 'telegram'], // 003:18 (gold: "press remarks", not an EventKind)
]

describe('extract/kind', () => {
  it.each(SEED_HEADS)('%s → %s', (head, kind, medium) => {
    const decided = decideKind(makeAccount(head, { medium }))
    expect(decided.value).toBe(kind)
    expect(decided.reason).toMatch(/" in the (title|first sentence)$/)
  })

  it('reads remarks that are not at a meeting as remarks, and gives other with a reason when nothing matches', () => {
    expect(decideKind(makeAccount('Foreign Minister Sergey Lavrov’s remarks at the plenary of the Primakov Readings')).value).toBe('remarks')
    expect(decideKind(makeAccount('Russia and China: a new era of partnership')).value).toBe('other')
  })

  it('still reads a long s as an "s", as the case-insensitive Unicode patterns do', () => {
    expect(decideKind(makeAccount('Lavrov was on an official viſit to China')).value).toBe('visit')
    expect(decideKind(makeAccount('Lavrov and Wang Yi held a PHONE conversation')).value).toBe('phone call')
  })

  it('reads the ministries\' other phone wordings: "speaks with … on the phone", "by phone"', () => {
    for (const head of [
      'Wang Yi Speaks with Russian Foreign Minister Sergey Lavrov on the Phone',
      'President Xi Jinping Speaks with Russian President Vladimir Putin on the Phone',
      'On February 20, Foreign Minister Sergey Lavrov talked by telephone with Wang Yi.',
    ]) {
      expect(decideKind(makeAccount(head)).value, head).toBe('phone call')
    }
  })

  it('reads a video call as a videoconference', () => {
    expect(decideKind(makeAccount('Xi Jinping Has a Video Call with Russian President Vladimir Putin')).value).toBe('videoconference')
    expect(decideKind(makeAccount('President Xi Jinping Holds Video Talks with Russian President Vladimir Putin')).value).toBe('videoconference')
  })

  it('reads holiday greetings as a message, and a call the sentence after the lede tells as a call', () => {
    expect(decideKind(makeAccount('【New Year Greetings from Ambassador Zhang Hanhui】\nDear friends, as 2021 approaches, I extend my best wishes.')).value).toBe('message')
    expect(decideKind(makeAccount("【Ambassador Zhang Hanhui's Greetings on the Spring Festival】\nDear friends.")).value).toBe('message')
    const xinhua = makeAccount(
      'Xi says China ready to strengthen coordination with Russia on Afghanistan\nBEIJING, Aug. 25 (Xinhua) -- Chinese President Xi Jinping said Wednesday that China stands ready to strengthen coordination with Russia.\nIn a phone conversation with his Russian counterpart, Vladimir Putin, Xi called for joint efforts.',
      { medium: 'web' },
    )
    expect(decideKind(xinhua)).toMatchObject({ value: 'phone call', reason: '"phone conversation" in the sentence after the first' })
  })

  it('reads attending a meeting as a multilateral meeting, and attending a parade or a ceremony as a ceremony', () => {
    expect(decideKind(makeAccount('Wang Yi attended the meeting of BRICS foreign ministers in New York')).value).toBe('multilateral meeting')
    expect(decideKind(makeAccount('President Vladimir Putin attended the military parade in Beijing marking the 80th anniversary of the victory')).value).toBe('ceremony')
    expect(decideKind(makeAccount('Xi Jinping attends the opening ceremony of the Games')).value).toBe('ceremony')
  })

  it('reads a gala, an award or an honorary doctorate as a ceremony, and talks with a signing ceremony as talks', () => {
    const kind = (text: string) => decideKind(makeAccount(text, { medium: 'web' })).value
    expect(kind('Xi, Putin attend gala marking 70th anniversary of diplomatic ties')).toBe('ceremony')
    expect(kind("Xi presents Putin with China's first Friendship Medal")).toBe('ceremony')
    expect(kind('Chinese president receives honorary doctorate from St. Petersburg State University')).toBe('ceremony')
    expect(kind('Xi Jinping Holds Talks with Vladimir Putin\nAfter the talks, the two heads of state attended a signing ceremony.')).toBe('talks')
    expect(kind('An official welcome ceremony for President Vladimir Putin took place on Tiananmen Square, after which the leaders met.')).toBe('meeting')
  })

  it('reads a guest\'s visit as the setting of talks, not as the event', () => {
    const head = 'Wang Yi Holds Talks with Russian Foreign Minister Sergey Lavrov\nOn April 9, 2024, Foreign Minister Wang Yi held talks with Russian Foreign Minister Sergey Lavrov, who is on an official visit to China, in Beijing.'
    expect(decideKind(makeAccount(head)).value).toBe('talks')
    expect(decideKind(makeAccount('Russian Foreign Minister Sergey Lavrov was on an official visit to China')).value).toBe('visit')
  })

  it('reads a minister\'s remarks or statement at a gathering as the gathering, and at a meeting with one counterpart as the meeting', () => {
    expect(decideKind(makeAccount('Foreign Minister Sergey Lavrov’s remarks at the East Asia Summit Foreign Ministers’ Meeting')).value).toBe('multilateral meeting')
    expect(decideKind(makeAccount("President Vladimir Putin's remarks at the meeting of the #SCO Heads of State Council in the SCO Plus format")).value).toBe('multilateral meeting')
    expect(decideKind(makeAccount('Foreign Minister Sergey Lavrov’s opening remarks at the meeting with Foreign Minister of China Wang Yi')).value).toBe('meeting')
    expect(decideKind(makeAccount("Foreign Minister Sergey Lavrov's statement at the General Debate of the 78th session of the UN General Assembly")).value).toBe('statement')
    expect(decideKind(makeAccount('Statement by Ambassador Vassily Nebenzia at the UN Security Council meeting on Ukraine')).value).toBe('statement')
  })

  it('reads the Russian ministry\'s own genres: weekly briefings, comments, answers to a media question, consular notices', () => {
    expect(decideKind(makeAccount("Foreign Ministry Spokeswoman Maria Zakharova's weekly briefing")).value).toBe('press conference')
    expect(decideKind(makeAccount('💬 Comment by the Information and Press Department on the situation in Haiti')).value).toBe('statement')
    expect(decideKind(makeAccount("❓ Foreign Ministry Spokeswoman Maria Zakharova's answer to a media question regarding US statements")).value).toBe('remarks')
    expect(decideKind(makeAccount('🗳 The Consular Department informs')).value).toBe('statement')
    expect(decideKind(makeAccount('Information for Russian citizens')).value).toBe('statement')
  })

  it('reads a headline that names a meeting and talks by the one it names first', () => {
    expect(decideKind(makeAccount('Wang Yi meets Rubio in Kuala Lumpur, first in-person talks', { medium: 'web' })).value).toBe('meeting')
    expect(decideKind(makeAccount('Lavrov holds talks with Wang Yi after meeting Xi Jinping', { medium: 'web' })).value).toBe('talks')
  })

  it('reads the talks a headline names over the visit its first sentence tells', () => {
    const page = (title: string) =>
      decideKind(makeAccount(`${title}\nOn March 22-23, Foreign Minister Sergey Lavrov was on an official visit to China. In Guilin, he held talks with Wang Yi.`, { medium: 'web' }))
    expect(page('Foreign Minister Sergey Lavrov’s talks with Foreign Minister of China Wang Yi')).toMatchObject({ value: 'talks', reason: expect.stringContaining('of the visit the first sentence tells') })
    expect(page('Foreign Minister Sergey Lavrov’s visit to China').value).toBe('visit')
  })

  it('reads a guest\'s arrival as the setting of talks, and a minister\'s own arrival as the event', () => {
    const kremlin = 'Russian-Chinese talks\nVladimir Putin held talks with President of the People\'s Republic of China Xi Jinping, who has arrived in Russia on a state visit.'
    expect(decideKind(makeAccount(kremlin)).value).toBe('talks')
    expect(decideKind(makeAccount('Sergey Lavrov, who arrived in Astana to attend the SCO meeting, met with Wang Yi')).value).toBe('meeting')
    expect(decideKind(makeAccount('Foreign Minister Sergey Lavrov arrived in Beijing')).value).toBe('arrival')
  })

  it('does not take what a participant came to take part in for the event', () => {
    const lede = 'On July 13, Foreign Minister Sergey Lavrov, who arrived in China to take part in the meeting of the SCO Council of Foreign Ministers in Tianjin, held talks in Beijing with Foreign Minister of China Wang Yi.'
    expect(decideKind(makeAccount(lede)).value).toBe('talks')
    const kremlin = 'Russian-Chinese talks\nVladimir Putin held talks with Xi Jinping, who is in Russia on a state visit and will take part in the celebrations of Victory Day.'
    expect(decideKind(makeAccount(kremlin)).value).toBe('talks')
    expect(decideKind(makeAccount('Sergey Lavrov took part in the meeting of the SCO Council of Foreign Ministers in Tianjin.')).value).toBe('multilateral meeting')
  })

  it('reads a joint statement by its title, and not the statement signed at talks', () => {
    expect(decideKind(makeAccount('Joint Statement of the People\'s Republic of China and the Russian Federation on Deepening the Partnership')).value).toBe('statement')
    expect(decideKind(makeAccount('Xi Jinping Holds Talks with Vladimir Putin\nThe two heads of state held talks and signed a joint statement.')).value).toBe('talks')
  })

  it('reads a joint statement or declaration issued as a document, a treaty\'s signing, a congratulation and a medal conferred', () => {
    const kind = (text: string) => decideKind(makeAccount(text, { medium: 'web' })).value
    expect(kind('JOINT DECLARATION OF THE RUSSIAN FEDERATION AND THE PEOPLE\'S REPUBLIC OF CHINA REGARDING THE INTERNATIONAL ORDER\nThe Parties declare the following.')).toBe('statement')
    expect(kind('China, Russia issue joint statement on developing comprehensive strategic partnership\nMOSCOW, June 5 (Xinhua) -- China and Russia on Wednesday issued a joint statement.')).toBe('statement')
    expect(kind("SIGNING OF THE TREATY OF GOOD-NEIGHBOURLINESS, FRIENDSHIP AND COOPERATION\nOn July 16 in the Kremlin, following talks, the two presidents signed the Treaty.")).toBe('ceremony')
    expect(kind('Congratulations to Xi Jinping on his re-election as President of China\nThe message reads, in part: "Dear Friend".')).toBe('message')
    expect(kind("Xi confers first friendship medal on Putin\nBEIJING, June 8 (Xinhua) -- Xi Jinping on Friday conferred the friendship medal on Vladimir Putin.")).toBe('ceremony')
    expect(kind('Leaders attending the SCO summit pose for a group photo at the Palace of Independence in Astana.')).toBe('ceremony')
    // Talks that end in a signed treaty or statement stay talks.
    expect(kind('Xi Jinping Holds Talks with Vladimir Putin\nThe two heads of state held talks and signed a treaty and a joint statement.')).toBe('talks')
  })

  it('reads a spokesperson\'s briefing excerpt, comment and announcement, a ministry\'s notices and a released position', () => {
    const kind = (text: string) => decideKind(makeAccount(text, { medium: 'telegram' })).value
    expect(kind('From Foreign Ministry Spokeswoman Maria Zakharova’s briefing\nMoscow, September 16, 2021\nQuestion: How does Moscow assess the trilateral partnership?')).toBe('press conference')
    expect(kind('Spokesperson Zhao Lijian on the US “diplomatic boycott” of Beijing 2022:\nThe Games are not a stage for political posturing.')).toBe('press conference')
    expect(kind('Announcement: At the invitation of President Vladimir Putin, President Xi Jinping will pay a state visit to Russia from March 20 to 22.')).toBe('statement')
    expect(kind('Spokesperson Hua Chunying announced: President Xi Jinping will attend the BRICS Summit in Kazan.')).toBe('statement')
    expect(kind('NOTICE on health monitoring requirements for travellers to China\nFrom November 15, passengers must present two tests.')).toBe('statement')
    expect(kind('Recommendation to Russian citizens\nThe Foreign Ministry recommends that citizens refrain from travelling.')).toBe('statement')
    expect(kind('The Ministry of Foreign Affairs today released China’s Position on the Political Settlement of the Ukraine Crisis.')).toBe('statement')
    expect(kind('【通知】Notice: the consular section of the Embassy will be closed from January 21 to January 27.')).toBe('statement')
    expect(kind('China, Russia hold 19th round of strategic security consultation\nWang Yi and Sergei Shoigu co-chaired the consultation in Beijing.')).toBe('talks')
    // A spokesperson speaking on behalf of someone is no comment of their own.
    expect(kind('Spokesperson Mao Ning on behalf of the ministry met the ambassador.')).toBe('meeting')
  })

  it('reads the 📞 emoji as a phone call', () => {
    expect(decideKind(makeAccount('🇷🇺🇨🇳📞 Sergey Lavrov and Wang Yi discussed the situation around Ukraine.')).value).toBe('phone call')
  })
})

describe('extract/kind: briefings and meetings of three or more', () => {
  const kind = (text: string) => decideKind(makeAccount(text, { medium: 'web' })).value

  it('reads a briefing by its title, whatever its first item reports', () => {
    expect(kind('Briefing by Foreign Ministry Spokeswoman Maria Zakharova\nYesterday, Foreign Minister Sergey Lavrov had a telephone conversation with Foreign Minister of China Wang Yi.')).toBe('press conference')
    expect(kind("Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on July 14, 2025\nQ: Lavrov spoke by phone with Wang Yi. Can you confirm?")).toBe('press conference')
    expect(kind('Lavrov’s telephone conversation with Wang Yi\nThe ministers discussed a briefing by experts.')).toBe('phone call')
    expect(kind('Foreign Ministry Spokesperson Wang Wenbin answers a question about the video meeting between the Chinese and Russian heads of state')).toBe('press conference')
  })

  it('reads a trilateral summit and a chaired meeting as multilateral, not a bilateral meeting at a summit', () => {
    expect(kind('Russia–Mongolia–China summit meeting\nVladimir Putin, Xi Jinping and Ukhnaagiin Khurelsukh held a trilateral meeting.')).toBe('multilateral meeting')
    expect(kind("Wang Yi chairs SCO foreign ministers' meeting in Tianjin\nWang Yi on Tuesday chaired the meeting.")).toBe('multilateral meeting')
    expect(kind('Lavrov meets Wang Yi on the sidelines of the G20 summit\nThe ministers met in Rio de Janeiro.')).toBe('meeting')
  })
})

describe('extract/kind: messages, votes and summits of three', () => {
  const kind = (text: string) => decideKind(makeAccount(text, { medium: 'web' })).value
  it('reads exchanged congratulatory messages, an explanation of vote, and a meeting of three heads of state', () => {
    expect(kind('Chinese President Xi Jinping and Russian President Vladimir Putin exchanged congratulatory messages on Wednesday.')).toBe('message')
    expect(kind('Explanation of vote by Permanent Representative Vassily Nebenzia after the UN Security Council vote\nThe Russian Federation voted in favour.')).toBe('statement')
    expect(kind('The seventh meeting of the heads of state of Russia, China and Mongolia has taken place at the Great Hall of the People in Beijing.')).toBe('multilateral meeting')
    expect(kind('The heads of state of Russia and China met in Beijing.')).toBe('meeting')
  })

  it('reads a news story of an envoy speaking or voting at the Security Council as a statement, and votes received as no meeting', () => {
    expect(kind("Zhang Jun: UNSC actions should help cool down Ukraine situation\nChina's permanent representative to the United Nations Zhang Jun on Sunday explained China's abstention in the Security Council vote.")).toBe('statement')
    expect(kind("China's UN envoy: U.S. draft on Gaza fails to demand a ceasefire\nChina and Russia on Friday voted against a U.S.-drafted UN Security Council resolution on Gaza, which received 11 votes in favor.")).toBe('statement')
    // Not where the head names another kind, nor without the Council or the Assembly.
    expect(kind('Lavrov chaired a UN Security Council open debate on multilateralism\nToday Foreign Minister Sergey Lavrov chaired a meeting of the UN Security Council.')).toBe('multilateral meeting')
    expect(kind("Russia's envoy to China said trade grew by a third\nAmbassador Igor Morgulov said bilateral trade grew.")).toBe('other')
  })
})

describe('extract/kind: co-chairing', () => {
  it('reads two sides co-chairing a bilateral meeting as what it is, not a multilateral one', () => {
    const kind = (text: string) => decideKind(makeAccount(text, { medium: 'web' })).value
    expect(kind('Premier Li Qiang and Prime Minister Mishustin co-chaired the 30th regular meeting between Chinese and Russian heads of government.')).toBe('meeting')
    expect(kind('Wang Yi chaired the meeting of the SCO Council of Foreign Ministers.')).toBe('multilateral meeting')
  })
})

describe('extract/kind: formats of consultations, excerpts and position papers', () => {
  const kind = (text: string) => decideKind(makeAccount(text, { medium: 'web' })).value
  it('reads a meeting of envoys of three countries or of a named format as multilateral, not a meeting on its sidelines', () => {
    expect(kind('Press release on the meeting of the special representatives of Russia, China and Pakistan for Afghanistan\nOn October 19, Moscow hosted the meeting.')).toBe('multilateral meeting')
    expect(kind('Moscow talks on Afghanistan call for inclusive government\nMOSCOW, Oct. 20 (Xinhua) -- Participants of the Moscow format consultations on Afghanistan on Wednesday called for an inclusive government.')).toBe('multilateral meeting')
    expect(kind('Press release on a meeting of the Moscow format of consultations on Afghanistan held in Kazan')).toBe('multilateral meeting')
    expect(kind('Lavrov meets Wang Yi on the sidelines of the meeting of the RIC format\nThe ministers met in Moscow.')).toBe('meeting')
    expect(kind('The special representatives of Russia and China met in Moscow.')).toBe('meeting')
  })

  it('reads an excerpt from a briefing as the briefing, and a position paper as a statement', () => {
    expect(kind('From the briefing by Foreign Ministry Spokeswoman Maria Zakharova\nQuestion: How do you assess the talks of April 8-9?')).toBe('press conference')
    expect(kind("China's Position on the Political Settlement of the Ukraine Crisis\nRespecting the sovereignty of all countries.")).toBe('statement')
  })
})

describe('extract/kind: a long name of the gathering', () => {
  it('reads remarks at a session of a named meeting as the meeting', () => {
    const kind = decideKind(makeAccount('Foreign Minister Sergey Lavrov’s remarks at the first session of the G20 Foreign Ministers’ Meeting\nNusa Dua, July 8, 2022', { medium: 'web' })).value
    expect(kind).toBe('multilateral meeting')
  })
})

describe('extract/kind: the sentence after the lede', () => {
  it('reads talks the second sentence says were held when the head names no kind', () => {
    const text = 'Xi, Putin agree to lift ties to comprehensive strategic partnership for new era\nMOSCOW, June 5 (Xinhua) -- Chinese President Xi Jinping and his Russian counterpart Vladimir Putin on Wednesday agreed to develop the partnership. The two heads of state held talks in the Kremlin, after which they signed a joint statement.'
    expect(decideKind(makeAccount(text, { medium: 'web' })).value).toBe('talks')
    expect(decideKind(makeAccount('Xi, Putin agree to deepen ties\nXi and Putin agreed to deepen ties. The talks in Geneva were mentioned.', { medium: 'web' })).value).toBe('other')
  })
})
