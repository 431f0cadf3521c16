import type { Decided, EventKind, SegmentedAccount } from '../types.js'
import { accountHead } from './head.js'

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

// "… held talks with Russian Foreign Minister Sergey Lavrov, who is on an official visit to China",
// "… with Xi Jinping, who has arrived in Russia on a state visit": the guest's visit or arrival is
// the setting of the talks, not the event.
const GUEST_VISIT = /\bwho\s+(?:is|was|are|were)\s+(?:\w+\s+){0,2}?(?:on|paying)\s+(?:an?\s+|his\s+|her\s+)?(?:\w+\s+)?vi[sſ]it\b/giu
const GUEST_ARRIVAL = /\bwho\s+(?:has\s+|have\s+|had\s+)?(?:just\s+)?arriv(?:ed|es)\s+(?:in|at)\b[^,.;]*/giu
const GUEST = new RegExp(`${GUEST_VISIT.source}|${GUEST_ARRIVAL.source}`, 'giu')
// "Lavrov, who arrived in China to take part in the SCO ministerial in Tianjin, held talks in Beijing",
// "Xi Jinping, who … will take part in the celebrations": what a participant takes part in is not this event.
const RELATIVE_CLAUSE = /\bwho\b[^,.;]*/giu

const RULES: readonly KindRule[] = [
  { kind: 'phone call', mustContain: /📞|phone/i, pattern: /📞|\b(?:tele)?phone\s+(?:conversation|call|talks)\b|\b(?:spoke\s+)?(?:by|over\s+the|on\s+the)\s+(?:tele)?phone\b|\bheld\s+an?\s+(?:tele)?phone\b|\bphoned\b/iu },
  { kind: 'address', pattern: /\bvideo\s+(?:address|message)\b|['’]s\s+address\s+to\b|\baddress(?:ed|es)?\s+(?:to\s+)?the\s+participants\b/i },
  { kind: 'videoconference', pattern: /\bvia\s+video\s*(?:conference|link)\b|\bvideo\s*conference\b|\bvideo\s+(?:link|call|talks|meeting|conversation)\b|\bvirtual\s+(?:meeting|summit|talks)\b|\bonline\s+(?:meeting|talks|summit)\b/i },
  { kind: 'interview', pattern: /\binterview\b|\banswers?\s+questions\s+from\b/i },
  { kind: 'press conference', pattern: /\b(?:press|news)\s+(?:conference|briefing)\b|\banswers?\s+to\s+(?:media|journalists['’]?|press|the\s+media['’]?s?)\s+questions\b|\bmedia\s+questions\b|\bpress\s+approach\b|\bmeets?\s+(?:the\s+)?(?:press|journalists)\b/i },
  { kind: 'message', pattern: /\bsen(?:t|ds)\s+(?:a\s+)?(?:greetings|message|congratulations|condolences|telegram|letter)\b|\bgreetings\s+to\b|\bcongratulatory\s+(?:message|telegram|letter)\b|\bmessage\s+of\s+(?:greetings|condolence|congratulation)/i },
  { kind: 'statement', pattern: /^\W*joint\s+statement\b|['’]s\s+statement\b|\bstatement\s+(?:at|by|to|during|before)\b|\bgeneral\s+debate\b|\b(?:made|issued|delivered)\s+a\s+statement\b/i },
  { kind: 'arrival', ignore: GUEST_ARRIVAL, pattern: /(?<!\b(?:after|upon|on|having|before)\s+)\barriv(?:es|ed)\s+(?:in|at)\b/i },
  { kind: 'visit', mustContain: /vi[sſ]it/i, ignore: GUEST, pattern: /\b(?:official|state|working|friendly|first)\s+visit\b|\b(?:was|is|were|are)\s+on\s+(?:an?\s+)?(?:\w+\s+)?visit\b|\bpa(?:ys|id)\s+(?:an?\s+)?(?:\w+\s+)?visit\b|\bvisits\s+\p{Lu}/iu },
  { kind: 'meeting', pattern: /\bremarks\s+(?:during|at)\s+(?:a|the)\s+meeting\b/i },
  { kind: 'talks', pattern: /\bremarks\s+(?:during|at)\s+(?:the\s+)?talks\b/i },
  { kind: 'multilateral meeting', ignore: RELATIVE_CLAUSE, pattern: /\b(?:took|take|takes|taking)\s+part\s+in\b|\bparticipated\s+in\b|\battend(?:ed|s)\b|\bchaired\b/i },
  { kind: 'remarks', pattern: /\bremarks\b|\bspeech\b/i },
  { kind: 'talks', pattern: /\btalks\b|\bnegotiations\b|\bconsultations\b/i },
  { kind: 'meeting', pattern: /\bmet\b|\bmeets?\b|\bmeetings?\b|\bconversation\s+with\b|\breceived\b/i },
]

export function decideKind(account: SegmentedAccount): Decided<EventKind> {
  const head = accountHead(account)
  for (const rule of RULES) {
    for (const part of head) {
      if (rule.mustContain && !rule.mustContain.test(part.text)) continue
      const text = rule.ignore ? part.text.replace(rule.ignore, (clause) => ' '.repeat(clause.length)) : part.text
      const m = rule.pattern.exec(text)
      if (m) {
        const where = part.label === 'title' ? 'the title' : 'the first sentence'
        return { value: rule.kind, reason: `"${m[0].trim()}" in ${where}`, inferred: false }
      }
    }
  }
  return { value: 'other', reason: 'no kind cue in the title or the first sentence', inferred: true }
}
