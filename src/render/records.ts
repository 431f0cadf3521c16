import type { Account, AlignedEvent } from '../types.js'

/** An account as `parallax accounts --format json` prints it: the shape other tools rely on. */
export interface AccountRecord {
  id: string
  file: string
  n: number
  side: Account['side']['value']
  sideReason: string
  date: string | null
  datePrecision: Account['facts']['date']['precision']
  dateWindow: readonly [string, string] | null
  dateReason: string
  place: string | null
  placeReason: string
  participants: string[]
  /** Counterpart countries named in the head, Russia and China aside (ISO codes). */
  countries: string[]
  kind: string
  kindReason: string
  tags: string[]
  channel: string | null
  published: string | null
  title: string
  text: string
}

export function accountRecord(account: Account): AccountRecord {
  const { date, place, participants, countries, kind } = account.facts
  return {
    id: account.id,
    file: account.source.path,
    n: account.n,
    side: account.side.value,
    sideReason: account.side.reason,
    date: date.value,
    datePrecision: date.precision,
    dateWindow: date.window,
    dateReason: date.reason,
    place: place.value,
    placeReason: place.reason,
    participants,
    countries,
    kind: kind.value,
    kindReason: kind.reason,
    tags: account.tags,
    channel: account.channel,
    published: account.published,
    title: account.title,
    text: account.text,
  }
}

/** An event as `parallax align --format json` prints it (inside `{"events": [...]}`). */
export type EventRecord = AlignedEvent

export function eventRecord(event: AlignedEvent): EventRecord {
  return { ...event }
}
