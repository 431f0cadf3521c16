import { countryConflict } from './country-agreement.js'
import { knownDay, sameDayOfYear } from './dates.js'
import type { AccountFeatures } from './features.js'
import type { AlignSettings } from './options.js'

/** Candidate pairs, and for explaining lone accounts the nearest pair that blocking ruled out. */
export interface Candidates {
  /** Flat `[i0, j0, i1, j1, …]`: indices into the features, i < j, each pair once, in a deterministic order. */
  pairs: Int32Array
  /**
   * For each account, the other-side account on the nearest day (same place first) that names the
   * same host but a different counterpart (003:13 for 004:1) or a different counterpart country,
   * or -1: the hard negative an analyst will ask about.
   */
  rival: Int32Array
}

/**
 * Blocking: the pairs of accounts worth scoring, instead of all n² pairs.
 *
 * Across sides, two accounts are candidates when their dates are at most `maxDays` apart and they
 * name a common person, or state the same day and the same place (extraction may have missed the
 * people). A window no wider than `maxWindowDays` counts on each of its days.
 * On one side, only possible copies of one readout (a release and its Telegram post): dates at most
 * a day apart and the same principals (first two people named), or one lists a single principal
 * that the other has among its two (extraction missed the counterpart in one copy).
 * Any two accounts sharing a hashtag carried by at most `maxTagAccounts` accounts (#UNGA77) are
 * candidates too, under the same side rules, and so are a joint statement and the Russia–China accounts
 * of its day on either side. So are, across sides, an account that states a day but no year and nothing
 * else dates ("On February 20", a lone post) and an account dated on that day of any year, when they
 * name a common person.
 *
 * Across sides, a pair whose counterparts conflict is ruled out here: each account has a principal
 * the other does not name at all, so they are two different bilateral meetings (003:13, Lavrov with
 * Iran's minister, vs 004:1, Wang Yi with Lavrov); not when both tell a multilateral meeting through
 * their own delegation only (Lavrov's and Wang Yi's accounts of one SCO ministerial). So is a pair where each account has a counterpart
 * country the other never names (Lavrov with Laos's minister vs a trilateral with Mongolia's), which
 * catches the ministers people.json does not know. Such a pair is remembered as the account's
 * rival, to explain why it stayed alone.
 *
 * Each account's (day, account) entries are listed per key (a person, a place, a set of principals)
 * and side, in day order, in flat arrays; an account visits only the lists of its own keys, on its
 * days ± the allowed distance. A minister who is in every other readout (Lavrov) is no hub here:
 * across sides his list holds only the other side's accounts naming him, and on one side the key
 * is the pair of principals, not the person.
 */
export function candidatePairs(features: readonly AccountFeatures[], settings: AlignSettings): Candidates {
  const { maxDays, maxWindowDays } = settings
  const n = features.length
  features.forEach((f, i) => {
    if (f.index !== i) throw new Error(`candidatePairs: expected features[${i}].index to be ${i}, found ${f.index}`)
  })

  // Small integer ids for people, places and principal sets, so the loops compare numbers.
  const ids = new Map<string, number>()
  const intern = (key: string) => {
    let id = ids.get(key)
    if (id === undefined) {
      id = ids.size
      ids.set(key, id)
    }
    return id
  }
  // People of account i: person[start[i]] … person[start[i + 1] - 1]; its principals come first.
  const start = new Int32Array(n + 1)
  features.forEach((f, i) => (start[i + 1] = start[i]! + f.participants.length))
  const person = new Int32Array(start[n]!)
  const principals = new Int32Array(n)
  const principalSet = new Int32Array(n)
  const place = new Int32Array(n).fill(-1)
  // Flat copies of sides and ranges: the loops below run millions of times at 100,000 accounts,
  // and reading them from the feature objects cost most of the time (cache misses).
  const side = new Uint8Array(n)
  const dated = new Uint8Array(n)
  const dayFrom = new Int32Array(n)
  const dayTo = new Int32Array(n)
  let first = Infinity
  let last = -Infinity
  features.forEach((f, i) => {
    f.participants.forEach((p, k) => (person[start[i]! + k] = intern(p)))
    principals[i] = f.principals.length
    principalSet[i] = intern(`#${[...f.principals].sort().join('\u0000')}`)
    if (f.placeKey !== null) place[i] = intern(`@${f.placeKey}`)
    side[i] = f.side === 'ru' ? 0 : 1
    if (f.range) {
      dayFrom[i] = f.range.from
      dayTo[i] = f.range.to
      if (f.range.to - f.range.from + 1 <= maxWindowDays) {
        dated[i] = 1
        first = Math.min(first, f.range.from)
        last = Math.max(last, f.range.to)
      }
    }
  })
  const names = (i: number, id: number) => {
    for (let k = start[i]!; k < start[i + 1]!; k++) if (person[k] === id) return true
    return false
  }
  const sharesAny = (i: number, j: number) => {
    for (let k = start[i]!; k < start[i + 1]!; k++) if (names(j, person[k]!)) return true
    return false
  }
  /** How many of a's principals b does not name. */
  const unnamed = (a: number, b: number) => {
    let count = 0
    for (let k = start[a]!; k < start[a]! + principals[a]!; k++) if (!names(b, person[k]!)) count++
    return count
  }
  const gapOf = (i: number, j: number) =>
    features[i]!.range && features[j]!.range ? Math.max(0, dayFrom[i]! - dayTo[j]!, dayFrom[j]! - dayTo[i]!) : Infinity
  const samePlaceDay = (i: number, j: number) =>
    place[i]! >= 0 && place[i] === place[j] && dayFrom[i] === dayTo[i] && dayFrom[j] === dayFrom[i] && dayTo[j] === dayTo[i]

  const out = new GrowableInt32()
  const rival = new Int32Array(n).fill(-1)
  const rivalRank = new Int8Array(n).fill(-1)
  const consider = (i: number, j: number) => {
    const gap = gapOf(i, j)
    if (side[i] === side[j]) {
      if (gap <= 1) out.push(i, j)
      return
    }
    const delegations = features[i]!.delegation && features[j]!.delegation
    if ((unnamed(i, j) > 0 && unnamed(j, i) > 0 && !delegations) || countryConflict(features[i]!, features[j]!)) {
      const rank = (samePlaceDay(i, j) ? 2 : 0) + (gap === 0 ? 1 : 0)
      if (rank > rivalRank[i]!) {
        rivalRank[i] = rank
        rival[i] = j
      }
      if (rank > rivalRank[j]!) {
        rivalRank[j] = rank
        rival[j] = i
      }
      return
    }
    out.push(i, j)
  }
  const seen = new Int32Array(n).fill(-1)

  if (first <= last) {
    // Per (key, side): the (day, account) entries in day order. Filled by walking the days in
    // order, which a counting sort of the accounts by day gives.
    const span = last - first + 1
    const byDay = new Int32Array(span + 1)
    for (let i = 0; i < n; i++) if (dated[i]) for (let d = dayFrom[i]!; d <= dayTo[i]!; d++) byDay[d - first + 1]!++
    for (let d = 0; d < span; d++) byDay[d + 1]! += byDay[d]!
    const fill = byDay.slice(0, span)
    const dayAccounts = new Int32Array(byDay[span]!)
    for (let i = 0; i < n; i++) if (dated[i]) for (let d = dayFrom[i]!; d <= dayTo[i]!; d++) dayAccounts[fill[d - first]!++] = i

    const slots = ids.size * 2
    const listStart = new Int32Array(slots + 1)
    const eachEntry = (visit: (slot: number, i: number, d: number) => void) => {
      for (let d = first; d <= last; d++) {
        for (let e = byDay[d - first]!; e < byDay[d - first + 1]!; e++) {
          const i = dayAccounts[e]!
          for (let k = start[i]!; k < start[i + 1]!; k++) visit(person[k]! * 2 + side[i]!, i, d)
          if (place[i]! >= 0 && dayFrom[i] === dayTo[i]) visit(place[i]! * 2 + side[i]!, i, d)
          visit(principalSet[i]! * 2 + side[i]!, i, d)
        }
      }
    }
    eachEntry((slot) => listStart[slot + 1]!++)
    for (let slot = 0; slot < slots; slot++) listStart[slot + 1]! += listStart[slot]!
    const listAccount = new Int32Array(listStart[slots]!)
    const listDay = new Int32Array(listStart[slots]!)
    const cursor = listStart.slice(0, slots)
    eachEntry((slot, i, d) => {
      listAccount[cursor[slot]!] = i
      listDay[cursor[slot]!++] = d
    })

    const visit = (i: number, slot: number, from: number, to: number, forwardOnly = true) => {
      let lo = listStart[slot]!
      let hi = listStart[slot + 1]!
      const end = hi
      while (lo < hi) {
        const mid = (lo + hi) >>> 1
        if (listDay[mid]! < from) lo = mid + 1
        else hi = mid
      }
      for (let k = lo; k < end && listDay[k]! <= to; k++) {
        const j = listAccount[k]!
        if ((forwardOnly ? j <= i : j === i) || seen[j] === i) continue
        seen[j] = i
        if (j < i) consider(j, i)
        else consider(i, j)
      }
    }
    // Accounts with j < i were met when j visited (the relation is symmetric), so each visits only
    // forward; `seen` keeps a pair met on several days or keys to one visit.
    for (let i = 0; i < n; i++) {
      if (!dated[i]) continue
      const other = 1 - side[i]!
      for (let k = start[i]!; k < start[i + 1]!; k++) visit(i, person[k]! * 2 + other, dayFrom[i]! - maxDays, dayTo[i]! + maxDays)
      if (place[i]! >= 0 && dayFrom[i] === dayTo[i]) visit(i, place[i]! * 2 + other, dayFrom[i]!, dayTo[i]!)
      visit(i, principalSet[i]! * 2 + side[i]!, dayFrom[i]! - 1, dayTo[i]! + 1)
      // A copy whose extraction missed one principal (B lists only Lavrov, A Lavrov and Wang Yi):
      // A also looks up each of its principals alone, both ways, as B never looks up A's pair.
      if (principals[i]! > 1) {
        for (let k = start[i]!; k < start[i]! + principals[i]!; k++) {
          const single = ids.get(`#${features[i]!.participants[k - start[i]!]}`)
          if (single !== undefined) visit(i, single * 2 + side[i]!, dayFrom[i]! - 1, dayTo[i]! + 1, false)
        }
      }
    }
  }

  // Pairs met outside the walk over days, each considered once.
  const done = new Set<number>()
  const considerOnce = (a: number, b: number) => {
    const [i, j] = a < b ? [a, b] : [b, a]
    if (done.has(i * n + j)) return
    done.add(i * n + j)
    consider(i, j)
  }

  // A text that states a day but no year ("On February 20" in a lone post) meets the other side's
  // accounts dated on that day of any year that name a common person.
  const byDayOfYear = new Map<string, number[]>()
  for (const f of features) {
    const day = knownDay(f)
    if (day === null) continue
    const bucket = byDayOfYear.get(day.slice(5))
    if (bucket) bucket.push(f.index)
    else byDayOfYear.set(day.slice(5), [f.index])
  }
  for (const f of features) {
    if (f.monthDays.length === 0) continue
    const matches = f.monthDays
      .flatMap((monthDay) => byDayOfYear.get(monthDay) ?? [])
      .filter((j) => side[j] !== side[f.index] && sharesAny(f.index, j) && sameDayOfYear(f, features[j]!))
    // The same people on that day of two different years: which year the text means is anyone's guess.
    const years = new Set(matches.map((j) => knownDay(features[j]!)!.slice(0, 4)))
    if (years.size === 1) for (const j of matches) considerOnce(f.index, j)
  }

  // Whether the walk over days above already considered the pair.
  const metByDate = (i: number, j: number) => {
    if (!dated[i] || !dated[j]) return false
    const gap = gapOf(i, j)
    if (side[i] === side[j]) {
      const single = (a: number, b: number) => {
        if (principals[a] !== 1 || principals[b]! < 2) return false
        for (let k = start[b]!; k < start[b]! + principals[b]!; k++) if (person[k] === person[start[a]!]) return true
        return false
      }
      return gap <= 1 && (principalSet[i] === principalSet[j] || single(i, j) || single(j, i))
    }
    return gap <= maxDays && (sharesAny(i, j) || samePlaceDay(i, j))
  }

  // A joint statement, which often names no one and no place, meets the Russia–China accounts of its
  // day on both sides: the talks that issued it (align/match.ts).
  const statements = features.filter((f) => f.jointStatement && f.range !== null && f.range.from === f.range.to)
  if (statements.length > 0) {
    const talksOn = new Map<number, number[]>()
    for (const f of features) {
      if (!f.russiaChina || f.range === null || f.range.from !== f.range.to) continue
      const bucket = talksOn.get(f.range.from)
      if (bucket) bucket.push(f.index)
      else talksOn.set(f.range.from, [f.index])
    }
    for (const f of statements) {
      for (const j of talksOn.get(f.range!.from) ?? []) if (j !== f.index && !metByDate(f.index, j)) considerOnce(f.index, j)
    }
  }

  const tagged = new Map<string, number[]>()
  for (const f of features) {
    for (const tag of f.rareTags) {
      const bucket = tagged.get(tag)
      if (bucket) bucket.push(f.index)
      else tagged.set(tag, [f.index])
    }
  }
  if (tagged.size) {
    for (const bucket of tagged.values()) {
      for (let x = 0; x < bucket.length; x++) {
        for (let y = x + 1; y < bucket.length; y++) {
          if (!metByDate(bucket[x]!, bucket[y]!)) considerOnce(bucket[x]!, bucket[y]!)
        }
      }
    }
  }
  return { pairs: out.toArray(), rival }
}

class GrowableInt32 {
  private data = new Int32Array(1024)
  private length = 0

  push(a: number, b: number): void {
    if (this.length + 2 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2)
      grown.set(this.data)
      this.data = grown
    }
    this.data[this.length++] = a
    this.data[this.length++] = b
  }

  toArray(): Int32Array {
    return this.data.slice(0, this.length)
  }
}
