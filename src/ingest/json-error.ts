/**
 * Where JSON text first breaks the grammar (RFC 8259), as a 0-based UTF-16 index, and what is found
 * there; null for valid JSON. V8's `JSON.parse` messages give no position for "Unexpected token" errors,
 * and a user needs line:column to fix an export by hand. Iterative, so deep nesting cannot overflow.
 */
export function jsonErrorAt(text: string): { at: number; found: string } | null {
  const n = text.length
  const stack: string[] = []
  let i = 0
  let state: 'value' | 'key' | 'after' = 'value'
  let justOpened = false
  const fail = (at: number) => ({ at, found: at >= n ? 'end of input' : `'${String.fromCodePoint(text.codePointAt(at)!)}'` })
  const skipSpace = () => {
    while (i < n) {
      const c = text.charCodeAt(i)
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break
      i++
    }
  }
  const scanString = (): boolean => {
    i++
    while (i < n) {
      const c = text.charCodeAt(i)
      if (c === 0x22) {
        i++
        return true
      }
      if (c < 0x20) return false
      if (c === 0x5c) {
        const e = text[i + 1]
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false
          i += 6
          continue
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) return false
        i += 2
        continue
      }
      i++
    }
    return false
  }
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y

  for (;;) {
    skipSpace()
    if (state === 'value') {
      const ch = text[i]
      if (ch === '{') {
        stack.push('}')
        i++
        state = 'key'
        justOpened = true
      } else if (ch === '[') {
        i++
        skipSpace()
        if (text[i] === ']') {
          i++
          state = 'after'
        } else stack.push(']')
      } else if (ch === '"') {
        if (!scanString()) return fail(i)
        state = 'after'
      } else if (ch !== undefined && /[-0-9]/.test(ch)) {
        NUMBER.lastIndex = i
        if (!NUMBER.test(text)) return fail(i)
        i = NUMBER.lastIndex
        state = 'after'
      } else {
        const literal = ['true', 'false', 'null'].find((w) => text.startsWith(w, i))
        if (!literal) return fail(i)
        i += literal.length
        state = 'after'
      }
    } else if (state === 'key') {
      if (text[i] === '}' && justOpened) {
        stack.pop()
        i++
        state = 'after'
      } else {
        if (text[i] !== '"' || !scanString()) return fail(i)
        skipSpace()
        if (text[i] !== ':') return fail(i)
        i++
        state = 'value'
      }
      justOpened = false
    } else {
      const close = stack.at(-1)
      if (close === undefined) return i < n ? fail(i) : null
      if (text[i] === ',') {
        i++
        state = close === '}' ? 'key' : 'value'
      } else if (text[i] === close) {
        stack.pop()
        i++
      } else return fail(i)
    }
  }
}

/** A JSON text that does not parse: where and what, ready for a one-line message. */
export interface JsonProblem {
  line: number
  column: number
  /** e.g. "unexpected ','" */
  message: string
}

/** Parses JSON text; on failure says where (1-based line:column) instead of V8's position-less message. */
export function parseJsonText(text: string): { value: unknown } | { problem: JsonProblem } {
  try {
    return { value: JSON.parse(text) }
  } catch {
    const error = jsonErrorAt(text) ?? { at: 0, found: 'JSON that this engine rejects' }
    const { line, column } = lineColumn(text, error.at)
    return { problem: { line, column, message: `unexpected ${error.found}` } }
  }
}

function lineColumn(text: string, position: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < position; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return { line, column: position - lineStart + 1 }
}
