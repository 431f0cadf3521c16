import { countryList, type CountryList, type CountryMention } from './countries.js'

/**
 * The counterpart countries of a readout: the countries, Russia and China aside, whose officials
 * its head (`headText`) says the meeting was with. Only names in a counterpart's place count:
 *
 * - after an office: "Foreign Minister of the Lao People's Democratic Republic", "Minister of Foreign
 *   Affairs of Mongolia", "ambassadors of the Republic of Kazakhstan";
 * - before one: "Lao Deputy Prime Minister", "Mongolia's Foreign Minister", "his Iranian counterpart";
 * - joined to a side in a relationship: "Russia-Laos strategic partnership", "China-Mongolia-Russia
 *   foreign ministers' meeting";
 * - a flag: "🇷🇺🇱🇦";
 * - the rest of a list begun in one of those places: "of Kazakhstan, the Kyrgyz Republic and Tajikistan".
 *
 * Everything else is a place or a topic, not a counterpart: "in Vientiane, Laos", "his visit to the
 * United States", "the Ukraine crisis", "Iran's nuclear programme". Missing a counterpart costs
 * nothing (the pair is judged as before); inventing one would split a true pair, so the rules stay narrow.
 */
export function counterpartCountries(head: string, list: CountryList = countryList()): string[] {
  const mentions = list.find(head)
  const ids: string[] = []
  let previousCounted = false
  for (let k = 0; k < mentions.length; k++) {
    const mention = mentions[k]!
    if (mention.kind === 'not a country') {
      previousCounted = false
      continue
    }
    const country = mention.kind === 'country' && list.sideOf(mention.countries[0]!) === null ? mention.countries[0]! : null
    // A side or an ambiguous name is never a counterpart country; it matters only as the start of
    // a list ("Foreign Ministers of Russia, Türkiye and Iran"), so its place is read only then.
    const next = mentions[k + 1]
    const matters = country !== null || (next !== undefined && continuesList(head.slice(mention.end, next.start)))
    const counted: boolean =
      matters &&
      (mention.flag ||
        officeBefore(head, mention.start) ||
        officeAfter(head, mention.end) ||
        joinedToSide(head, k, mentions, list) ||
        (previousCounted && continuesList(head.slice(mentions[k - 1]!.end, mention.start))))
    previousCounted = counted
    if (counted && country !== null && !ids.includes(country.id)) ids.push(country.id)
  }
  return ids
}

/** Offices and groups whose country follows "of": the words a readout puts before a counterpart's country. */
const offices =
  'Minister|Ministers|Ministry|Affairs|President|Vice-President|Premier|Chancellor|King|Queen|Emir|Amir|Sultan|Prince|Sheikh|' +
  'Secretary|Ambassador|Ambassadors|ambassador|ambassadors|Envoy|envoy|Chairman|Chairwoman|Chairperson|Chair|Speaker|Leader|leader|' +
  'leaders|Head|head|heads|Government|government|Parliament|delegation|delegations|Delegation|representatives|Representative'

// "<office> of (the) [up to four capitalised words, "of (the)"] <country>": "President of the Republic of Kazakhstan".
const officeOfPattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${offices})\\s+of\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s+(?:of\\s+(?:the\\s+)?)?){0,4}$`, 'u')

function officeBefore(head: string, start: number): boolean {
  return officeOfPattern.test(head.slice(Math.max(0, start - 120), start))
}

/** Offices that follow a country's name or adjective: "Lao Foreign Minister", "Iranian counterpart". */
const officesAfter =
  'Minister|Ministers|Ministry|President|Vice-President|Premier|Chancellor|King|Queen|Emir|Amir|Sultan|Prince|Sheikh|Secretary|' +
  'Ambassador|Envoy|Chairman|Chairwoman|Chairperson|Speaker|Leader|leader|leaders|leadership|counterpart|counterparts|colleague|colleagues|' +
  'delegation|Delegation|Government|government|Parliament'

// Possessive, then up to three capitalised words ("Deputy Prime", "Acting Foreign"), then the office.
const officeAfterPattern = new RegExp(`^(?:['’]s?)?\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}(?:${officesAfter})(?![\\p{L}\\p{N}])`, 'u')

function officeAfter(head: string, end: number): boolean {
  return officeAfterPattern.test(head.slice(end, end + 80))
}

/** Words after "Russia-Laos" that make it a relationship, not a conflict ("Russia-Ukraine conflict"). */
const relationPattern =
  /^\s+(?:(?:strategic|comprehensive|bilateral|trilateral|joint|intergovernmental|foreign|ministers['’]?)\s+)*(?:relations|ties|partnership|cooperation|interaction|friendship|talks|consultations|meeting|summit|dialogue|commission|years?)(?![\p{L}\p{N}])/iu

const dashPattern = /^\s?[-‐‑–—]\s?$/

/**
 * A country in a hyphenated chain with a side, followed by a relationship: "China-Mongolia-Russia
 * foreign ministers' meeting" counts for Mongolia.
 */
function joinedToSide(head: string, index: number, mentions: readonly CountryMention[], list: CountryList): boolean {
  let first = index
  while (first > 0 && dashPattern.test(head.slice(mentions[first - 1]!.end, mentions[first]!.start))) first--
  let last = index
  while (last + 1 < mentions.length && dashPattern.test(head.slice(mentions[last]!.end, mentions[last + 1]!.start))) last++
  if (first === last) return false
  const chain = mentions.slice(first, last + 1)
  if (!chain.some((m) => m.kind === 'country' && list.sideOf(m.countries[0]!) !== null)) return false
  return relationPattern.test(head.slice(chain[chain.length - 1]!.end, chain[chain.length - 1]!.end + 60))
}

/** ", ", ", the ", " and ", ", and the ": what separates the names of one list. */
function continuesList(gap: string): boolean {
  return /^(?:,\s*|\s+and\s+|,\s+and\s+)(?:the\s+)?$/.test(gap)
}
