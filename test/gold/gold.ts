import { readFileSync } from 'node:fs'

/** The hand annotation of the seed files, shipped beside the repository in ../shared/gold/seeds.json. */
export interface GoldAccount {
  id: string
  file: string
  n: number
  side: 'ru' | 'cn'
  event: string
  event_date: string
  date_in_text: 'full' | 'month-day' | 'none'
  date_window?: [string, string]
  place: string | null
  kind: string
  participants: string[]
  counts?: Record<string, number>
}

export interface Gold {
  documents: GoldAccount[]
  cross_side_pairs: [string, string][]
  same_side_groups: string[][]
  hard_negatives: { pair: [string, string]; why: string }[]
  term_totals_after_dedup: { ru: Record<string, number>; cn: Record<string, number> }
}

export const GOLD_PATH = new URL('../../../shared/gold/seeds.json', import.meta.url)

export function loadGold(): Gold {
  return JSON.parse(readFileSync(GOLD_PATH, 'utf8')) as Gold
}

/** Gold count keys are words ("belt and road"); theme ids are slugs ("belt-and-road"). */
export function themeIdOfGoldKey(key: string): string {
  return key.replace(/\s+/g, '-')
}
