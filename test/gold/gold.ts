import { readFileSync } from 'node:fs'
import { speakerKey } from '../../src/analyse/attribution.js'
import { compileLexicon, defaultLexicon, findThemeHits, type Account, type AlignedEvent } from '../../src/index.js'
import { placesGazetteer } from '../../src/extract/gazetteer.js'

/** A hand annotation in the schema of ../shared/gold/seeds.json. */
export interface GoldAccount {
  id: string
  file: string
  n: number
  side: 'ru' | 'cn'
  event: string
  /** Null where the annotator could fix only a window (`date_window`). */
  event_date: string | null
  /** 'relative': a day named from the publication date ("Yesterday"), which must be found exactly. */
  date_in_text: 'full' | 'month-day' | 'relative' | 'none'
  date_window?: [string, string]
  place: string | null
  kind: string
  participants: string[]
  counts?: Record<string, number>
  /** For some counted terms, who said each mention: "narrator", "journalist" or a person's canonical name. */
  speakers?: Record<string, Record<string, number>>
}

export interface Gold {
  documents: GoldAccount[]
  cross_side_pairs: [string, string][]
  same_side_groups: string[][]
  hard_negatives: { pair: [string, string]; why: string }[]
  term_totals_after_dedup?: { ru: Record<string, number>; cn: Record<string, number> }
}

/** The hand annotation of the seed files, shipped beside the repository in ../shared/gold/seeds.json. */
export const GOLD_PATH = new URL('../../../shared/gold/seeds.json', import.meta.url)

export function loadGold(path: URL = GOLD_PATH): Gold {
  return JSON.parse(readFileSync(path, 'utf8')) as Gold
}

/** Gold count keys are words ("belt and road"); theme ids are slugs ("belt-and-road"), "the west" is "west". */
export function themeIdOfGoldKey(key: string): string {
  return key === 'the west' ? 'west' : key.replace(/\s+/g, '-')
}

const shippedLexicon = compileLexicon(defaultLexicon())

const shippedThemes = new Set(shippedLexicon.themes.map((t) => t.theme.id))

/** The theme counts check: every term the gold counts that is a theme of the shipped lexicon, counted alike. */
export function countsMiss(g: GoldAccount, a: Account): string | null {
  const hits = findThemeHits(a, shippedLexicon)
  const count = (key: string) => hits.filter((h) => h.theme === themeIdOfGoldKey(key)).length
  const wrong = Object.entries(g.counts ?? {}).filter(([key, n]) => shippedThemes.has(themeIdOfGoldKey(key)) && count(key) !== n)
  return wrong.length === 0 ? null : wrong.map(([key, n]) => `${key} ${count(key)} ≠ ${n}`).join(', ')
}

/** The attribution check: who says each mention of the terms the gold attributes (the narrator is parallax's "unattributed"). */
export function speakersMiss(g: GoldAccount, a: Account): string | null {
  const hits = findThemeHits(a, shippedLexicon)
  const wrong: string[] = []
  const form = (tally: Record<string, number>) => JSON.stringify(Object.entries(tally).filter(([, n]) => n > 0).sort())
  // Some annotators list only who speaks besides the narrator: then the narrator's mentions are not compared.
  const narrated = Object.values(g.speakers ?? {}).some((tally) => 'narrator' in tally)
  for (const [key, want] of Object.entries(g.speakers ?? {})) {
    if (!shippedThemes.has(themeIdOfGoldKey(key))) continue
    const got: Record<string, number> = {}
    for (const hit of hits.filter((h) => h.theme === themeIdOfGoldKey(key))) {
      const who = speakerKey(a.sentences[hit.sentence]?.speaker)
      const name = who === 'unattributed' ? 'narrator' : who
      if (name !== 'narrator' || narrated) got[name] = (got[name] ?? 0) + 1
    }
    if (form(got) !== form(want)) wrong.push(`${key} ${form(got)} ≠ ${form(want)}`)
  }
  return wrong.length === 0 ? null : wrong.join('; ')
}

export interface FieldScore {
  field: string
  right: number
  total: number
  misses: string[]
}

/** How many gold accounts `check` finds right (it returns null) and, for the others, why not. */
export function score(
  field: string,
  docs: readonly GoldAccount[],
  byId: ReadonlyMap<string, Account>,
  check: (gold: GoldAccount, account: Account) => string | null,
): FieldScore {
  const misses: string[] = []
  for (const g of docs) {
    const account = byId.get(g.id)
    const miss = account ? check(g, account) : 'missing account'
    if (miss) misses.push(`${g.id}: ${miss}`)
  }
  return { field, right: docs.length - misses.length, total: docs.length, misses }
}

export function printTable(title: string, rows: readonly FieldScore[]): void {
  const lines = rows.map((r) => `${r.field.padEnd(14)} ${String(r.right).padStart(3)}/${String(r.total).padEnd(3)} ${(r.right / r.total).toFixed(3)}`)
  console.log([`${title} (field, right/total, accuracy)`, ...lines].join('\n'))
}

/**
 * The date check: the gold day where the text gives one (with or without its year); where it gives
 * none, the gold day itself (not claimed as stated) or a window inside the gold window that holds it
 * (an annotator who gives no window fixes the day; one who gives no day, only the window).
 */
export function dateMiss(g: GoldAccount, a: Account): string | null {
  const d = a.facts.date
  if (g.date_in_text !== 'none' && g.event_date !== null) return d.value === g.event_date ? null : `${d.value} (${d.precision}: ${d.reason})`
  if (g.event_date !== null && d.value === g.event_date && d.precision !== 'stated') return null
  const [from, to] = d.window ?? []
  const [goldFrom, goldTo] = g.date_window ?? [g.event_date!, g.event_date!]
  const holdsDay = g.event_date === null || (from !== undefined && to !== undefined && from <= g.event_date && g.event_date <= to)
  const inside = from !== undefined && to !== undefined && from >= goldFrom && to <= goldTo && holdsDay
  return inside ? null : `window ${d.window?.join('..')} value ${d.value} (${d.precision}: ${d.reason})`
}

/** A stated date needs day, month and year in the text: where the gold says one is missing, it must not be claimed. */
export function precisionMiss(g: GoldAccount, a: Account): string | null {
  return a.facts.date.precision === 'stated' ? `stated, but the text gives ${g.date_in_text === 'none' ? 'no date' : 'no year'}` : null
}

export function placeMiss(g: GoldAccount, a: Account): string | null {
  // An annotator's spelling of a gazetteer place ("St. Petersburg") is that place.
  const gold = g.place === null ? null : (placesGazetteer().lookup(g.place)?.name ?? g.place)
  return a.facts.place.value === gold ? null : `${a.facts.place.value} (${a.facts.place.reason})`
}

/** Gold kinds that name a genre parallax files under another kind: mid.ru's "remarks and answers to media questions", consultations (talks). */
// Annotators' names for what parallax calls otherwise: a spokesperson's briefing is its press conference.
const KIND_EQUIVALENTS: Record<string, readonly string[]> = {
  'press remarks': ['press conference', 'remarks'],
  consultations: ['talks'],
  briefing: ['press conference'],
  'joint statement': ['statement'],
  // A parade or a gala some annotators file under "other" and others as a ceremony, which parallax has.
  other: ['ceremony'],
}

export function kindMiss(g: GoldAccount, a: Account): string | null {
  const kind = a.facts.kind.value
  return kind === g.kind || KIND_EQUIVALENTS[g.kind]?.includes(kind) ? null : `${kind} (${a.facts.kind.reason})`
}

export function participantsMiss(g: GoldAccount, a: Account): string | null {
  const missing = g.participants.filter((p) => !a.facts.participants.includes(p))
  return missing.length === 0 ? null : `missing ${missing.join(', ')}`
}

/** Cross-side pairs found against the gold ones. */
export function pairScores(events: readonly AlignedEvent[], gold: Gold): { precision: number; recall: number; found: number; missed: string[]; wrong: string[] } {
  const goldPairs = new Set(gold.cross_side_pairs.map((p) => [...p].sort().join(' ')))
  const found = events.flatMap((e) => e.ru.flatMap((r) => e.cn.map((c) => [r, c].sort().join(' '))))
  const truePositives = found.filter((p) => goldPairs.has(p)).length
  return {
    precision: found.length === 0 ? 0 : truePositives / found.length,
    recall: truePositives / goldPairs.size,
    found: found.length,
    missed: [...goldPairs].filter((p) => !found.includes(p)),
    wrong: found.filter((p) => !goldPairs.has(p)),
  }
}
