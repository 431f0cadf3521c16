import { peopleGazetteer, sideOfPerson, type Mention, type PersonEntry } from '../extract/gazetteer.js'
import type { Decided, Side } from '../types.js'

/** What an account offers for telling which ministry wrote it. */
export interface SideEvidence {
  /** Telegram channel or site named by the input ("Russian MFA", "fmprc.gov.cn"). */
  channel: string | null
  /** Headline or first line. */
  title: string
  /** The cleaned text (only its opening is read). */
  text: string
  /** Hashtags of tag lines, without `#`. */
  tags: readonly string[]
  /** `telegram` channel names and `web` site names read differently in reasons. */
  medium: 'telegram' | 'web'
}

/** One observation pointing at a side, with its weight and a reason a user understands. */
export interface SideCue {
  side: Side
  weight: number
  reason: string
}

const OTHER: Record<Side, Side> = { ru: 'cn', cn: 'ru' }
const MINISTRY: Record<Side, string> = { ru: 'Russian MFA', cn: 'Chinese MFA' }

// Names of the ministries' own channels and sites. General, not seed-specific: the seeds only show
// "Forwarded from Russian MFA" (001, 003) and "fmprc.gov.cn" (004).
// Names in Cyrillic or Chinese stand outside the \b group: \b sees no word character in them.
const CHANNELS: readonly { side: Side; re: RegExp }[] = [
  { side: 'ru', re: /\b(?:Russian (?:MFA|Foreign Ministry|Ministry of Foreign Affairs)|MID (?:of )?Russia|MFA (?:of )?Russia|Russia['’]?s? (?:MFA|Foreign Ministry)|Foreign Ministry of Russia|Ministry of Foreign Affairs of (?:the )?Russia(?:n Federation)?|MFARussia|mid\.ru|President of Russia|kremlin\.ru|(?:The )?Russian Government|Government of (?:the )?Russia(?:n Federation)?|government\.ru|Russian Embassy|Embassy of (?:the )?Russia(?:n Federation)?|(?:Permanent )?Mission of (?:the )?Russia(?:n Federation)?|RusEmb\w*|Russia_?UN)|МИД России|Посольство (?:России|Российской Федерации)/i },
  { side: 'cn', re: /\b(?:Chinese (?:MFA|Foreign Ministry|Ministry of Foreign Affairs|Embassy|Consulate|Mission)|MFA (?:of )?China|China['’]?s? (?:MFA|Foreign Ministry)|Foreign Ministry of China|Ministry of Foreign Affairs of (?:the )?(?:People['’]s Republic of )?China|MFA_China|CHN_UN\w*|Embassy of (?:the People['’]s Republic of )?China|(?:Permanent )?Mission of (?:the People['’]s Republic of )?China|China ?Embassy|fmprc|mfa\.gov\.cn|china-un\.org|chinaembassy|china-embassy|SpokespersonCHN)|外交部|中(?:华人民共和)?国驻/i },
]

// Each state's news agency, as the source or dateline of a reprint: "Source: Xinhua | 2024-06-11",
// "NIZHNY NOVGOROD, June 10 (Xinhua) --", "BEIJING, September 2. /TASS/.". Not a mention in passing: mid.ru publishes Lavrov's
// interviews with Xinhua.
const AGENCIES: readonly { side: Side; name: RegExp; dateline: RegExp }[] = [
  { side: 'cn', name: /^(?:Xinhua(?: News Agency)?|China Daily|CGTN|People['’]s Daily(?: Online)?|Global Times|China News Service)$/i, dateline: /\((?:Xinhua|CGTN|China Daily)\)\s*[-–—]/ },
  { side: 'ru', name: /^(?:TASS|TASS Russian News Agency|RIA Novosti|Interfax|Sputnik(?: International| Africa| India| Globe)?|RT|RT International)$/i, dateline: /\((?:TASS|RIA Novosti|Interfax|Sputnik)\)\s*[-–—]|\.\s*\/(?:TASS|RIA Novosti|Interfax)\/\./ },
]

const SITES: readonly { side: Side; re: RegExp }[] = [
  { side: 'ru', re: /\b(?:mid\.ru|kremlin\.ru|government\.ru|russiaun\.ru)\b/i },
  { side: 'cn', re: /\b(?:fmprc\.gov\.cn|mfa\.gov\.cn|china-un\.org|chinaembassy\.\w+|china-embassy\.\w+|chinamission\.\w+)\b/i },
]

// House wording of each ministry (read in the opening of the text). Not the Chinese officials' titles
// ("State Councilor", "Member of the Political Bureau of the CPC Central Committee"): mid.ru gives them too.
const IDIOMS: readonly { side: Side; re: RegExp; label: string }[] = [
  { side: 'cn', re: /\blocal time\b/i, label: 'local time' },
  { side: 'cn', re: /\bthe two heads of state\b/i, label: 'the two heads of state' },
  { side: 'ru', re: /^Press release on\b/im, label: 'Press release on' },
  { side: 'ru', re: /\bForeign Ministry Spokeswoman Maria Zakharova\b/, label: 'Foreign Ministry Spokeswoman Maria Zakharova' },
]

// Each ministry names its own officials bare ("Foreign Minister Sergey Lavrov", "Wang Yi Meets with …")
// and qualifies the other side's ("Russian Foreign Minister …", "Foreign Minister of the People's
// Republic of China …"): seeds 000, 002, 004. The officials are the Russian and Chinese people of the
// shipped gazetteer (src/data/people.json), so past ministers, deputies and spokespersons count too.
const QUALIFIER: Record<Side, RegExp> = {
  ru: /\b(?:Russian|Russia['’]s|of Russia|of the Russian Federation)\b/,
  cn: /\b(?:Chinese|China['’]s|of China|of the People['’]s Republic of China|PRC)\b/,
}
// Titles of the offices people.json lists; "FM" as in its alias "FM Lavrov".
const OFFICE = /\b(?:Minister|FM|President|Premier|Councilor|Spokesperson|Spokeswoman|Spokesman|Press Secretary|Ambassador|Representative|Director|Member|Chairman|Speaker|Aide|Envoy)\b/
// An envoy's title names his own country on both sides ("Chinese Ambassador Zhang Hanhui" on fmprc and
// on mid.ru), so there a nationality says nothing about who wrote it.
const ACCREDITED = /\b(?:Ambassador|Representative|Envoy|Consul)\b/
// Where a name's own title phrase begins: "… conversation with | Foreign Minister of China Qin Gang".
const PHRASE_BREAK = /\bwith\b|\band\b|&|,|;|:|\bmeets?\b|\bmet\b|\btalks?\b|\bbetween\b|\bto\b|\bon\b/g

/** The ministry whose channel or site a name is ("Russian MFA" → ru, "MFA_China" → cn), else null. */
export function ministryOfChannel(name: string): Side | null {
  return CHANNELS.find(({ re }) => re.test(name))?.side ?? null
}

/** The side whose state news agency a source name is ("Xinhua" → cn, "TASS" → ru), else null. */
export function agencyOf(name: string): Side | null {
  return AGENCIES.find((a) => a.name.test(name.trim()))?.side ?? null
}

/** Every cue an account offers, strongest first. */
export function sideCues(evidence: SideEvidence): SideCue[] {
  const cues: SideCue[] = []
  const where = evidence.medium === 'telegram' ? 'Telegram channel' : 'site'
  if (evidence.channel) {
    for (const { side, re } of CHANNELS) {
      if (re.test(evidence.channel)) cues.push({ side, weight: 10, reason: `${where} '${evidence.channel}'` })
    }
  }
  const opening = evidence.text.slice(0, 2_000)
  let agency = false
  if (evidence.channel && cues.length === 0) {
    const side = agencyOf(evidence.channel)
    if (side) {
      cues.push({ side, weight: 6, reason: `reprinted from ${evidence.channel}, the ${side === 'cn' ? 'Chinese' : 'Russian'} state news agency` })
      agency = true
    }
  }
  for (const { side, re } of SITES) {
    const m = re.exec(opening)
    if (m && !cues.some((c) => c.weight === 10)) cues.push({ side, weight: 6, reason: `names the site '${m[0]}'` })
  }
  for (const { side, dateline } of AGENCIES) {
    const m = dateline.exec(opening)
    if (m && !cues.some((c) => c.weight >= 6)) {
      cues.push({ side, weight: 6, reason: `carries the dateline '${m[0].trim()}' of the ${side === 'cn' ? 'Chinese' : 'Russian'} state news agency` })
      agency = true
    }
  }
  // A state news agency writes for the world and qualifies its own side's officials too ("Chinese
  // Foreign Minister Wang Yi", CGTN): under an agency's name or dateline, how officials are named says nothing.
  if (!agency) {
    cues.push(...officialCues(evidence.title, 'title', 5))
    const lead = leadSentence(evidence.text, evidence.title)
    if (lead) cues.push(...officialCues(lead, 'first sentence', 3))
  }
  for (const { side, re, label } of IDIOMS) {
    if (re.test(opening)) cues.push({ side, weight: 2, reason: `${MINISTRY[side]} wording '${label}'` })
  }
  for (const tag of evidence.tags) {
    const side: Side | null = /^Russia[A-Z]/.test(tag) ? 'ru' : /^China[A-Z]/.test(tag) ? 'cn' : null
    if (side) {
      cues.push({ side, weight: 2, reason: `hashtag #${tag}` })
      break
    }
  }
  return cues.sort((a, b) => b.weight - a.weight)
}

/**
 * Which ministry wrote an account: the cues of `sideCues` are summed per side and the stronger side
 * wins, with its strongest cue as the reason. A tie, or no cue at all, gives `value: null` (the caller
 * falls back to the file's majority, then asks the user for `--side`).
 */
export function decideSide(evidence: SideEvidence): Decided<Side | null> {
  const cues = sideCues(evidence)
  const score: Record<Side, number> = { ru: 0, cn: 0 }
  for (const cue of cues) score[cue.side] += cue.weight
  if (score.ru === score.cn) {
    const reason = cues.length === 0 ? 'no channel, site or wording cue' : `cues disagree (${cues.map((c) => c.reason).join('; ')})`
    return { value: null, reason, inferred: true }
  }
  const side: Side = score.ru > score.cn ? 'ru' : 'cn'
  const best = cues.find((c) => c.side === side)!
  const others = cues.filter((c) => c.side === side).length - 1
  // A channel or site states who published; wording only suggests it, so say how much agrees.
  const stated = best.weight >= 6
  const reason = !stated && others > 0 ? `${best.reason} (and ${others} more cue${others > 1 ? 's' : ''})` : best.reason
  return { value: side, reason, inferred: !stated }
}

/**
 * Sides of all accounts of one file. A user's override wins ("--side flag"); an account without a
 * decisive cue takes the side most accounts of its file have; if none is decided, all stay null.
 */
export function decideSides(evidence: readonly SideEvidence[], override?: Side): Decided<Side | null>[] {
  if (override) return evidence.map(() => ({ value: override, reason: '--side flag', inferred: false }))
  const decided = evidence.map(decideSide)
  const count: Record<Side, number> = { ru: 0, cn: 0 }
  for (const d of decided) if (d.value) count[d.value]++
  if (count.ru === count.cn) return decided
  const majority: Side = count.ru > count.cn ? 'ru' : 'cn'
  const known = count.ru + count.cn
  return decided.map((d) =>
    d.value
      ? d
      : {
          value: majority,
          reason: `no decisive cue in this post; ${count[majority]} of ${known} decided posts in this file are ${MINISTRY[majority]}`,
          inferred: true,
        },
  )
}

function officialCues(phrase: string, where: string, weight: number): SideCue[] {
  const officials = peopleGazetteer()
    .find(phrase)
    .flatMap((mention) => {
      const side = sideOfPerson(mention.entry)
      return side === null ? [] : [{ ...mention, side }]
    })
  const quoteOf = (start: number, end: number) => (where === 'title' ? clip(phrase, 100) : excerpt(phrase, start, end))
  const meeting = meetingOf(phrase, officials)
  const found: SideCue[] = []
  for (const official of officials) {
    const { entry, span, surface, side } = official
    const [start, end] = span
    const quote = quoteOf(start, end)
    if (meeting?.host === official) {
      const reason = `${where} '${quote}' names ${entry.name} first, before ${meeting.guest.entry.name}, as a ministry puts its own official first`
      found.push({ side, weight, reason })
      continue
    }
    // A long alias carries its own title ("President Putin", "Minister Lavrov"), so the title phrase is
    // the words before the mention and the mention itself.
    const title = titlePhrase(phrase.slice(Math.max(0, start - 80), start)) + surface
    if (QUALIFIER[side].test(title)) {
      if (ACCREDITED.test(title)) continue
      const reason = `${where} '${quote}' names ${entry.name} with a nationality, as a ministry names the other side's officials`
      found.push({ side: OTHER[side], weight, reason })
    } else if (meeting?.guest !== official && !QUALIFIER[OTHER[side]].test(title) && (OFFICE.test(title) || start <= 2)) {
      const reason = `${where} '${quote}' names ${entry.name} without a nationality, as a ministry names its own officials`
      found.push({ side, weight, reason })
    }
  }
  return found
}

/** A mention of a Russian or Chinese official. */
type Official = Mention<PersonEntry> & { side: Side }

// What joins the two officials of a meeting phrase: "X Meets with Y", "X's talks with Y", "X & Y met".
const MEETING_LINK = /\bwith\b|&|\band\b|\bmee?ts?\b/i

/**
 * The first two officials of opposite sides joined as a meeting ("Wang Yi Holds Talks with Russian
 * Foreign Minister Sergey Lavrov", "Foreign Minister Sergey Lavrov's talks with Member of the Political
 * Bureau of the CPC Central Committee … Wang Yi", "Russia's Foreign Minister Sergey Lavrov & Foreign
 * Minister of the People's Republic of China Wang Yi met"). Both ministries name their own official
 * first, qualified or not, while the guest's bare party and state titles say nothing of the author.
 */
function meetingOf(phrase: string, officials: readonly Official[]): { host: Official; guest: Official } | null {
  const host = officials[0]
  const guest = officials.find((o) => host !== undefined && o.side !== host.side)
  if (host === undefined || guest === undefined) return null
  return MEETING_LINK.test(phrase.slice(host.span[1], guest.span[0])) ? { host, guest } : null
}

/** The words right before a name that belong to its own title phrase. */
function titlePhrase(before: string): string {
  let start = 0
  for (const m of before.matchAll(PHRASE_BREAK)) start = m.index + m[0].length
  return before.slice(start)
}

/** The first sentence after the title, roughly: enough for the lead's wording. */
function leadSentence(text: string, title: string): string | null {
  const rest = text.startsWith(title) ? text.slice(title.length) : text
  const m = /\S[^\n]*?(?:[.!?](?=\s|$)|$)/m.exec(rest)
  return m ? m[0].slice(0, 400) : null
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, text.lastIndexOf(' ', max - 1) > 0 ? text.lastIndexOf(' ', max - 1) : max - 1)}…`
}

function excerpt(text: string, start: number, end: number): string {
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, start - 40)) + 1)
  const to = Math.min(text.length, end + 30)
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`
}
