/**
 * `JSON.stringify(value, replacer, 2)` of an object, piece by piece: each top-level array is given
 * element by element, so a 100 MB data.json is never one string. The pieces join to exactly the
 * bytes `JSON.stringify` gives. `replacer` must not depend on keys: it is also called on the pieces
 * alone (under the key "").
 */
export function* jsonChunks(value: Record<string, unknown>, replacer: (key: string, value: unknown) => unknown): Generator<string> {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol')
  yield '{'
  for (const [i, [key, v]] of entries.entries()) {
    yield `${i > 0 ? ',' : ''}\n  ${JSON.stringify(key)}: `
    if (Array.isArray(v) && v.length > 0) {
      yield '['
      for (const [j, element] of v.entries()) {
        yield `${j > 0 ? ',' : ''}\n    ${indented(JSON.stringify(element, replacer, 2) ?? 'null', '    ')}`
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
