import { flatString } from '../segment/compact-text.js'
import type { Account, Decided, Speaker } from '../types.js'

/**
 * One copy of each value that many accounts repeat. Each worker's reply arrives as fresh copies of
 * every string and object, so 100,000 accounts would hold 100,000 copies of "Telegram channel
 * 'Russian MFA'" and one speaker object per sentence; sharing them takes a fifth off the accounts'
 * heap (measured: 125 → 105 MB for 20,000 synthetic accounts).
 */
export class SharedValues {
  private readonly strings = new Map<string, string>()
  private readonly speakers = new Map<string, Speaker>()

  /** Replaces the repeated values of `accounts` in place with shared copies. */
  share(accounts: Account[]): void {
    for (const account of accounts) {
      this.decided(account.side)
      account.channel = this.nullable(account.channel)
      account.published = this.nullable(account.published)
      account.tags = account.tags.map((t) => this.string(t))
      const { facts } = account
      this.decided(facts.date)
      this.decided(facts.place)
      this.decided(facts.kind)
      facts.participants = facts.participants.map((p) => this.string(p))
      facts.countries = facts.countries.map((c) => this.string(c))
      for (const sentence of account.sentences) sentence.speaker = this.speaker(sentence.speaker)
    }
  }

  private decided<T>(decided: Decided<T>): void {
    decided.reason = this.string(decided.reason)
    if (typeof decided.value === 'string') decided.value = this.string(decided.value) as T
  }

  private nullable(value: string | null): string | null {
    return value === null ? null : this.string(value)
  }

  private string(value: string): string {
    const known = this.strings.get(value)
    if (known !== undefined) return known
    const flat = flatString(value)
    this.strings.set(flat, flat)
    return flat
  }

  private speaker(speaker: Speaker): Speaker {
    const key = `${speaker.role}\u0000${speaker.name ?? ''}\u0000${speaker.side ?? ''}`
    const known = this.speakers.get(key)
    if (known !== undefined) return known
    this.speakers.set(key, speaker)
    return speaker
  }
}
