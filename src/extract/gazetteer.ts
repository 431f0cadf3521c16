import { z } from 'zod'
import shippedPeople from '../data/people.json' with { type: 'json' }
import shippedPlaces from '../data/places.json' with { type: 'json' }
import type { Side, Span } from '../types.js'
import { foldedHash, isLetterOrDigitAt, NOT_ASCII, WordRuns } from './word-runs.js'

/**
 * The people and places parallax recognises, each list compiled once into a matcher.
 * The lists are data (src/data/people.json, src/data/places.json), each entry with its source.
 */

const personSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(2),
  aliases: z.array(z.string().min(2)),
  /** ISO 3166-1 alpha-2, lower case. */
  country: z.string().regex(/^[a-z]{2}$/),
  role: z.string(),
  note: z.string().optional(),
  source: z.string().min(1),
})
const placeSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(2),
  aliases: z.array(z.string().min(2)),
  /** Buildings that stand for the city in readouts ("the Kremlin"): matched like aliases. */
  landmarks: z.array(z.string().min(2)).optional(),
  /**
   * What news agencies' datelines call the city where no text would ("UNITED NATIONS, Sept. 21 (Xinhua)"
   * is New York): looked up in datelines only, as "at the United Nations" in a sentence is no place.
   */
  datelines: z.array(z.string().min(2)).optional(),
  country: z.string().regex(/^[a-z]{2}$/),
  /** The areas the place lies in, as readouts name them ("Nusa Dua" is in "Bali"): a place agrees with them in alignment. */
  within: z.array(z.string().min(2)).optional(),
  kind: z.enum(['capital', 'city']),
  note: z.string().optional(),
  source: z.string().min(1),
})

export type PersonEntry = z.infer<typeof personSchema>
export type PlaceEntry = z.infer<typeof placeSchema>

/** One gazetteer hit: the canonical entry and where its surface form sits in the searched string. */
export interface Mention<E> {
  entry: E
  /** In the string that was searched: 0-based, end exclusive. */
  span: Span
  surface: string
}

/** A compiled list: `find` returns every non-overlapping mention, leftmost first, longest alias first. */
export interface Gazetteer<E> {
  entries: readonly E[]
  find(text: string): Mention<E>[]
  /** The entry whose name or alias equals `surface` (case-insensitive, spaces folded), else undefined. */
  lookup(surface: string): E | undefined
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const fold = (s: string) => s.normalize('NFC').toLowerCase().replace(/[’']/g, "'").replace(/[\s\-‐–]+/g, ' ').trim()

/** A space or hyphen in an alias matches any run of spaces or hyphens; an apostrophe matches ' or ’. */
function aliasPattern(alias: string): string {
  return alias
    .normalize('NFC')
    .split(/[\s\-‐]+/)
    .map((part) => escapeRegExp(part).replace(/['’]/g, "['’]"))
    .join('[\\s\\-‐]+')
}

/** The first run of letters or digits, folded: the key under which an alias is indexed ("St. Petersburg" → "st"). */
const firstWord = (s: string) => (/[\p{L}\p{N}]+/u.exec(s.normalize('NFC'))?.[0] ?? '').toLowerCase()

/**
 * Compiles every alias into a sticky regular expression, grouped by the alias's first word.
 * Scanning the text word by word and trying only the aliases that start with that word keeps the
 * cost linear in the text (one alternation of ~600 aliases tried at every character ran at 350
 * accounts/s). Within a first word, aliases are tried longest first and the first that matches
 * wins ("Foreign Minister Sergey Lavrov" is one hit, not "Lavrov"). A letter or digit right after a
 * hit blocks it ("Ufa" in "Ufaz"); word scanning blocks one before.
 */
function compile<E extends { name: string; aliases: string[] }>(
  entries: readonly E[],
  caseSensitive: boolean,
): Gazetteer<E> {
  const bySurface = new Map<string, E>()
  const byFirstWord = new Map<string, string[]>()
  /** First word of the aliases as written; lower case if any alias starts lower case. */
  const originalFirst = new Map<string, string>()
  for (const entry of entries) {
    for (const surface of [entry.name, ...entry.aliases]) {
      const key = fold(surface)
      const previous = bySurface.get(key)
      if (previous !== undefined && previous !== entry) {
        throw new Error(`gazetteer: alias "${surface}" names both "${previous.name}" and "${entry.name}"`)
      }
      if (!originalFirst.has(firstWord(surface)) || /^\p{Lu}/u.test(originalFirst.get(firstWord(surface))!)) {
        originalFirst.set(firstWord(surface), /[\p{L}\p{N}]+/u.exec(surface.normalize('NFC'))?.[0] ?? '')
      }
      if (previous === undefined) {
        const group = byFirstWord.get(firstWord(surface)) ?? []
        group.push(surface)
        byFirstWord.set(firstWord(surface), group)
      }
      bySurface.set(key, entry)
    }
  }
  // One small regex per alias rather than one alternation per first word: the word boundary after
  // a hit is checked in code, so no regex carries a `\p{L}` class, which made compiling them cost
  // half a second per process. An alias ending in a space or hyphen keeps the lookahead in its
  // regex, as its trailing run of separators may have to give back characters to pass it.
  const flags = caseSensitive ? 'uy' : 'uiy'
  const aliasesByFirstWord = new Map<string, RegExp[]>()
  for (const [word, surfaces] of byFirstWord) {
    const sorted = surfaces.sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    aliasesByFirstWord.set(
      word,
      sorted.map((alias) => new RegExp(aliasPattern(alias) + (/[\s\-‐]$/.test(alias) ? '(?![\\p{L}\\p{N}])' : ''), flags)),
    )
  }
  // Only words that can open an alias are looked up: capitalised ones, and the few lower-case
  // first words the aliases have ("el-Sisi").
  const lowerFirsts = [...new Set([...bySurface.keys()].map(firstWord).filter((w) => w !== '' && /^\p{Ll}/u.test(originalFirst.get(w) ?? w)))]
  return new CompiledGazetteer(entries, caseSensitive, bySurface, aliasesByFirstWord, lowerFirsts)
}

/** The matcher `compile` builds: its tables, and the word-by-word scan of a text. */
class CompiledGazetteer<E> implements Gazetteer<E> {
  /**
   * `foldedHash` of every first word. Most words open no alias ("The", "Russia"), and this tells so
   * from the text in place, before a lower-cased copy of the word is made for the lookup.
   */
  private readonly firstWordHashes: Set<number>
  /** Hits repeat ("Lavrov", "Wang Yi"): each written form is settled once. Bounded, as the input is not. */
  private readonly entryBySurface = new Map<string, E | undefined>()

  constructor(
    readonly entries: readonly E[],
    private readonly caseSensitive: boolean,
    /** Entries by folded name or alias. */
    private readonly bySurface: ReadonlyMap<string, E>,
    /** Sticky regexes of the aliases, longest first, by folded first word. */
    private readonly aliasesByFirstWord: ReadonlyMap<string, readonly RegExp[]>,
    /** First words written in lower case ("el" of "el-Sisi"). */
    private readonly lowerFirsts: readonly string[],
  ) {
    this.firstWordHashes = new Set([...aliasesByFirstWord.keys()].map((w) => foldedHash(w, 0, w.length)))
  }

  find(original: string): Mention<E>[] {
    const text = spelledOutHashtags(original)
    const out: Mention<E>[] = []
    let after = 0
    const word = new WordRuns(text)
    while (word.next()) {
      const start = word.start
      if (start < after || !this.mayOpenAlias(text, start, word.end, word.capitalised)) continue
      const aliases = this.aliasesByFirstWord.get(text.slice(start, word.end).toLowerCase())
      if (aliases === undefined) continue
      const end = aliasEnd(text, start, aliases)
      if (end < 0) continue
      const surface = text.slice(start, end)
      const entry = this.entryOf(surface)
      if (entry === undefined) continue
      out.push({ entry, span: [start, end], surface })
      after = end
    }
    return out
  }

  lookup(surface: string): E | undefined {
    return this.bySurface.get(fold(surface))
  }

  /** Whether the word run [start, end) can be the first word of an alias (false means surely not). */
  private mayOpenAlias(text: string, start: number, end: number, capitalised: boolean): boolean {
    if (capitalised) {
      const hash = foldedHash(text, start, end)
      return hash === NOT_ASCII || this.firstWordHashes.has(hash)
    }
    for (const w of this.lowerFirsts) if (w.length === end - start && text.startsWith(w, start)) return true
    return false
  }

  /**
   * The entry a hit names; undefined for a case-insensitive hit in all lower case ("trump card"), or a
   * short one in capitals: "XI" is a numeral ("the XI Forum"), "Xi" the president.
   */
  private entryOf(surface: string): E | undefined {
    if (this.entryBySurface.has(surface)) return this.entryBySurface.get(surface)
    if (this.entryBySurface.size >= 10_000) this.entryBySurface.clear()
    const miscased = !this.caseSensitive && (surface === surface.toLowerCase() || (surface.length <= 3 && surface === surface.toUpperCase()))
    const entry = miscased ? undefined : this.bySurface.get(fold(surface))
    this.entryBySurface.set(surface, entry)
    return entry
  }
}

/** A hashtag of two capitalised words: "#WangYi", "#XiJinping". */
const CAMEL_HASHTAG = /(?<![\p{L}\p{N}_])#(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}_])/gu

/**
 * The text with "#WangYi" read as "Wang Yi", as Xinhua's and CGTN's posts tag the people they name: the
 * same length, so a mention's span still points at the hashtag in the text.
 */
export function spelledOutHashtags(text: string): string {
  return text.includes('#') ? text.replace(CAMEL_HASHTAG, '$1 $2') : text
}

/**
 * End of the first (longest) alias that starts at `start` and ends its word, else -1: not followed by a
 * letter or digit, nor by an apostrophe that goes on with a word other than a possessive ("Xi'an", not "Xi's").
 */
function aliasEnd(text: string, start: number, aliases: readonly RegExp[]): number {
  for (const re of aliases) {
    re.lastIndex = start
    if (re.test(text) && !isLetterOrDigitAt(text, re.lastIndex) && !WORD_GOES_ON.test(text.slice(re.lastIndex, re.lastIndex + 4))) return re.lastIndex
  }
  return -1
}

const WORD_GOES_ON = /^['’](?![sS](?![\p{L}\p{N}]))[\p{L}\p{N}]/u

let people: Gazetteer<PersonEntry> | undefined
let places: Gazetteer<PlaceEntry> | undefined

/** The shipped people gazetteer (compiled on first use). Throws if src/data/people.json is broken. */
export function peopleGazetteer(): Gazetteer<PersonEntry> {
  people ??= compile(z.array(personSchema).parse(shippedPeople.people), false)
  return people
}

/**
 * The shipped places gazetteer (compiled on first use). Place names are matched case-sensitively;
 * a city's landmarks are matched as its aliases (`isLandmark` tells them apart).
 */
export function placesGazetteer(): Gazetteer<PlaceEntry> {
  places ??= compile(
    z.array(placeSchema)
      .parse(shippedPlaces.places)
      .map((e) => ({ ...e, aliases: [...e.aliases, ...(e.landmarks ?? [])] })),
    true,
  )
  return places
}

/** The place whose dateline name `name` is ("United Nations" → New York), matched without case. */
export function placeOfDateline(name: string): PlaceEntry | undefined {
  const folded = name.toLowerCase()
  return placesGazetteer().entries.find((e) => e.datelines?.some((d) => d.toLowerCase() === folded))
}

/** Whether a hit of the places gazetteer is one of its city's landmarks ("Kremlin") rather than a name. */
export function isLandmark(mention: Mention<PlaceEntry>): boolean {
  const surface = mention.surface.replace(/[\s\-‐]+/g, ' ')
  return mention.entry.landmarks?.includes(surface) ?? false
}

/** `ru` or `cn` for a person of either ministry's country, else null. */
export function sideOfPerson(person: PersonEntry): Side | null {
  return person.country === 'ru' || person.country === 'cn' ? person.country : null
}
