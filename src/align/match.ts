import type { AccountFeatures } from './features.js'
import type { AlignSettings } from './options.js'
import { isCall } from '../extract/kind.js'
import { pairKey, type ResolvedOverrides } from './overrides.js'
import { issuedAt, type PairAssessment } from './score-pair.js'

/** A scored candidate pair (indices into the features). */
export interface ScoredPair {
  a: number
  b: number
  assessment: PairAssessment
}

/** Why two accounts ended up in one unit. */
export interface Link extends ScoredPair {
  kind: 'same side' | 'cross side'
  /** Why the pair was joined where its score alone would not have joined it. */
  note?: string
}

/** Accounts grouped as one event. */
export interface Unit {
  /** Indices, in the order they joined. */
  members: number[]
  links: Link[]
  /** Formed by an analyst's confirm list. */
  confirmed: boolean
}

/**
 * Same-side copies: the same readout published twice (000:1 release and 001:4 Telegram post). They
 * share principals, a date (a day apart at most; within the window when one gives only a window)
 * and most of their wording. Two readouts of different calls between the same ministers share
 * stock phrases too, hence the high bar on similarity; a lower one (`minCorroboratedSimilarity`)
 * where the two agree on the very day, a stated place (for two calls: the kind of call) and the kind
 * as well: a page and the channel's own retelling of it, or the readout of talks and the opening
 * remarks made at them.
 */
export function isSameSideCopy(pair: ScoredPair, settings: AlignSettings, features: readonly AccountFeatures[]): boolean {
  const x = pair.assessment
  const a = features[pair.a]!.range
  const b = features[pair.b]!.range
  const points = a !== null && b !== null && a.from === a.to && b.from === b.to
  // kindScore 0.5 is the same kind; a call has no place (extract/place.ts), so for two calls that stands in for it.
  const corroborated = points && x.dateGap === 0 && x.kindScore >= 0.5 && (x.placeScore > 0 || isCall(features[pair.a]!.kind))
  return (
    x.confidence >= settings.minConfidence &&
    x.similarity >= (corroborated ? settings.minCorroboratedSimilarity : settings.minSameSideSimilarity) &&
    x.dateGap !== null &&
    x.dateGap <= (points ? 1 : 0) &&
    x.onlyACount === 0 &&
    x.onlyBCount === 0 &&
    x.kindScore >= 0
  )
}

/**
 * A joint statement and talks that may have issued it (either way round): Russia–China talks on its day, in
 * no other place, with no other country.
 */
export function isIssuingPair(pair: ScoredPair, features: readonly AccountFeatures[]): boolean {
  const a = features[pair.a]!
  const b = features[pair.b]!
  const [statement, talks] = issuedAt(a, b) ? [a, b] : issuedAt(b, a) ? [b, a] : [null, null]
  if (statement === null || talks === null) return false
  const x = pair.assessment
  const points = statement.range !== null && statement.range.from === statement.range.to && talks.range !== null && talks.range.from === talks.range.to
  return talks.russiaChina && points && x.dateGap === 0 && x.placeScore >= 0 && x.countryScore >= 0
}

/**
 * Groups accounts into units, deterministically:
 * 1. confirm lists seed units;
 * 2. same-side copies join, best first, only when every pair of same-side accounts in the merged
 *    unit is itself a copy (complete linkage: no chaining A≈B≈C into one when A and C differ);
 * 3. cross-side: best first, a unit with only Russian accounts joins a unit with only Chinese ones
 *    when their best pair reaches `minConfidence`: 1:1, and a unit holding both sides is closed;
 * 4. a joint statement still alone joins the one event of its day whose talks issued it (`issuedAt`).
 * Rejected pairs never end up in one unit.
 */
export function matchUnits(
  features: readonly AccountFeatures[],
  scored: readonly ScoredPair[],
  overrides: ResolvedOverrides,
  settings: AlignSettings,
): Unit[] {
  const n = features.length
  const root = Int32Array.from({ length: n }, (_, i) => i)
  const units = new Map<number, Unit>()
  const find = (i: number): number => {
    while (root[i] !== i) {
      root[i] = root[root[i]!]!
      i = root[i]!
    }
    return i
  }
  const unitOf = (i: number): Unit => {
    const r = find(i)
    let unit = units.get(r)
    if (!unit) {
      unit = { members: [i], links: [], confirmed: false }
      units.set(r, unit)
    }
    return unit
  }
  const join = (i: number, j: number, link: Link | null, confirmed = false) => {
    const ri = find(i)
    const rj = find(j)
    if (ri === rj) return
    const ui = unitOf(i)
    const uj = unitOf(j)
    const merged: Unit = {
      members: [...ui.members, ...uj.members],
      links: link ? [...ui.links, ...uj.links, link] : [...ui.links, ...uj.links],
      confirmed: confirmed || ui.confirmed || uj.confirmed,
    }
    units.delete(ri)
    units.delete(rj)
    root[rj] = ri
    units.set(ri, merged)
  }
  const rejectedAcross = (ui: Unit, uj: Unit): boolean => {
    if (overrides.rejected.size === 0) return false
    for (const x of ui.members) for (const y of uj.members) if (overrides.rejected.has(pairKey(x, y, n))) return true
    return false
  }
  const sidesOf = (unit: Unit) => {
    let ru = 0
    let cn = 0
    for (const m of unit.members) features[m]!.side === 'ru' ? ru++ : cn++
    return { ru, cn }
  }

  for (const group of overrides.confirm) {
    for (const i of group.slice(1)) join(group[0]!, i, null, true)
  }

  // Ties go to the lower indices: features come in id order, so this is id order.
  const byStrength = (x: ScoredPair, y: ScoredPair) => y.assessment.logOdds - x.assessment.logOdds || x.a - y.a || x.b - y.b

  const copies = scored.filter((p) => features[p.a]!.side === features[p.b]!.side && isSameSideCopy(p, settings, features)).sort(byStrength)
  const copyKeys = new Set(copies.map((p) => pairKey(p.a, p.b, n)))
  for (const pair of copies) {
    if (find(pair.a) === find(pair.b)) continue
    const ui = unitOf(pair.a)
    const uj = unitOf(pair.b)
    const side = features[pair.a]!.side
    const si = sidesOf(ui)
    const sj = sidesOf(uj)
    const other = side === 'ru' ? 'cn' : 'ru'
    if (si[other] > 0 && sj[other] > 0) continue
    if (rejectedAcross(ui, uj)) continue
    const same = (u: Unit) => u.members.filter((m) => features[m]!.side === side)
    const allCopies = same(ui).every((x) => same(uj).every((y) => copyKeys.has(pairKey(x, y, n))))
    if (!allCopies) continue
    join(pair.a, pair.b, { ...pair, kind: 'same side' })
  }

  const cross = scored
    .filter((p) => features[p.a]!.side !== features[p.b]!.side && p.assessment.confidence >= settings.minConfidence)
    .sort(byStrength)
  for (const pair of cross) {
    if (find(pair.a) === find(pair.b)) continue
    const ui = unitOf(pair.a)
    const uj = unitOf(pair.b)
    const si = sidesOf(ui)
    const sj = sidesOf(uj)
    if ((si.ru > 0 && si.cn > 0) || (sj.ru > 0 && sj.cn > 0)) continue
    if (rejectedAcross(ui, uj)) continue
    join(pair.a, pair.b, { ...pair, kind: 'cross side' })
  }

  // A Russia–China joint statement left on its own joins the talks that issued it, on either side, when the
  // Russia–China talks of its day are one event: which of two the same day would be a guess.
  const issuing = new Map<number, ScoredPair[]>()
  for (const pair of scored) {
    if (!isIssuingPair(pair, features)) continue
    const statement = features[pair.a]!.jointStatement ? pair.a : pair.b
    issuing.set(statement, [...(issuing.get(statement) ?? []), pair])
  }
  for (const [statement, pairs] of issuing) {
    if (unitOf(statement).members.length > 1) continue
    const talks = new Set(pairs.map((p) => find(p.a === statement ? p.b : p.a)))
    if (talks.size !== 1) continue
    const pair = pairs.reduce((x, y) => (byStrength(x, y) <= 0 ? x : y))
    const other = pair.a === statement ? pair.b : pair.a
    if (rejectedAcross(unitOf(statement), unitOf(other))) continue
    const note = `${features[statement]!.id} is a joint statement of the only Russia–China talks of its day`
    join(other, statement, { ...pair, kind: features[statement]!.side === features[other]!.side ? 'same side' : 'cross side', note })
  }

  for (let i = 0; i < n; i++) unitOf(i)
  return [...units.values()]
}
