import type { Decided, EventKind, SegmentedAccount } from '../types.js'
import { accountHead, PARTICIPANT_CLAUSE, sentenceAfterLede } from './head.js'

/**
 * What kind of event an account reports, read from its head (headline, then lede): the first rule
 * below that matches wins, so the order encodes precedence. "Opening remarks during a meeting with
 * Wang Yi" is a meeting (seeds/001 post 2, seeds/003 posts 4 and 12); "arrives in Astana to take part
 * in the meeting of the SCO Heads of State Council" is an arrival; "on the sidelines of the G20
 * summit" does not make a bilateral meeting multilateral: only taking part does.
 */
interface KindRule {
  kind: EventKind
  pattern: RegExp
  /**
   * Text that every match of `pattern` contains, tested first. Only the `iu` patterns need one:
   * case-insensitive Unicode `\b` makes them scan some 20 times slower than the others, and most
   * heads do not hold the word at all. `ſ` is there because `iu` matches it as an "s".
   */
  mustContain?: RegExp
  /** Text that does not count for this rule, blanked before `pattern` is tried. */
  ignore?: RegExp
}

// The two commonest kinds, read after the others: where a line names both, the one it names first is its own
// verb ("Wang Yi meets Rubio in Kuala Lumpur, first in-person talks" is a meeting).
const GENERIC_TALKS: KindRule = { kind: 'talks', pattern: /\btalks\b|\bnegotiations\b|\bconsultations?\b/i }
// Not a draft that "received 11 votes" nor a ministry that "received a letter".
const GENERIC_MEETING: KindRule = { kind: 'meeting', ignore: PARTICIPANT_CLAUSE, pattern: /\bmet\b|\bmeets?\b|\bmeetings?\b|\bconversation\s+with\b|\breceived\b(?!\s+(?:\d|votes?\b|support\b|an?\s+(?:letter|message)\b|letters?\b|messages?\b))/i }

// A mission's envoy speaking, voting or vetoing at the Security Council or the General Assembly, as a news
// story tells it ("China's UN envoy … explained China's abstention in the Security Council vote"): read
// when the head names no other kind.
const UN_STATEMENT: KindRule = {
  kind: 'statement',
  mustContain: /\b(?:Security\s+Council|UNSC|General\s+Assembly)\b/i,
  pattern: /\b(?:envoy|(?:permanent\s+)?representative|ambassador)\b[^.]{0,200}?\b(?:said|says|stated|explained|told|urged|called\s+(?:on|for)|warned|defend(?:ed|s)?)\b|\bvot(?:ed|es)\s+against\b|\babstain(?:ed|s)\b|\bveto(?:ed|es)?\b/i,
}

// A participant's own visit, arrival or attendance ("… with Sergey Lavrov, who is on an official visit to
// China", "Lavrov, who arrived in China to take part in the SCO ministerial, held talks") is the setting
// of the event, not the event: those rules do not read inside such a clause.
const RULES: readonly KindRule[] = [
  // A briefing is one whatever it reports first ("Yesterday, Lavrov had a telephone conversation with …"); so
  // is fmprc's "Foreign Ministry Spokesperson Wang Wenbin answers a question about the video meeting …".
  { kind: 'press conference', pattern: /^\W*(?:(?:(?:Excerpts?\s+)?From\s+(?:the\s+|a\s+)?)?(?:Weekly\s+|Regular\s+)?Briefing\s+by\b|(?:Excerpts?\s+)?From\s+(?:[\w’'-]+\s+){1,6}(?:briefing|press\s+conference)\b|(?:Foreign\s+Ministry\s+)?Spokes(?:person|woman|man)\s+(?:[A-Z][\w'’-]*\s+){1,3}on\s+(?!behalf\b)|(?:Foreign\s+Ministry\s+)?Spokes(?:person|woman|man)\s+[\w\s]{2,40}['’]s\s+(?:Regular\s+|Weekly\s+)?(?:Press\s+Conference|Briefing)\b|(?:Foreign\s+Ministry\s+)?Spokes(?:person|woman|man)\s+(?:[A-Z][\w'’-]*\s+){1,3}answers\s+(?:a\s+|reporters['’]?\s+|journalists['’]?\s+)?questions?\b)/i },
  { kind: 'phone call', mustContain: /📞|phone/i, pattern: /📞|\b(?:tele)?phone\s+(?:conversation|call|talks)\b|\b(?:spoke\s+)?(?:by|over\s+the|on\s+the)\s+(?:tele)?phone\b|\bheld\s+an?\s+(?:tele)?phone\b|\bphoned\b/iu },
  { kind: 'address', pattern: /\bvideo\s+(?:address|message)\b|['’]s\s+address\s+to\b|\baddress(?:ed|es)?\s+(?:to\s+)?the\s+participants\b/i },
  { kind: 'videoconference', pattern: /\bvia\s+video\s*(?:conference|link)\b|\bvideo\s*conference\b|\bvideo\s+(?:link|call|talks|meeting|conversation)\b|\bvirtual\s+(?:meeting|summit|talks)\b|\bonline\s+(?:meeting|talks|summit)\b/i },
  { kind: 'interview', pattern: /\binterview\b|\banswers?\s+questions\s+from\b/i },
  { kind: 'press conference', pattern: /\b(?:press|news)\s+(?:conference|briefing)\b|\banswers?\s+to\s+(?:media|journalists['’]?|press|the\s+media['’]?s?)\s+questions\b|\bmedia\s+questions\b|\bpress\s+approach\b|\bmeets?\s+(?:the\s+)?(?:press|journalists)\b/i },
  { kind: 'message', pattern: /^\W*(?:Congratulations|Condolences|Greetings)\s+(?:to|on)\b|\bsen(?:t|ds)\s+(?:a\s+)?(?:greetings|message|congratulations|condolences|telegram|letter)\b|\bgreetings\s+(?:to|from|on)\b|\b(?:New\s+Year|holiday|festive|Spring\s+Festival|Christmas)\s+greetings\b|\bcongratulatory\s+(?:messages?|telegrams?|letters?)\b|\bmessage\s+of\s+(?:greetings|condolence|congratulation)/i },
  // "Lavrov's remarks at the East Asia Summit Foreign Ministers' Meeting", "Putin's remarks at the meeting of
  // the SCO Heads of State Council": a minister speaking at a gathering reports the gathering (three
  // annotators agree); "opening remarks at a meeting with Wang Yi" stays a meeting, and "Statement by
  // Ambassador … at the Security Council" and "statement at the General Debate" stay statements.
  {
    kind: 'multilateral meeting',
    pattern: /['’]s\s+(?:opening\s+)?(?:remarks|statement|speech)\s+at\s+(?:the|an?)\s+(?:(?!with\b)[\w#’'-]+\s+){0,8}?meeting\b(?!\s+with\b)/i,
  },
  // The ministry's own notices: "Comment by the Information and Press Department on …", "China's Position on
  // the Political Settlement of …", "The Consular Department informs", "Information for Russian citizens".
  { kind: 'statement', pattern: /^\W*(?:Comment\s+by\b|(?:China|Russia)['’]s\s+Position\s+(?:Paper\s+)?on\b|(?:The\s+)?Consular\s+Department\s+(?:informs|reminds)\b|Consular\s+notice\b|Information\s+for\s+(?:Russian\s+)?citizens\b|Notice\s*(?::|(?:on|to|of|regarding)\b)|Recommendations?\s+to\s+(?:Russian\s+|Chinese\s+)?citizens\b|Announcement\s*:)|\breleased\s+(?:the\s+)?(?:China|Russia)['’]s\s+Position\b|\bSpokes(?:person|woman|man)\s+(?:[A-Z][\w'’-]*\s+){1,3}announced\b/i },
  // A document of its own: "Joint Declaration of …", "China and Russia Issue Joint Statement on …" (not the
  // statement a talks readout says was signed).
  { kind: 'statement', pattern: /^\W*joint\s+(?:statement|declaration)\b|^\W*(?:China|Russia|the\s+two\s+countries)\b[^.\n]{0,40}?\b(?:issue|issued|sign|signed|adopt|adopted)\s+(?:a\s+|the\s+)?joint\s+(?:statement|declaration)\b/i },
  // A treaty's signing told as the event: "SIGNING OF THE TREATY OF GOOD-NEIGHBOURLINESS …", "China, Russia
  // Sign Good-Neighborly Treaty".
  { kind: 'ceremony', pattern: /^\W*signing\s+of\s+the\s+treaty\b|^\W*(?:China|Russia|the\s+two\s+countries)\b[^.\n]{0,40}?\bsign(?:s|ed)?\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}treaty\b/i },
  { kind: 'statement', pattern: /^\W*joint\s+statement\b|\bexplanation\s+of\s+(?:the\s+)?vote\b|['’]s\s+statement\b|\bstatement\s+(?:at|by|to|during|before)\b|\bgeneral\s+debate\b|\b(?:made|issued|delivered)\s+a\s+statement\b/i },
  { kind: 'arrival', ignore: PARTICIPANT_CLAUSE, pattern: /(?<!\b(?:after|upon|on|having|before)\s+)\barriv(?:es|ed)\s+(?:in|at)\b/i },
  { kind: 'visit', mustContain: /vi[sſ]it/i, ignore: PARTICIPANT_CLAUSE, pattern: /\b(?:official|state|working|friendly|first)\s+visit\b|\b(?:was|is|were|are)\s+on\s+(?:an?\s+)?(?:\w+\s+)?visit\b|\bpa(?:ys|id)\s+(?:an?\s+)?(?:\w+\s+)?visit\b|\bvisits\s+\p{Lu}/iu },
  { kind: 'meeting', pattern: /\bremarks\s+(?:during|at)\s+(?:a|the)\s+meeting\b/i },
  { kind: 'talks', pattern: /\bremarks\s+(?:during|at)\s+(?:the\s+)?talks\b/i },
  // Taking part, attending or chairing; a trilateral; a gathering of three or more: "the special
  // representatives of Russia, China and Pakistan", "the Moscow format consultations", "the third meeting of
  // the Moscow format" (not a talk on its sidelines).
  {
    kind: 'multilateral meeting',
    ignore: PARTICIPANT_CLAUSE,
    pattern:
      /\b(?:took|take|takes|taking)\s+part\s+in\b|\bparticipated\s+in\b|\battend(?:ed|s)\b(?!\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}(?:parade|ceremony|celebrations?|reception|banquet|concert|exhibition|performance|gala)\b)|(?<!co-)\bchair(?:s|ed)\b|\bpresided\s+over\b|\btrilateral\b|\b(?:[A-Z][a-z]+[-–]){2,}[A-Z][a-z]+\s+summit\b|\b(?:heads\s+of\s+state|leaders|foreign\s+ministers|(?:special\s+)?(?:representatives|envoys))\s+of\s+[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)+,?\s+and\s+[A-Z][a-z]+\b|\bformat\s+(?:consultations|talks|meetings?|summit)\b|(?<!\b(?:sidelines|margins)\s+of\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?)\b(?:meeting|session|round)\s+of\s+(?:the\s+)?(?:[\w"“”'’-]+\s+){0,3}?(?:format|troika|quartet)\b/i,
  },
  { kind: 'remarks', pattern: /\bremarks\b|\bspeech\b|\banswer\s+to\s+a\s+(?:media\s+)?question\b/i },
  GENERIC_TALKS,
  GENERIC_MEETING,
  // Read last: only a head that names no talks or meeting is a ceremony ("Xi, Putin attend gala marking …",
  // "Parade on Red Square …", "Xi presents Putin with China's first Friendship Medal", leaders who "pose for a
  // group photo"); a signing or welcome
  // ceremony is part of the talks.
  {
    kind: 'ceremony',
    pattern:
      /\b(?:parade|gala|concert|celebrations|(?:opening|closing|award|awarding|handover|wreath-laying)\s+ceremony)\b|\bpos(?:e|es|ed)\s+for\s+(?:a\s+)?(?:group|family)\s+photo\b|\battend(?:s|ed)?\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,4}(?:ceremony|reception|banquet|performance|exhibition)\b|\bpresent(?:s|ed)?\s+(?:[\w'’-]+\s+){1,3}with\s+(?:[\w'’-]+\s+){0,4}(?:medal|order|award)\b|\bconfer(?:s|red)?\s+(?:[\w'’-]+\s+){0,4}(?:medal|order|award)\b|\btook\s+part\s+(?:[\w'’-]+\s+){0,3}in\s+(?:a|the)\s+ceremony\b|\bhonorary\s+(?:doctorate|degree|title)\b|\bawarded\s+(?:the|an?)\s+(?:[\w'’-]+\s+){0,4}(?:medal|order|doctorate|degree)\b/i,
  },
]

const REMOTE_RULES = RULES.filter((rule) => isCall(rule.kind))
// Read in the sentence after the lede when the head names no kind: a call, or talks "held" (Xinhua leads
// with the outcome: "Xi, Putin agree to …" over "The two heads of state held talks in the Kremlin").
const AFTER_LEDE_RULES: readonly KindRule[] = [...REMOTE_RULES, { kind: 'talks', pattern: /\bh(?:e|o)lds?\s+(?:[\w-]+\s+){0,2}?talks\b/i }]

/** A phone call or a videoconference: an event with no place of its own (place.ts, align/match.ts). */
export function isCall(kind: EventKind | null): boolean {
  return kind === 'phone call' || kind === 'videoconference'
}

// A visit the lede tells ("On March 22-23, Lavrov was on an official visit to China") is the setting of
// the talks or meeting a headline of its own names ("Lavrov's talks with Wang Yi").
const SET_IN_A_VISIT: readonly EventKind[] = ['talks', 'meeting']

export function decideKind(account: SegmentedAccount): Decided<EventKind> {
  const head = accountHead(account)
  for (const rule of RULES) {
    for (const part of head) {
      const m = matchRule(rule, part.text)
      if (!m) continue
      if (rule === GENERIC_TALKS) {
        const meeting = matchRule(GENERIC_MEETING, part.text)
        if (meeting && meeting.index < m.index) return decided(GENERIC_MEETING, meeting, part.label)
      }
      if (rule.kind === 'visit' && part.label !== 'title') {
        const setting = kindInTitle(head, SET_IN_A_VISIT)
        if (setting) return setting
      }
      return decided(rule, m, part.label)
    }
  }
  for (const part of head) {
    const m = matchRule(UN_STATEMENT, part.text)
    if (m) return decided(UN_STATEMENT, m, part.label)
  }
  // A call or talks the headline and lede leave unsaid: "Xi says China ready to …" over "In a phone
  // conversation with his Russian counterpart, Vladimir Putin, Xi called for …" (Xinhua).
  const next = sentenceAfterLede(account)
  for (const rule of AFTER_LEDE_RULES) {
    const m = next === null ? null : matchRule(rule, next)
    if (m) return { value: rule.kind, reason: `"${m[0].trim()}" in the sentence after the first`, inferred: false }
  }
  return { value: 'other', reason: 'no kind cue in the title or the first sentence', inferred: true }
}

function decided(rule: KindRule, m: RegExpExecArray, label: 'title' | 'lede', note = ''): Decided<EventKind> {
  return { value: rule.kind, reason: `"${m[0].trim()}" in ${label === 'title' ? 'the title' : 'the first sentence'}${note}`, inferred: false }
}

/** The first of `kinds` the title names (by the rules' order), as the event a visit in the lede is the setting of. */
function kindInTitle(head: ReturnType<typeof accountHead>, kinds: readonly EventKind[]): Decided<EventKind> | null {
  const title = head.find((part) => part.label === 'title')
  if (!title) return null
  for (const rule of RULES) {
    const m = kinds.includes(rule.kind) ? matchRule(rule, title.text) : null
    if (m) return decided(rule, m, 'title', ', of the visit the first sentence tells')
  }
  return null
}

function matchRule(rule: KindRule, text: string): RegExpExecArray | null {
  if (rule.mustContain && !rule.mustContain.test(text)) return null
  return rule.pattern.exec(rule.ignore ? text.replace(rule.ignore, (clause) => ' '.repeat(clause.length)) : text)
}
