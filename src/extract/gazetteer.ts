import { z } from 'zod'
import shippedPeople from '../data/people.json' with { type: 'json' }
import shippedPlaces from '../data/places.json' with { type: 'json' }
import type { Side, Span } from '../types.js'

/**
 * The people and places parallax recognises, compiled once into one regular expression each.
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
  country: z.string().regex(/^[a-z]{2}$/),
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
 * Compiles entries into one sticky regular expression per first word. Scanning the text word by
 * word and trying only the aliases that start with that word keeps the cost linear in the text
 * (one alternation of ~600 aliases tried at every character ran at 350 accounts/s). Within a
 * first word, aliases are sorted longest first, and JS alternation takes the first alternative that
 * matches, so the longest alias wins ("Foreign Minister Sergey Lavrov" is one hit, not "Lavrov").
 * A letter or digit right after a hit blocks it ("Ufa" in "Ufaz"); word scanning blocks one before.
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
  const sticky = new Map<string, RegExp>()
  for (const [word, surfaces] of byFirstWord) {
    const body = surfaces
      .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
      .map(aliasPattern)
      .join('|')
    sticky.set(word, new RegExp(`(?:${body})(?![\\p{L}\\p{N}])`, caseSensitive ? 'uy' : 'uiy'))
  }
  // Only words that can open an alias are looked up: capitalised ones, and the few lower-case
  // first words the aliases have ("el-Sisi"). Most words of a text are skipped by the regex engine.
  const lowerFirsts = [...new Set([...bySurface.keys()].map(firstWord).filter((w) => w !== '' && /^\p{Ll}/u.test(originalFirst.get(w) ?? w)))]
  const lowerAlt = lowerFirsts.length > 0 ? `|(?<![\\p{L}\\p{N}])(?:${lowerFirsts.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])` : ''
  const WORD = new RegExp(`[\\p{Lu}\\p{N}](?<![\\p{L}\\p{N}][\\p{Lu}\\p{N}])[\\p{L}\\p{N}]*${lowerAlt}`, 'gu')

  return {
    entries,
    find(text: string): Mention<E>[] {
      const out: Mention<E>[] = []
      let after = 0
      for (const w of text.matchAll(WORD)) {
        if (w.index < after) continue
        const re = sticky.get(w[0].toLowerCase())
        if (re === undefined) continue
        re.lastIndex = w.index
        const m = re.exec(text)
        if (m === null) continue
        const surface = m[0]
        // Case-insensitive people matching still ignores all-lower-case hits ("trump card").
        if (!caseSensitive && surface === surface.toLowerCase()) continue
        const entry = bySurface.get(fold(surface))
        if (entry === undefined) continue
        out.push({ entry, span: [w.index, w.index + surface.length], surface })
        after = w.index + surface.length
      }
      return out
    },
    lookup(surface: string): E | undefined {
      return bySurface.get(fold(surface))
    },
  }
}

let people: Gazetteer<PersonEntry> | undefined
let places: Gazetteer<PlaceEntry> | undefined

/** The shipped people gazetteer (compiled on first use). Throws if src/data/people.json is broken. */
export function peopleGazetteer(): Gazetteer<PersonEntry> {
  people ??= compile(z.array(personSchema).parse(shippedPeople.people), false)
  return people
}

/** The shipped places gazetteer (compiled on first use). Place names are matched case-sensitively. */
export function placesGazetteer(): Gazetteer<PlaceEntry> {
  places ??= compile(z.array(placeSchema).parse(shippedPlaces.places), true)
  return places
}

/** `ru` or `cn` for a person of either ministry's country, else null. */
export function sideOfPerson(person: PersonEntry): Side | null {
  return person.country === 'ru' || person.country === 'cn' ? person.country : null
}
