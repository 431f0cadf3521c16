import { InvalidArgumentError } from 'commander'
import type { Side } from '../index.js'

/** `--side <file>=ru|cn`, repeatable: collects into a map keyed by the path or file name as typed. */
export function parseSideOption(value: string, previous: Map<string, Side> | undefined): Map<string, Side> {
  const match = /^(.+)=(ru|cn)$/.exec(value.trim())
  if (!match) throw new InvalidArgumentError(`expected <file>=ru or <file>=cn, found "${value}"`)
  const map = new Map(previous ?? [])
  map.set(match[1]!, match[2] as Side)
  return map
}

/** A whole number ≥ 1. */
export function parsePositiveInt(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`expected a whole number ≥ 1, found "${value}"`)
  return n
}

/** A parser that accepts one of `choices`. */
export function oneOf<T extends string>(choices: readonly T[]): (value: string) => T {
  return (value) => {
    if ((choices as readonly string[]).includes(value)) return value as T
    throw new InvalidArgumentError(`expected one of ${choices.join(', ')}, found "${value}"`)
  }
}
