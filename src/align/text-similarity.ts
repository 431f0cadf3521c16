import { PorterStemmer } from 'natural/lib/natural/stemmers/index.js'

/**
 * TF-IDF vectors over stemmed content words, and their cosine.
 *
 * Written here rather than with natural's `TfIdf`: that class recomputes document frequencies by
 * scanning every document per term, which is quadratic at 100,000 accounts. We keep natural's
 * Porter stemmer (memoised: one stem costs ~6 µs, and readouts reuse a small vocabulary).
 */

/** A sparse, L2-normalised TF-IDF vector: term ids ascending, with their weights. */
export interface TermVector {
  terms: Int32Array
  weights: Float32Array
}

/** Vectors for a corpus of texts, indexed like the texts. */
export interface TextModel {
  vectors: TermVector[]
  /** How many texts contain each term id. */
  documentFrequency: Int32Array
  vocabulary: Map<string, number>
}

/**
 * English function words, plus words every readout uses whatever the event ("minister", "foreign",
 * "said"): IDF would damp them anyway, but dropping them keeps short Telegram posts from looking
 * alike just because they are readouts. Curated from the seeds (000–004).
 */
const stopWords = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have having he ' +
    'her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not ' +
    'now of off on once only or other our ours ourselves out over own same she should so some such than that the ' +
    'their theirs them themselves then there these they this those through to too under until up very was we were ' +
    'what when where which while who whom why will with would you your yours yourself yourselves ' +
    'mr ms said says say noted minister ministers foreign affairs side sides two'
  ).split(' '),
)

const stemCache = new Map<string, string>()

function stem(word: string): string {
  let stemmed = stemCache.get(word)
  if (stemmed === undefined) {
    stemmed = PorterStemmer.stem(word)
    stemCache.set(word, stemmed)
  }
  return stemmed
}

const letterPattern = /\p{L}/u
/** For code points ≥ 0xC0: 0 not yet known, 1 a letter, 2 not a letter. */
const letterCache = new Uint8Array(65_536)

function isLetter(c: number): boolean {
  if (c >= 97 && c <= 122) return true
  if (c < 0xc0) return false
  let known = letterCache[c]!
  if (known === 0) {
    known = letterPattern.test(String.fromCharCode(c)) ? 1 : 2
    letterCache[c] = known
  }
  return known === 1
}

/** Lower case of a code point ≥ 0xC0, cached (0: not yet known). */
const lowerCache = new Uint16Array(65_536)

function lower(c: number): number {
  if (c < 0xc0) return c >= 65 && c <= 90 ? c + 32 : c
  let known = lowerCache[c]!
  if (known === 0) {
    const folded = String.fromCharCode(c).toLowerCase()
    known = folded.length === 1 ? folded.charCodeAt(0) : c
    lowerCache[c] = known
  }
  return known
}

/** Calls `onWord` with each run of letters of a lower-cased text. */
function eachWord(text: string, onWord: (word: string) => void): void {
  let start = -1
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && isLetter(text.charCodeAt(i))) {
      if (start < 0) start = i
    } else if (start >= 0) {
      onWord(text.slice(start, i))
      start = -1
    }
  }
}

/** Stemmed content words of a text, in order (repeats kept). */
export function contentTerms(text: string): string[] {
  const terms: string[] = []
  eachWord(text.toLowerCase(), (word) => {
    if (word.length >= 3 && !stopWords.has(word)) terms.push(stem(word))
  })
  return terms
}

const unknownWord = -2

/**
 * Surface word → term id (-1 for a stop word), found by two independent 32-bit hashes of its
 * characters (FNV-1a and a multiplicative hash, 64 bits with the length): no substring is cut and
 * no string is hashed again for a word seen before. Two different words would have to agree on
 * length and all 64 bits to be confused; with a million distinct words that is about 3·10⁻⁸.
 * At 100,000 accounts this lookup is most of the cost of TF-IDF; a `Map<string, …>` over the
 * `slice`d words took three times as long.
 */
class WordTable {
  // slot → id + 2 (0: empty), and the key of the word in that slot.
  private ids = new Int32Array(8192)
  private first = new Int32Array(8192)
  private second = new Int32Array(8192)
  private lengths = new Int32Array(8192)
  private size = 0

  find(h1: number, h2: number, length: number): number {
    const mask = this.ids.length - 1
    for (let slot = h1 & mask; ; slot = (slot + 1) & mask) {
      const stored = this.ids[slot]!
      if (stored === 0) return unknownWord
      if (this.first[slot] === h1 && this.second[slot] === h2 && this.lengths[slot] === length) return stored - 2
    }
  }

  add(h1: number, h2: number, length: number, id: number): void {
    if ((this.size + 1) * 2 > this.ids.length) this.rehash()
    const mask = this.ids.length - 1
    let slot = h1 & mask
    while (this.ids[slot] !== 0) slot = (slot + 1) & mask
    this.ids[slot] = id + 2
    this.first[slot] = h1
    this.second[slot] = h2
    this.lengths[slot] = length
    this.size++
  }

  private rehash(): void {
    const { ids, first, second, lengths } = this
    const size = ids.length * 2
    this.ids = new Int32Array(size)
    this.first = new Int32Array(size)
    this.second = new Int32Array(size)
    this.lengths = new Int32Array(size)
    this.size = 0
    for (let slot = 0; slot < ids.length; slot++) {
      if (ids[slot] !== 0) this.add(first[slot]!, second[slot]!, lengths[slot]!, ids[slot]! - 2)
    }
  }
}

/**
 * TF-IDF with sublinear term frequency (1 + ln tf) and smoothed idf ln((1 + N) / (1 + df)) + 1
 * (Manning, Raghavan & Schütze 2008, §6.4; the smoothing of scikit-learn's TfidfVectorizer).
 * Vectors are views into two flat arrays: one allocation per corpus, not per account.
 */
export function buildTextModel(texts: readonly string[]): TextModel {
  const vocabulary = new Map<string, number>()
  const table = new WordTable()
  let df: Int32Array = new Int32Array(1024)
  let tf: Int32Array = new Int32Array(1024)
  let touched: Int32Array = new Int32Array(1024)
  let flatTerms: Int32Array = new Int32Array(texts.length * 32 + 16)
  let flatCounts: Int32Array = new Int32Array(flatTerms.length)
  const offsets = new Int32Array(texts.length + 1)
  let used = 0

  for (let d = 0; d < texts.length; d++) {
    // Lower-cased as scanned: a lower-cased copy of every text was a third of the garbage.
    const text = texts[d]!
    let distinct = 0
    let start = -1
    let h1 = 0
    let h2 = 0
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? lower(text.charCodeAt(i)) : 32
      if (isLetter(c)) {
        if (start < 0) {
          start = i
          h1 = 0x811c9dc5
          h2 = 0x9747b28c
        }
        h1 = Math.imul(h1 ^ c, 0x01000193)
        h2 = (Math.imul(h2, 0x5bd1e995) + c) | 0
        continue
      }
      if (start < 0) continue
      let id = table.find(h1, h2, i - start)
      if (id === unknownWord) {
        const word = text.slice(start, i).toLowerCase()
        if (word.length < 3 || stopWords.has(word)) id = -1
        else {
          const term = stem(word)
          id = vocabulary.get(term) ?? vocabulary.size
          if (id === vocabulary.size) {
            vocabulary.set(term, id)
            if (id >= df.length) {
              df = grow(df, df.length * 2)
              tf = grow(tf, tf.length * 2)
              touched = grow(touched, touched.length * 2)
            }
          }
        }
        table.add(h1, h2, i - start, id)
      }
      start = -1
      if (id < 0) continue
      if (tf[id] === 0) touched[distinct++] = id
      tf[id]!++
    }
    const terms = touched.subarray(0, distinct).sort()
    if (used + distinct > flatTerms.length) {
      const size = Math.max(flatTerms.length * 2, used + distinct)
      flatTerms = grow(flatTerms, size)
      flatCounts = grow(flatCounts, size)
    }
    for (let k = 0; k < distinct; k++) {
      const id = terms[k]!
      flatTerms[used] = id
      flatCounts[used] = tf[id]!
      used++
      df[id]!++
      tf[id] = 0
    }
    offsets[d + 1] = used
  }

  const n = texts.length
  const idf = new Float64Array(vocabulary.size)
  for (let id = 0; id < idf.length; id++) idf[id] = Math.log((1 + n) / (1 + df[id]!)) + 1
  const terms = flatTerms.slice(0, used)
  const weights = new Float32Array(used)
  const vectors: TermVector[] = []
  for (let d = 0; d < n; d++) {
    const from = offsets[d]!
    const to = offsets[d + 1]!
    let norm = 0
    for (let k = from; k < to; k++) {
      const w = (1 + Math.log(flatCounts[k]!)) * idf[terms[k]!]!
      weights[k] = w
      norm += w * w
    }
    norm = Math.sqrt(norm)
    if (norm > 0) for (let k = from; k < to; k++) weights[k] = weights[k]! / norm
    vectors.push({ terms: terms.subarray(from, to), weights: weights.subarray(from, to) })
  }
  return { vectors, documentFrequency: df.slice(0, vocabulary.size), vocabulary }
}

function grow(array: Int32Array, size: number): Int32Array {
  const grown = new Int32Array(size)
  grown.set(array)
  return grown
}

/** Cosine of two normalised vectors, in [0, 1]. */
export function cosine(a: TermVector, b: TermVector): number {
  const at = a.terms
  const bt = b.terms
  const aw = a.weights
  const bw = b.weights
  let i = 0
  let j = 0
  let sum = 0
  while (i < at.length && j < bt.length) {
    const x = at[i]!
    const y = bt[j]!
    if (x === y) {
      sum += aw[i]! * bw[j]!
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return Math.min(1, sum)
}
