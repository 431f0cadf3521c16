import type { Sentence, SegmentedAccount, Span, Speaker } from '../types.js'
import { isDateline } from './date-mentions.js'
import { peopleGazetteer, sideOfPerson, type PersonEntry } from './gazetteer.js'
import { startsLine } from './head.js'

/**
 * Who says each sentence, where the text marks it. One pass over the sentences with one state:
 *
 * - A line opening with "❓", "Question:" or "Q:" is a journalist's question; the journalist keeps the
 *   floor until an answer line (seeds/003 post 8: the "Global South" sentence is in a question).
 * - A line opening with "💬 Sergey Lavrov:", "Sergey Lavrov:", "💬 President Vladimir Putin:" gives the
 *   floor to that person; "💬" or "Answer:" with no name gives it to the title's speaker (below). A
 *   quoted speaker keeps the floor until the next marked line, or a paragraph that opens with a narrator
 *   sentence (below: "✔️ The sides exchanged views on …" after the quote).
 * - The title's speaker: the person whose words the post carries, by its title: "Sergey Lavrov's
 *   opening remarks…", "…Lavrov's statement…", "Lavrov answers questions…", "Putin sent greetings…".
 *   Unmarked body sentences of such a post are theirs too ("Key talking points" under a statement).
 * - Reported speech: a sentence where a gazetteer person is the subject of a speech verb ("Wang Yi
 *   said", "Wang Yi stressed,", "Lavrov expounded", "Minister Lavrov once again expressed") is theirs,
 *   and so are the following sentences of the same paragraph ("Russia is ready to…") until another
 *   speaker or a narrator sentence: the sides, the ministers, "they", the talks… with a past-tense
 *   verb ("The two sides exchanged views", but not "The two sides should deepen…", which is still
 *   Wang Yi's, seeds/002). "Sergey Lavrov and Wang Yi mentioned…" is joint: narrator.
 * - Everything else is the narrator. A dateline ("📍 Minsk, October 25, 2023") is always the narrator's.
 */

const NARRATOR: Speaker = { role: 'narrator', name: null, side: null }
const JOURNALIST: Speaker = { role: 'journalist', name: null, side: null }
const personSpeaker = (p: PersonEntry): Speaker => ({ role: 'person', name: p.name, side: sideOfPerson(p) })

const QUESTION = /^(?:❓|(?:Question|Q)\s*(?:\([^()]{1,40}\)\s*)?[:.])/u
const ANSWER = /^(?:💬|(?:Answer|A)\s*:)/u
const DATELINE = /^[^\p{L}\p{N}]*📍/u

const SPEECH_VERBS =
  'said|says|say|stressed|stresses|noted|notes|emphasi[sz]ed|emphasi[sz]es|expounded|added|adds|stated|states|' +
  'pointed\\s+out|points\\s+out|underlined|underlines|underscored|underscores|expressed|expresses|wishes|wished|' +
  'believes|believed|hoped|hopes|welcomed|welcomes|praised|praises|reaffirmed|reaffirms|affirmed|affirms|called|calls|' +
  'urged|urges|told|tells|remarked|observed|highlighted|highlights|reiterated|reiterates|assured|assures|mentioned|' +
  'explained|explains|proposed|proposes|recalled|recalls|described|describes|argued|insisted|warned|suggested|agreed|' +
  'congratulated|thanked|invited'
const ADVERBS = '(?:(?:also|once\\s+again|again|further|then|in\\s+turn|firmly|strongly|repeatedly|particularly|specifically|briefly|clearly|warmly|highly)\\s+)*'
const SPEECH_AFTER_NAME = new RegExp(`^\\s*,?\\s*${ADVERBS}(?:${SPEECH_VERBS})\\b`, 'i')
/** A speech verb anywhere: without one a sentence has no reported speaker, and most have none. */
const ANY_SPEECH_VERB = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`, 'i')

const NARRATOR_SUBJECT =
  /^(?:[^\p{L}]*)(?:(?:During|At|In|After|Following)\b[^,]{0,80},\s*)?(?:the\s+two\s+(?:sides|parties|ministers|foreign\s+ministers|officials|leaders|heads\s+of\s+state|countries['’]?\s+foreign\s+ministers)|both\s+(?:sides|parties)|the\s+(?:sides|parties|ministers|foreign\s+ministers|officials|leaders|heads\s+of\s+state|participants|meeting\s+participants|talks|meeting|conversation|discussion|negotiations)|they|an?\s+(?:[\w-]+\s+)?(?:discussion|exchange)|the\s+(?:parties|sides)\s+also)\s+(?:(?:also|further|then|once\s+again|jointly|additionally)\s+)?(\w+)/iu
const IRREGULAR_PAST = new Set(['had', 'held', 'were', 'was', 'took', 'gave', 'made', 'met', 'spoke', 'saw', 'set', 'found', 'sought', 'put', 'laid', 'reached', 'went', 'came', 'paid'])

/** A narrator sentence: the sides, the ministers, the talks… with a past-tense verb. */
export function isNarratorSentence(sentence: string): boolean {
  const m = NARRATOR_SUBJECT.exec(sentence)
  if (!m) return false
  const verb = m[1]!.toLowerCase()
  return IRREGULAR_PAST.has(verb) || /ed$/.test(verb)
}

/** A speaker marker at the start of a line: a question, an answer ("💬", optionally named), or "Name:". */
export function speakerLabel(sentence: string): { kind: 'question' } | { kind: 'answer' | 'name'; person: PersonEntry | null } | null {
  const t = sentence.trimStart()
  if (QUESTION.test(t)) return { kind: 'question' }
  const answer = ANSWER.exec(t)
  const rest = answer ? t.slice(answer[0].length) : t
  if (!answer && !rest.slice(0, 100).includes(':')) return null
  // A name within the first words, only titles before it ("President of the People's Republic of China"), a
  // colon after it (kremlin.ru puts an interpreted speaker's "(retranslated)" between them).
  const m = peopleGazetteer().find(rest.slice(0, 80))[0]
  if (m && /^[\s\p{L}.'’-]{0,60}$/u.test(rest.slice(0, m.span[0])) && /^\s*(?:\([^()]{1,30}\)\s*)?:/.test(rest.slice(m.span[1]))) {
    return { kind: answer ? 'answer' : 'name', person: m.entry }
  }
  return answer ? { kind: 'answer', person: null } : null
}

const WORDS = 'remarks|statement|address|speech|interview|article|answers|comments|message|greetings|op-ed|briefing|(?:regular\\s+)?(?:press|news)\\s+conference|words|responses?|questions'
const DELIVERS = 'answers|answered|sent|sends|delivered|delivers|addresses|addressed|gave|gives|says|said|told|tells'
const WORDS_OF = new RegExp(`^['’]s\\s+(?:[\\w-]+\\s+){0,3}?(?:${WORDS})\\b|^\\s+(?:${DELIVERS})\\b`, 'i')
/**
 * The same words before the person: "Briefing by Foreign Ministry Spokeswoman Maria Zakharova", "… Response to
 * Media Questions by Russian Minister of Foreign Affairs Sergey Lavrov".
 */
const WORDS_BY = new RegExp(`\\b(?:${WORDS})\\s+by\\s+(?:(?:the|of|for)\\s+|[\\p{Lu}][\\p{L}'’-]*\\s+){0,8}$`, 'iu')
/** Any of those words: a title without one has no speaker, and its people need not be looked up. */
const ANY_WORD_OF = new RegExp(`\\b(?:${WORDS}|${DELIVERS})\\b`, 'i')

/** The person whose words a post carries, by its title ("Sergey Lavrov's opening remarks…", "Briefing by … Maria Zakharova"), else null. */
export function titleSpeaker(title: string): PersonEntry | null {
  if (!ANY_WORD_OF.test(title)) return null
  for (const m of peopleGazetteer().find(title)) {
    if (WORDS_OF.test(title.slice(m.span[1])) || WORDS_BY.test(title.slice(0, m.span[0]))) return m.entry
  }
  return null
}

/**
 * The people an account names in full, by the surname it may call them by afterwards: "Li said" for Li
 * Qiang (a Chinese name's first word), "Mishustin said" for Mikhail Mishustin (a Russian one's last). A
 * surname two of its people share names neither.
 */
function surnamesOf(text: string): Map<string, PersonEntry> {
  const found = new Map<string, PersonEntry | null>()
  for (const { entry } of peopleGazetteer().find(text)) {
    const words = entry.name.split(' ')
    if (words.length < 2) continue
    const surname = entry.country === 'cn' ? words[0]! : words.at(-1)!
    const known = found.get(surname)
    found.set(surname, known === undefined || known === entry ? entry : null)
  }
  return new Map([...found].filter((pair): pair is [string, PersonEntry] => pair[1] !== null))
}

const CAPITALISED_WORD = /(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}'’-]+(?![\p{L}\p{N}])/gu

/**
 * The person a sentence's speech verb follows by surname alone, among those the account has named in full
 * (`surnames` is read only for a sentence where a capitalised word comes right before a speech verb).
 */
function surnameSpeaker(sentence: string, surnames: () => ReadonlyMap<string, PersonEntry>): PersonEntry | null {
  return wordBeforeSpeechVerb(sentence, (word) => surnames().get(word))
}

/** The first capitalised word right before a speech verb ("Tang said") that `lookup` knows, as it knows it. */
function wordBeforeSpeechVerb<T>(sentence: string, lookup: (word: string) => T | undefined): T | null {
  for (const m of sentence.matchAll(CAPITALISED_WORD)) {
    if (!SPEECH_AFTER_NAME.test(sentence.slice(m.index + m[0].length))) continue
    const found = lookup(m[0])
    if (found !== undefined) return found
  }
  return null
}

/**
 * Someone the gazetteer does not know, named as news stories quote an analyst: "Tang Weijie, deputy director
 * of the Center for Eurasian Studies at a Shanghai-based university, said …". Only a name of two or three
 * capitalised words, then a lower-case description between commas, then the speech verb.
 */
const DESCRIBED_SPEAKER =
  /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2}),\s+(?:an?\s+|the\s+)?\p{Ll}[^;:()"“”]{2,160}?,\s+(?:also\s+)?(?:said|told|noted|argued|added|wrote|stressed|explained|observed)\b/u
/** A quotation closed by "he said" or "she added": the last person quoted goes on. */
const PRONOUN_CLOSES_QUOTE = /["”],?\s+(?:he|she)\s+(?:said|added|noted|stressed|argued|explained)\b/iu

/**
 * The speaker a sentence describes (`DESCRIBED_SPEAKER`), remembered by each word of the name so that "Tang
 * said" later names him too; or one named so before, by one word of the name before a speech verb.
 */
function describedSpeaker(sentence: string, known: Map<string, Speaker>): Speaker | null {
  const name = DESCRIBED_SPEAKER.exec(sentence)?.[1]
  if (name !== undefined) {
    const speaker: Speaker = { role: 'person', name, side: null }
    for (const word of name.split(/[ -]/)) known.set(word, speaker)
    return speaker
  }
  return wordBeforeSpeechVerb(sentence, (word) => known.get(word))
}

/** The subject of a speech verb in the sentence; `joint` when two people share it; null when none. */
export function reportedSpeaker(sentence: string): PersonEntry | 'joint' | null {
  if (!ANY_SPEECH_VERB.test(sentence)) return null
  const mentions = peopleGazetteer().find(sentence)
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!
    if (!SPEECH_AFTER_NAME.test(sentence.slice(m.span[1]))) continue
    const previous = mentions[k - 1]
    if (previous && /^\s*(?:and|&)\s*$/i.test(sentence.slice(previous.span[1], m.span[0]))) return 'joint'
    return m.entry
  }
  return null
}

// "CCTV: …?", "Reuters: …?", "China News Service: …?": a press conference transcript names the
// outlet asking. A few capitalised words, then a colon.
const OUTLET_LABEL = /^(?:[A-Z][\w&.'’-]*)(?: (?:[A-Z][\w&.'’-]*|of|de|and)){0,4}\s*:\s+\S/

/**
 * A journalist's question by an outlet's label: the line opens with a label that names no one the
 * gazetteer knows ("CCTV:", "Reuters:") and asks something ("?" on the same line).
 */
function outletQuestion(text: string, lineStart: number): { kind: 'question' } | null {
  const lineEnd = text.indexOf('\n', lineStart)
  const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd)
  if (!line.includes('?') || !OUTLET_LABEL.test(line)) return null
  return peopleGazetteer().find(line.slice(0, line.indexOf(':')))[0] ? null : { kind: 'question' }
}

type Floor =
  | { kind: 'none' }
  | { kind: 'journalist' }
  | { kind: 'quote'; speaker: Speaker }
  | { kind: 'reported'; speaker: Speaker }

/** Speakers of the sentences of one account, one per sentence span, in order. */
export function attributeSpeakers(account: SegmentedAccount): Sentence[] {
  return speakersOf(account).sentences
}

/**
 * `attributeSpeakers`, and the canonical names of the people who speak under a name label
 * ("💬 President Putin:", "Sergey Lavrov:"), in order of their first label: participants, read in
 * the same pass over the sentences.
 */
export function speakersOf(account: SegmentedAccount): { sentences: Sentence[]; labelled: string[] } {
  const labelled: string[] = []
  const { text } = account
  const title = account.title.trim()
  const titleAt = title === '' ? -1 : text.indexOf(title)
  const titleSpan: Span | null = titleAt >= 0 && titleAt < 400 ? [titleAt, titleAt + title.length] : null
  const owner = titleSpeaker(title)
  const ownerSpeaker = owner ? personSpeaker(owner) : null

  let floor: Floor = { kind: 'none' }
  let previousEnd = 0
  let surnames: Map<string, PersonEntry> | undefined
  const describedNames = new Map<string, Speaker>()
  let described: Speaker | null = null
  let lastPerson: Speaker | null = null
  const sentences = account.sentences.map((span): Sentence => {
    const [start, end] = span
    const sentence = text.slice(start, end)
    const atLineStart = startsLine(text, start)
    const newParagraph = text.slice(previousEnd, start).includes('\n')
    const inTitle = titleSpan !== null && start < titleSpan[1] && end > titleSpan[0]
    previousEnd = end

    const label = atLineStart ? (speakerLabel(sentence) ?? outletQuestion(text, start)) : null
    let speaker: Speaker
    if (label?.kind === 'question') {
      floor = { kind: 'journalist' }
      speaker = JOURNALIST
    } else if (label) {
      if (label.person && !labelled.includes(label.person.name)) labelled.push(label.person.name)
      const person = label.person ? personSpeaker(label.person) : ownerSpeaker
      speaker = person ?? NARRATOR
      floor = { kind: 'quote', speaker }
    } else if (DATELINE.test(sentence) || (atLineStart && isDateline(sentence))) {
      speaker = NARRATOR
    } else if (floor.kind === 'journalist') {
      speaker = JOURNALIST
    } else if (floor.kind === 'quote' && newParagraph && isNarratorSentence(sentence)) {
      // "✔️ The sides exchanged views on …" under a 💬 quote: the ministry's own summary again.
      floor = { kind: 'none' }
      speaker = NARRATOR
    } else if (floor.kind === 'quote') {
      speaker = floor.speaker
    } else {
      const reported = reportedSpeaker(sentence) ?? (ANY_SPEECH_VERB.test(sentence) ? surnameSpeaker(sentence, () => (surnames ??= surnamesOf(text))) : null)
      if (reported === 'joint') {
        floor = { kind: 'none' }
        speaker = NARRATOR
      } else if (reported) {
        speaker = personSpeaker(reported)
        floor = { kind: 'reported', speaker }
      } else if (ANY_SPEECH_VERB.test(sentence) && (described = describedSpeaker(sentence, describedNames)) !== null) {
        speaker = described
        floor = { kind: 'reported', speaker }
      } else if (lastPerson !== null && PRONOUN_CLOSES_QUOTE.test(sentence)) {
        speaker = lastPerson
        floor = { kind: 'reported', speaker }
      } else if (floor.kind === 'reported' && !newParagraph && !isNarratorSentence(sentence)) {
        speaker = floor.speaker
      } else {
        floor = { kind: 'none' }
        speaker = !inTitle && ownerSpeaker ? ownerSpeaker : NARRATOR
      }
    }
    if (speaker.role === 'person') lastPerson = speaker
    return { span, speaker }
  })
  quotedBack(text, sentences)
  return { sentences, labelled }
}

/** A quotation closed by who said it: `…," Tang said.`, `…," said Yang Jinhua, a research fellow …`. */
const QUOTE_CLOSED_BY = /["”],?\s+(?:(?:said|added|noted)\s+)?([^"“”]{2,300}?)(?:\s+(?:said|added|noted|told\s+\w+|stressed|argued))?\.?\s*$/u
const OPENS_QUOTE = /^\s*["“]/u

/**
 * A quotation of several sentences is its speaker's from the sentence that opens it: news stories name the
 * speaker after the last one (`"China-Russia relations are … . Those who … themselves," Yang Jinhua, a research
 * fellow at …, said.`). The speaker is the one the closing sentence was given; the sentences before it, back to
 * the one opening the quotation in the same paragraph, are the narrator's until then.
 */
function quotedBack(text: string, sentences: Sentence[]): void {
  for (let i = 1; i < sentences.length; i++) {
    const closing = sentences[i]!
    if (closing.speaker.role !== 'person') continue
    const sentence = text.slice(...closing.span)
    if (OPENS_QUOTE.test(sentence) || !QUOTE_CLOSED_BY.test(sentence)) continue
    let j = i - 1
    while (j >= 0 && sentences[j]!.speaker.role === 'narrator' && !text.slice(sentences[j]!.span[1], sentences[j + 1]!.span[0]).includes('\n')) {
      if (OPENS_QUOTE.test(text.slice(...sentences[j]!.span))) {
        for (let k = j; k < i; k++) sentences[k] = { ...sentences[k]!, speaker: closing.speaker }
        break
      }
      j--
    }
  }
}
