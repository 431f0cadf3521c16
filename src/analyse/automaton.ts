/*
 * Aho–Corasick over a normalised character stream, to find where lexicon variants may start in
 * one pass however many variants there are. V8 runs our theme regexes at ~3–10 MB/s on these
 * texts (two-byte strings: curly quotes), about linear in the number of regexes; one pass of this
 * automaton and a sticky regex check at each candidate is several times faster and does not slow
 * down as the lexicon grows.
 *
 * The stream drops separators (white space and hyphens: what a phrase's spaces may match, or
 * nothing at all), lower-cases letters and turns curly apostrophes into "'". A key is the
 * normalised literal that every match of a variant starts with.
 */

/** Characters a phrase's spaces stand for (JavaScript `\s`, no-break space, hyphens). */
export function isSeparator(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x2d ||
    code === 0xa0 ||
    code === 0x2010 ||
    code === 0x2011 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

const APOSTROPHES = new Set([0x27, 0x2018, 0x2019, 0x02bc])
const lowerCache = new Map<number, number>()

/** Lower-cased UTF-16 unit (one unit in, one out), with apostrophes unified to "'". */
export function foldUnit(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 32 : code
  if (APOSTROPHES.has(code)) return 0x27
  let lower = lowerCache.get(code)
  if (lower === undefined) {
    const s = String.fromCharCode(code).toLowerCase()
    lower = s.length === 1 ? s.charCodeAt(0) : code
    lowerCache.set(code, lower)
  }
  return lower
}

/** Normalises a key the way the stream is normalised. */
export function foldKey(key: string): string {
  let out = ''
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i)
    if (!isSeparator(code)) out += String.fromCharCode(foldUnit(code))
  }
  return out
}

/** A set of keys compiled for scanning; each key carries the ids given with it. */
export class KeyAutomaton {
  /** Transitions for ASCII units, complete (a DFA): node * 128 + unit → node. */
  private readonly ascii: Int32Array
  /** Goto transitions for other units (failure links still apply). */
  private readonly wide: Map<number, number>[]
  private readonly fail: Int32Array
  /** Per node: [key length, id] pairs of the keys that end there (own and by failure links). */
  private readonly out: number[][]

  constructor(keys: readonly { key: string; id: number }[]) {
    const goto: Map<number, number>[] = [new Map()]
    const ends: number[][] = [[]]
    for (const { key, id } of keys) {
      const folded = foldKey(key)
      if (folded === '') continue
      let node = 0
      for (let i = 0; i < folded.length; i++) {
        const c = folded.charCodeAt(i)
        let next = goto[node]?.get(c)
        if (next === undefined) {
          next = goto.length
          goto.push(new Map())
          ends.push([])
          goto[node]?.set(c, next)
        }
        node = next
      }
      ends[node]?.push(folded.length, id)
    }
    const n = goto.length
    this.fail = new Int32Array(n)
    this.ascii = new Int32Array(n * 128)
    this.wide = goto.map((g) => new Map([...g].filter(([c]) => c >= 128)))
    this.out = ends
    // Breadth first: failure links, merged outputs, and the ASCII transitions completed into a DFA.
    const queue: number[] = []
    for (let c = 0; c < 128; c++) {
      const next = goto[0]?.get(c)
      this.ascii[c] = next ?? 0
      if (next !== undefined) queue.push(next)
    }
    for (const [, next] of this.wide[0] ?? []) queue.push(next)
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head] ?? 0
      const f = this.fail[node] ?? 0
      if (node !== 0) this.out[node] = [...(this.out[node] ?? []), ...(this.out[f] ?? [])]
      for (let c = 0; c < 128; c++) {
        const next = goto[node]?.get(c)
        if (next !== undefined) {
          this.fail[next] = node === 0 ? 0 : (this.ascii[f * 128 + c] ?? 0)
          this.ascii[node * 128 + c] = next
          queue.push(next)
        } else this.ascii[node * 128 + c] = this.ascii[f * 128 + c] ?? 0
      }
      for (const [c, next] of this.wide[node] ?? []) {
        this.fail[next] = node === 0 ? 0 : this.step(f, c)
        queue.push(next)
      }
    }
  }

  private step(node: number, c: number): number {
    if (c < 128) return this.ascii[node * 128 + c] ?? 0
    let state = node
    for (;;) {
      const next = this.wide[state]?.get(c)
      if (next !== undefined) return next
      if (state === 0) return 0
      state = this.fail[state] ?? 0
    }
  }

  /**
   * Calls `onKey(start, id)` for every occurrence of every key in `text`, `start` being the offset in
   * `text` of the occurrence's first character. Occurrences may overlap; order is by end position.
   */
  scan(text: string, onKey: (start: number, id: number) => void): void {
    // Offsets in `text` of the last characters fed, as a ring as long as the longest key could need.
    const ring = new Int32Array(256)
    let fed = 0
    let state = 0
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (isSeparator(code)) continue
      state = this.step(state, foldUnit(code))
      ring[fed & 255] = i
      fed++
      const out = this.out[state]
      if (out === undefined || out.length === 0) continue
      for (let k = 0; k < out.length; k += 2) {
        const length = out[k] ?? 0
        if (length <= 256) onKey(ring[(fed - length) & 255] ?? 0, out[k + 1] ?? 0)
      }
    }
  }
}
