import { z } from 'zod'
import shippedCountries from '../data/countries.json' with { type: 'json' }
import type { Side } from '../types.js'

/**
 * The countries parallax recognises (src/data/countries.json), validated once and compiled into a
 * matcher: which country names a text holds, and whether it names a given country at all.
 */

// Capitalised, as names are in readouts: the matcher only looks up words that start with A–Z.
const name = z.string().min(2).regex(/^[A-Z]/, 'expected a name starting with a capital letter A-Z')
const countrySchema = z.strictObject({
  /** ISO 3166-1 alpha-2, lower case; a slug for the two states that have none. */
  id: z.string().regex(/^(?:[a-z]{2}|[a-z]{3,}(?:-[a-z]+)*)$/),
  name,
  aliases: z.array(name),
  demonyms: z.array(name),
  side: z.enum(['ru', 'cn']).optional(),
  status: z.enum(['UN member', 'UN observer state', 'recognised by Russia']),
  note: z.string().optional(),
  source: z.string().min(1),
})
const fileSchema = z
  .strictObject({
    about: z.string(),
    countries: z.array(countrySchema).min(1),
    ambiguous: z.array(z.strictObject({ surface: name, countries: z.array(z.string()).min(2), note: z.string().optional() })),
    notCountries: z.array(z.strictObject({ phrase: name, note: z.string().optional() })),
  })
  .superRefine((file, ctx) => {
    // One surface, one meaning: a name listed twice would make the matcher's answer depend on order.
    const owner = new Map<string, string>()
    const claim = (surface: string, by: string, path: (string | number)[]) => {
      const key = foldKey(surface)
      const previous = owner.get(key)
      if (previous !== undefined && previous !== by) ctx.addIssue({ code: 'custom', path, message: `"${surface}" is listed for both ${previous} and ${by}` })
      owner.set(key, by)
    }
    const ids = new Set<string>()
    file.countries.forEach((c, k) => {
      if (ids.has(c.id)) ctx.addIssue({ code: 'custom', path: ['countries', k, 'id'], message: `id "${c.id}" is listed twice` })
      ids.add(c.id)
      for (const surface of [c.name, ...c.aliases, ...c.demonyms]) claim(surface, c.id, ['countries', k])
    })
    file.ambiguous.forEach((a, k) => {
      for (const id of a.countries) if (!ids.has(id)) ctx.addIssue({ code: 'custom', path: ['ambiguous', k, 'countries'], message: `unknown country id "${id}"` })
      claim(a.surface, `ambiguous "${a.surface}"`, ['ambiguous', k])
    })
    file.notCountries.forEach((n, k) => claim(n.phrase, `not a country "${n.phrase}"`, ['notCountries', k]))
  })

export type CountryFile = z.infer<typeof fileSchema>
export type CountryEntry = z.infer<typeof countrySchema>

/** One name found in a text. */
export interface CountryMention {
  /** `country`: one country (or a side); `ambiguous`: several; `not a country`: a phrase to ignore. */
  kind: 'country' | 'ambiguous' | 'not a country'
  /** The countries the name stands for (empty for `not a country`). */
  countries: readonly CountryEntry[]
  /** A flag emoji ("🇱🇦"). */
  flag: boolean
  /** 0-based, end exclusive, in the searched text. */
  start: number
  end: number
}

/** A compiled country list. */
export interface CountryList {
  entries: readonly CountryEntry[]
  byId(id: string): CountryEntry | undefined
  /** The side a country is, or null for every other country. */
  sideOf(entry: CountryEntry): Side | null
  /** Every name in the text, leftmost first, longest first, not overlapping. */
  find(text: string): CountryMention[]
  /**
   * Whether the text names the country in any form anywhere: its names, adjectives, an ambiguous
   * name that may stand for it ("Korean" for the DPRK), a plural ("Laotians"), its flag, even inside
   * a phrase that names no country ("Korean Peninsula"). Lenient on purpose: it decides
   * when *not* to object.
   */
  names(text: string, id: string): boolean
}

type Meaning = Pick<CountryMention, 'kind' | 'countries'>

/** Names word by word: a text is read one word at a time, and only names starting with that word are tried. */
interface TrieNode {
  meaning?: Meaning
  /** The name ends with a full stop ("U.S."), which is part of the mention. */
  stop?: boolean
  next?: Map<string, TrieNode>
}

const wordPattern = /[\p{L}\p{N}]+/gu

/** For each UTF-16 code unit: 0 not yet known, 1 a letter or digit, 2 neither. Names are read a character at a time. */
const wordCharCache = new Uint8Array(65_536)

function isWordCode(c: number): boolean {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true
  if (c < 0xc0) return false
  let known = wordCharCache[c]!
  if (known === 0) {
    known = /[\p{L}\p{N}]/u.test(String.fromCharCode(c)) ? 1 : 2
    wordCharCache[c] = known
  }
  return known === 1
}

/** Index just past the word starting at `start`. */
function wordEnd(text: string, start: number): number {
  let end = start
  while (end < text.length && isWordCode(text.charCodeAt(end))) end++
  return end
}

/**
 * Length of what may join two words of one name at `at`: spaces, one hyphen or dash, one apostrophe
 * ("People's"), or the stop of "U.S." / "St." with at most one space; 0 when nothing may.
 */
function joinLength(text: string, at: number): number {
  const c = text.charCodeAt(at)
  if (c === 32 || c === 9 || c === 0xa0) {
    let end = at + 1
    while (end < text.length && (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9 || text.charCodeAt(end) === 0xa0)) end++
    return end - at
  }
  // - ‐ ‑ – ' ’
  if (c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013 || c === 39 || c === 0x2019) return 1
  if (c === 46) return text.charCodeAt(at + 1) === 32 ? 2 : 1
  return 0
}

/** The first three UTF-16 units of a word (fewer if shorter) as one number; diacritics are not folded, so a non-ASCII unit maps to 127. */
function prefixCode(text: string, start: number, end: number): number {
  let code = 0
  for (let k = start; k < start + 3; k++) {
    const c = k < end ? text.charCodeAt(k) : 0
    code = code * 128 + (c < 128 ? c : 127)
  }
  return code
}

/** A word as the trie keys it: diacritics dropped ("Türkiye" = "Turkiye"), case kept. */
function wordKey(word: string): string {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return word.normalize('NFD').replace(/\p{M}/gu, '')
  return word
}

function foldKey(surface: string): string {
  return [...surface.matchAll(wordPattern)].map((m) => wordKey(m[0])).join(' ')
}

/** Regional indicator letters of a two-letter id: "la" → "🇱🇦". */
function flagOf(id: string): string | null {
  if (!/^[a-z]{2}$/.test(id)) return null
  return String.fromCodePoint(...[...id].map((c) => 0x1f1e6 + c.charCodeAt(0) - 97))
}

const isWordChar = (c: string | undefined) => c !== undefined && isWordCode(c.charCodeAt(0))

/** Validates a country file and compiles it. Throws one line naming the JSON path of the first mistake. */
export function compileCountryList(json: unknown, origin = 'src/data/countries.json'): CountryList {
  const parsed = fileSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new Error(`${origin}: ${issue.path.length ? issue.path.join('.') : 'top level'}: ${issue.message}`)
  }
  const file = parsed.data
  const byId = new Map(file.countries.map((c) => [c.id, c]))
  const root = new Map<string, TrieNode>()
  // The first three characters of every first word, as written and folded (the schema has every
  // name start with A–Z): a word whose start spells none ("Sergey", "Foreign", "On") costs no
  // string and no lookup.
  const prefixes = new Set<number>()
  const add = (surface: string, meaning: Meaning) => {
    const raw = [...surface.matchAll(wordPattern)].map((m) => m[0])
    for (const first of [raw[0]!, wordKey(raw[0]!)]) prefixes.add(prefixCode(first, 0, first.length))
    const words = raw.map(wordKey)
    let level = root
    let node: TrieNode | undefined
    for (const word of words) {
      node = level.get(word)
      if (!node) level.set(word, (node = {}))
      level = node.next ??= new Map()
    }
    if (node) {
      node.meaning = meaning
      if (surface.endsWith('.')) node.stop = true
    }
  }
  // Needles for `names`: every surface standing for a country, with both apostrophes and without diacritics.
  const needles = new Map<string, Set<string>>(file.countries.map((c) => [c.id, new Set<string>()]))
  const addNeedles = (id: string, surface: string) => {
    const plain = surface.normalize('NFD').replace(/\p{M}/gu, '')
    for (const s of [surface, plain]) for (const variant of [s, s.replace(/'/g, '’'), s.replace(/’/g, "'")]) needles.get(id)!.add(variant)
  }
  for (const c of file.countries) {
    for (const surface of [c.name, ...c.aliases, ...c.demonyms]) {
      add(surface, { kind: 'country', countries: [c] })
      addNeedles(c.id, surface)
    }
  }
  for (const a of file.ambiguous) {
    const countries = a.countries.map((id) => byId.get(id)!)
    add(a.surface, { kind: 'ambiguous', countries })
    for (const id of a.countries) addNeedles(id, a.surface)
  }
  for (const n of file.notCountries) add(n.phrase, { kind: 'not a country', countries: [] })

  // A needle that holds a shorter one as a whole word adds nothing ("Lao People's …" holds "Lao").
  const searchFor = new Map<string, string[]>()
  for (const [id, set] of needles) {
    const all = [...set].sort((a, b) => a.length - b.length)
    const kept: string[] = []
    for (const needle of all) if (!kept.some((k) => occursAsWords(needle, k))) kept.push(needle)
    const flag = flagOf(id)
    searchFor.set(id, flag ? [...kept, flag] : kept)
  }

  const flagPattern = /\p{Regional_Indicator}{2}/gu
  return {
    entries: file.countries,
    byId: (id) => byId.get(id),
    sideOf: (entry) => entry.side ?? null,
    find(text) {
      const out: CountryMention[] = []
      let i = 0
      while (i < text.length) {
        const c = text.charCodeAt(i)
        if (!isWordCode(c)) {
          i++
          continue
        }
        const end = wordEnd(text, i)
        // Every name starts with a capital A–Z, and few words start as one does: most words cost no string.
        const first = c >= 65 && c <= 90 && prefixes.has(prefixCode(text, i, end)) ? root.get(wordKey(text.slice(i, end))) : undefined
        if (!first) {
          i = end
          continue
        }
        // The longest name wins: walk on while the words still spell some name.
        let node: TrieNode | undefined = first
        let found = first.meaning ? first : undefined
        let foundEnd = end
        let at = end
        while (node?.next) {
          const gap = joinLength(text, at)
          if (gap === 0 || !isWordCode(text.charCodeAt(at + gap))) break
          const next = wordEnd(text, at + gap)
          node = node.next.get(wordKey(text.slice(at + gap, next)))
          at = next
          if (node?.meaning) {
            found = node
            foundEnd = next
          }
        }
        if (!found?.meaning) {
          i = end
          continue
        }
        if (found.stop && text.charCodeAt(foundEnd) === 46) foundEnd++
        // Fields by hand: an object spread here took most of the time.
        out.push({ kind: found.meaning.kind, countries: found.meaning.countries, flag: false, start: i, end: foundEnd })
        i = foundEnd
      }
      // Flags, rarely present: a quick test first.
      if (/\p{Regional_Indicator}/u.test(text)) {
        for (const m of text.matchAll(flagPattern)) {
          const letters = [...m[0]].map((f) => String.fromCharCode(f.codePointAt(0)! - 0x1f1e6 + 97)).join('')
          const country = byId.get(letters)
          if (country) out.push({ kind: 'country', countries: [country], flag: true, start: m.index, end: m.index + m[0].length })
        }
        out.sort((a, b) => a.start - b.start)
      }
      return out
    },
    names(text, id) {
      for (const needle of searchFor.get(id) ?? []) {
        const flag = needle.codePointAt(0)! >= 0x1f1e6
        for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
          if (flag || (!isWordChar(text[at - 1]) && endsWord(text, at + needle.length))) return true
        }
      }
      return false
    },
  }
}

/** Whether a word ends at `at`, allowing a plural "s" ("Laotians", "Iranians"). */
function endsWord(text: string, at: number): boolean {
  return !isWordChar(text[at]) || (text[at] === 's' && !isWordChar(text[at + 1]))
}

/** Whether `short` occurs in `long` with no letter or digit right before or after it. */
function occursAsWords(long: string, short: string): boolean {
  for (let at = long.indexOf(short); at >= 0; at = long.indexOf(short, at + 1)) {
    if (!isWordChar(long[at - 1]) && !isWordChar(long[at + short.length])) return true
  }
  return false
}

let shipped: CountryList | undefined

/** The shipped country list (compiled on first use). Throws if src/data/countries.json is broken. */
export function countryList(): CountryList {
  shipped ??= compileCountryList(shippedCountries)
  return shipped
}
