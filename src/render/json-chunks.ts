/**
 * An array whose elements are made only as they are written: `items` each turned into its JSON value
 * by `each`, one at a time, so data.json never holds a record of every account at once. `JSON.stringify`
 * writes it as the whole array.
 */
export class MappedArray<T> {
  constructor(
    readonly items: readonly T[],
    readonly each: (item: T) => unknown,
  ) {}

  toJSON(): unknown[] {
    return this.items.map(this.each)
  }
}

/**
 * `JSON.stringify(value, replacer, 2)` of an object, piece by piece: each top-level array (or
 * `MappedArray`) is given element by element, so a 100 MB data.json is never one string. The pieces join to exactly the
 * bytes `JSON.stringify` gives. `replacer` must not depend on keys: it is also called on the pieces
 * alone (under the key "").
 */
export function* jsonChunks(value: Record<string, unknown>, replacer: (key: string, value: unknown) => unknown): Generator<string> {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol')
  yield '{'
  for (const [i, [key, v]] of entries.entries()) {
    yield `${i > 0 ? ',' : ''}\n  ${JSON.stringify(key)}: `
    const elements = v instanceof MappedArray ? v.items : Array.isArray(v) ? v : null
    if (elements !== null && elements.length > 0) {
      const each = v instanceof MappedArray ? v.each : (element: unknown) => element
      yield '['
      for (const [j, element] of elements.entries()) {
        yield `${j > 0 ? ',' : ''}\n    ${indented(JSON.stringify(each(element), replacer, 2) ?? 'null', '    ')}`
      }
      yield '\n  ]'
    } else yield indented(JSON.stringify(v, replacer, 2), '  ')
  }
  yield entries.length > 0 ? '\n}' : '}'
}

/** A JSON text nested `prefix` deeper: JSON strings hold no raw line breaks, so every one is layout. */
function indented(json: string, prefix: string): string {
  return json.includes('\n') ? json.replace(/\n/g, `\n${prefix}`) : json
}
