import type { Span } from '../types.js'
import { countryList } from './countries.js'

/**
 * People a text introduces by their office, whether or not the gazetteer knows them: "Thai Foreign
 * Minister Maris Sangiampongsa", "Minister for Foreign Affairs of the Republic of Indonesia Retno
 * Marsudi", "Russian Permanent Representative Vassily Nebenzia". Readouts name every participant this
 * way at first mention, so a minister the gazetteer lacks is still a participant.
 *
 * The name is two to five capitalised words right after the title, or after "of <country>" following
 * it (the country list says where the country ends: "of the Republic of Korea Yoon Suk Yeol"), or after
 * "of <organisation>" ("Secretary-General of the Association of Southeast Asian Nations Kao Kim Hourn"). It stops
 * at a lower-case word, punctuation or a headline verb ("… Sergey Lavrov Holds Talks"), and loses a
 * possessive ("Lavrov’s talks"). Names are given as written: the gazetteer's own finds, where they
 * overlap, give the canonical form (participants.ts).
 */
export interface TitledName {
  name: string
  /** Where the name (not its title) sits in the text. */
  span: Span
}

const OFFICE =
  /\b(?:(?:First\s+)?(?:Deputy|Vice|Acting)[-\s]+)?(?:Foreign\s+Minister|Minister\s+(?:of|for)\s+(?:Foreign\s+Affairs|External\s+Affairs|Foreign\s+Affairs\s+and\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)|Prime\s+Minister|Defen[cs]e\s+Minister|Minister\s+of\s+(?:National\s+)?Defen[cs]e|President|Premier|Chancellor|Secretary\s+of\s+State|Secretary[-\s]General|Permanent\s+Representative|Ambassador|Special\s+(?:Envoy|Representative)|Director(?:[-\s]General)?|Foreign\s+Secretary|State\s+Councilor|Governor|Mayor)\b/g
const OF_COUNTRY = /\s+(?:of|to)\s+(?:the\s+)?/y
/** The organisations a Secretary-General or an envoy serves, whose name a person's name may follow. */
const ORGANISATION =
  /(?:Association of Southeast Asian Nations|Shanghai Cooperation Organi[sz]ation|Collective Security Treaty Organi[sz]ation|Commonwealth of Independent States|Eurasian Economic (?:Union|Commission)|League of Arab States|Arab League|African Union|Gulf Cooperation Council|Organi[sz]ation of (?:Islamic Cooperation|American States)|Organi[sz]ation for Security and Co-?operation in Europe|North Atlantic Treaty Organi[sz]ation|European Union|United Nations|ASEAN|SCO|CSTO|CIS|EAEU|BRICS|NATO|OSCE|OIC|GCC|UN|EU)(?![\p{L}-])/uy
/** Longer than any country's name: "Saint Vincent and the Grenadines", "People's Republic of China". */
const COUNTRY_CHARS = 60
/** Capitalised words that are not part of a person's name: institutions, headline verbs, prepositions. */
const NOT_NAME = new Set(
  (
    'Republic Federation Kingdom State States Union United Nations Ministry Affairs Council Committee Government ' +
    'Party Central Political Bureau Office Commission Assembly Parliament Security General Secretary Minister ' +
    'President Premier Ambassador Representative Envoy Embassy Mission Foreign ' +
    'Holds Held Meets Met Has Had Speaks Spoke Talks Calls Called Visits Attends Attended Says Said Pays Paid Receives ' +
    'Received Sends Sent Congratulates Welcomes Chairs Joins Discusses Exchanges Signs ' +
    'On In At With And To For Of The During After Before About Via By From'
  ).split(' '),
)
const TOKEN = /\s+([\p{L}'’-]+)/uy
const CAPITALISED = /^\p{Lu}[\p{L}'’-]*\p{Ll}$/u
const PARTICLE = /^(?:bin|ibn|al|el|de|da|dos|van|von|der|le|la)$/
const POSSESSIVE = /['’]s$/

export function titledNames(text: string): TitledName[] {
  const names: TitledName[] = []
  for (const office of text.matchAll(OFFICE)) {
    let at = office.index + office[0].length
    // "Ambassador of China to Russia Zhang Hanhui": at most a country of origin and one of posting.
    for (let k = 0; k < 2; k++) {
      OF_COUNTRY.lastIndex = at
      const of = OF_COUNTRY.exec(text)
      if (!of) break
      const from = at + of[0].length
      ORGANISATION.lastIndex = from
      if (ORGANISATION.test(text)) {
        at = ORGANISATION.lastIndex
        continue
      }
      const country = countryList().find(text.slice(from, from + COUNTRY_CHARS))[0]
      if (country === undefined || country.start !== 0 || country.kind === 'not a country') {
        // "Governor of Primorsky Krai Oleg Kozhemyako", "Mayor of Moscow Sergey Sobyanin": a region's name.
        if (REGIONAL.test(office[0])) at = afterRegion(text, from) ?? at
        break
      }
      at = from + country.end
    }
    const officeEnd = office.index + office[0].length
    const name = nameAt(text, at) ?? nameAfterPortfolio(text, at) ?? (at === officeEnd ? null : nameAfterPortfolio(text, officeEnd))
    if (name) names.push(name)
  }
  // "the delegation headed by Andrey Karlov, Director of …": the name before its office.
  for (const led of text.matchAll(LED_BY)) {
    const name = nameAt(text, led.index + led[0].length)
    if (name && !names.some((n) => n.span[0] === name.span[0])) names.push(name)
  }
  return names.sort((a, b) => a.span[0] - b.span[0])
}

const LED_BY = /\b(?:delegation|team|group)\s+(?:was\s+)?(?:headed|led)\s+by/g

/**
 * An office's portfolio and institution between the title and the name: "Special Representative | for Arctic
 * Affairs of the Ministry of Foreign Affairs | Gao Feng", "Ambassador | -at-Large for Arctic Affairs of the
 * Russian Ministry of Foreign Affairs | Nikolay Korchunov", "Director | of the Consular Department of the
 * Russian Foreign Ministry | Andrey Karlov". The name is the run of two to four capitalised words, no
 * institution's and no country's, that ends the capitalised stretch.
 */
const PORTFOLIO_START = /(?:-at-Large)?\s+(?:for|of|on|to)\s/y
const CONNECTOR = /^(?:of|for|on|to|the|and|at)$/
const MAX_PORTFOLIO_WORDS = 14

function nameAfterPortfolio(text: string, from: number): TitledName | null {
  PORTFOLIO_START.lastIndex = from
  if (!PORTFOLIO_START.test(text)) return null
  let at = PORTFOLIO_START.lastIndex - 1
  let run: { word: string; start: number }[] = []
  for (let k = 0; k < MAX_PORTFOLIO_WORDS; k++) {
    TOKEN.lastIndex = at
    const m = TOKEN.exec(text)
    if (!m) break
    const word = m[1]!
    const start = at + m[0].length - word.length
    if (CONNECTOR.test(word)) run = []
    else if (!CAPITALISED.test(word)) break
    else if (NOT_NAME.has(word) || PORTFOLIO_WORD.has(word) || isCountryWord(word)) run = []
    else run.push({ word, start })
    at += m[0].length
  }
  if (run.length < 2 || run.length > 4) return null
  const first = run[0]!
  const written = run.map((r) => r.word).join(' ')
  // The words must stand together as written: "Gao Feng", not "Gao" and "Feng" across a line break.
  if (text.slice(first.start, first.start + written.length) !== written) return null
  return { name: written, span: [first.start, first.start + written.length] }
}

/** Words of a portfolio or an institution's name that are not a person's: "Arctic Affairs", "Consular Department". */
const PORTFOLIO_WORD = new Set(
  'Department Directorate Service Agency Administration Bureau Division Control Drug Federal Consular Arctic Affairs Issue Issues Question Peninsula Eurasian Middle East Asian European African Latin American Pacific Government Chinese Russian People’s People\'s'.split(' '),
)

function isCountryWord(word: string): boolean {
  const country = countryList().find(word)[0]
  return country !== undefined && country.start === 0 && country.end === word.length
}

const REGIONAL = /^(?:Governor|Mayor)$/
/** Words that end a region's name: "Primorsky Krai", "Heilongjiang Province", "Moscow Region". */
const REGION_END = /^(?:Krai|Oblast|Region|Province|Territory|Republic|Prefecture|Autonomous|Okrug|City|Municipality)$/

/**
 * Where the person's name starts after a region that no list holds: after the word that ends the region's
 * name ("Krai", "Province"), or, without one, before the run's last two words ("Moscow Sergey Sobyanin").
 * Null when the capitalised run is too short to hold a region and a name.
 */
function afterRegion(text: string, from: number): number | null {
  const ends: number[] = []
  let at = from
  let lastEnd: number | null = null
  for (let k = 0; k < 7; k++) {
    TOKEN.lastIndex = at === from ? at - 1 : at
    const m = TOKEN.exec(text)
    if (!m || !CAPITALISED.test(m[1]!)) break
    at = TOKEN.lastIndex
    ends.push(at)
    if (REGION_END.test(m[1]!)) lastEnd = at
  }
  if (lastEnd !== null) return lastEnd
  return ends.length >= 3 ? ends[ends.length - 3]! : null
}

function nameAt(text: string, from: number): TitledName | null {
  const words: string[] = []
  let at = from
  let start = -1
  while (words.length < 5) {
    TOKEN.lastIndex = at
    const m = TOKEN.exec(text)
    if (!m) break
    const possessive = POSSESSIVE.test(m[1]!)
    const word = possessive ? m[1]!.slice(0, -2) : m[1]!
    if (NOT_NAME.has(word) || !(CAPITALISED.test(word) || PARTICLE.test(word))) break
    if (start < 0) start = at + m[0].length - m[1]!.length
    words.push(word)
    at += m[0].length
    if (possessive) break
  }
  // A particle ("bin", "de") neither starts nor ends a name.
  while (words.length > 0 && PARTICLE.test(words[words.length - 1]!)) words.pop()
  if (words.length < 2 || PARTICLE.test(words[0]!)) return null
  const written = words.join(' ')
  return { name: written, span: [start, start + written.length] }
}
