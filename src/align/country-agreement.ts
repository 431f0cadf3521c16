import { countryList, type CountryList } from '../extract/countries.js'
import type { AccountFeatures } from './features.js'

type Reader = Pick<AccountFeatures, 'countries' | 'lead'>

/**
 * Whether two accounts agree on the counterpart country, and where they do not, which countries
 * one names and the other never does.
 *
 * Both sides' readouts of one meeting with Laos's minister name Laos; a readout of the Russia–China
 * meeting that day names no Laos anywhere. So a counterpart country of one account that the other
 * names nowhere in its lead (not in its head, not in passing) argues against the pair. The other
 * way round proves nothing: naming the same country is what Russia's and China's separate meetings
 * with one minister also do, and a country named in passing is no counterpart at all.
 */

/** The counterpart countries of `a` (ids) that `b` names nowhere in its lead, in `a`'s order. */
export function countriesUnnamed(a: Reader, b: Reader, list: CountryList = countryList()): string[] {
  return a.countries.filter((id) => !b.countries.includes(id) && !list.names(b.lead, id))
}

/** Whether `b` leaves some counterpart country of `a` unnamed. Allocation-free: it runs for every candidate pair. */
export function leavesCountryUnnamed(a: Reader, b: Reader, list: CountryList = countryList()): boolean {
  for (const id of a.countries) if (!b.countries.includes(id) && !list.names(b.lead, id)) return true
  return false
}

/** In {0, -1, -2}: -1 for each account with a counterpart country the other never names. */
export function countryAgreement(a: Reader, b: Reader): number {
  return -(leavesCountryUnnamed(a, b) ? 1 : 0) - (leavesCountryUnnamed(b, a) ? 1 : 0)
}

/** Each account has a counterpart country the other never names: two different meetings (Laos's and Mongolia's). */
export function countryConflict(a: Reader, b: Reader): boolean {
  return a.countries.length > 0 && b.countries.length > 0 && leavesCountryUnnamed(a, b) && leavesCountryUnnamed(b, a)
}
