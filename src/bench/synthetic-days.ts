import { spokenMonthDay } from '../extract/date-mentions.js'

/** Days of the synthetic corpora: whole days since 1970-01-01 (UTC), as the generators count them. */

export const msPerDay = 86_400_000


/** Day number → `YYYY-MM-DD`. */
export const iso = (day: number): string => new Date(day * msPerDay).toISOString().slice(0, 10)

/** Day number → "June 10" or "June 10, 2024", as the readouts write dates. */
export function spoken(day: number, withYear: boolean): string {
  const d = new Date(day * msPerDay)
  return `${spokenMonthDay(d.getUTCMonth() + 1, d.getUTCDate())}${withYear ? `, ${d.getUTCFullYear()}` : ''}`
}

/** Day number → its calendar year. */
export const yearOf = (day: number): number => new Date(day * msPerDay).getUTCFullYear()
