import { createRequire } from 'node:module'
import type winkNLP from 'wink-nlp'
import type { ItemSentence } from 'wink-nlp'
import type model from 'wink-eng-lite-web-model'
import type { Span } from '../types.js'

type Nlp = ReturnType<typeof winkNLP>
let nlp: Nlp | null = null
const require = createRequire(import.meta.url)

// One instance for the whole run, loaded on first use: the model costs ~100 ms and ~40 MB, which a
// thread that only coordinates workers never needs. Only the sentence boundary detector is needed
// (measured: an empty pipe finds no sentences; 'pos' doubles the cost); it is what survives "Mr.",
// "U.S." and "3 p.m.".
function instance(): Nlp {
  if (nlp === null) {
    const load = require('wink-nlp') as typeof winkNLP
    nlp = load(require('wink-eng-lite-web-model') as typeof model, ['sbd'])
  }
  return nlp
}

// An elision mark alone ("<...>", seed 003) is not a sentence: it stays in the text, outside every span.
const ELISION_ONLY = /^[\s<>.…[\]()]*$/
// A line with no sentence end followed by more text is one sentence, and so is a line whose sentence
// ends are all plain (`plainSentenceEnds`): wink (~3 MB/s) reads only the few other lines.
const INNER_END = /[.!?…]\S*\s+\S/

/**
 * Sentence spans into `text`: broken at every line end (a headline or a "New York, July 17, 2024" line
 * has no full stop), at the plain sentence ends of a line (`plainSentenceEnds`), and where wink-nlp ends
 * a sentence in the other lines; trimmed of spaces; never empty, never overlapping.
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = []
  const batch: { line: string; at: number }[] = []
  let at = 0
  for (const line of text.split('\n')) {
    const ends = INNER_END.test(line) ? plainSentenceEnds(line) : []
    if (ends === null) batch.push({ line, at })
    else {
      let from = at
      for (const end of ends) {
        pushTrimmed(text, from, at + end, spans)
        from = at + end
      }
      pushTrimmed(text, from, at + line.length, spans)
    }
    at += line.length + 1
  }
  if (batch.length > 0) spans.push(...winkSpans(text, batch))
  return spans.sort((a, b) => a[0] - b[0])
}

// A sentence end a reader cannot mistake: ".", "?" or "!" (and closing quotes or brackets) before spaces.
const END_CANDIDATE = /[.!?…]+["'”’»)\]]*(?=\s+\S)/g
const OPENS_SENTENCE = /\s+["“‘'«(\[]?[\p{Lu}\p{N}]/uy
const PLAIN_WORD = /^[\p{L}\p{N}][\p{L}\p{N}'’%-]*$/u
const WORD_BEFORE = /["“‘'«(\[]*([^\s"“‘'«(\[]*)$/
// Words a full stop may follow without ending the sentence ("Mr. Lavrov", "Amb. Zhang", "No. 5", "Art. 51",
// "Jan. 9"): a line holding one goes to wink.
const ABBREVIATIONS = new Set(
  ('mr mrs ms messrs mme dr prof amb pres sec dep min maj adm gen col lt sgt capt gov sen rep hon rev st no nos vs ' +
    'etc al jr sr jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp dept univ est fig approx art para ' +
    'vol pp ed eds mt ft cf viz ca op ibid tel ext mln bn mn').split(' '),
)

/**
 * The ends of a line's sentences when every candidate is plain: ".", "?" or "!" after a word of two or
 * more letters or digits that is no abbreviation, then spaces and a capital, a digit or an opening
 * quote. Null when any candidate is not ("Mr.", "U.S.", "3 p.m.", "S. Lavrov", "…", a lower-case word
 * after it): wink-nlp decides those lines. Most lines with an inner sentence end are plain (measured on
 * the text files of the seeds and test fixtures: 91% of them, 93% of their text), and wink splits 97% of
 * those the same; on the rest it also cuts at the dots of "fmprc.gov.cn", "XINHUANET.com" and Russian
 * initials, which are no sentence ends.
 */
export function plainSentenceEnds(line: string): number[] | null {
  const ends: number[] = []
  for (const m of line.matchAll(END_CANDIDATE)) {
    const end = m.index + m[0].length
    OPENS_SENTENCE.lastIndex = end
    if (!OPENS_SENTENCE.test(line)) return null
    const mark = m[0][0]
    if (mark === '…') return null
    if (mark === '.') {
      const word = WORD_BEFORE.exec(line.slice(Math.max(0, m.index - 40), m.index))?.[1] ?? ''
      if (word.length < 2 || !PLAIN_WORD.test(word) || ABBREVIATIONS.has(word.toLowerCase())) return null
    }
    ends.push(end)
  }
  return ends
}

/** Runs wink once over the batched lines and maps its sentences back into `text`. */
function winkSpans(text: string, batch: readonly { line: string; at: number }[]): Span[] {
  const joined = batch.map((b) => b.line).join('\n')
  const starts: number[] = []
  let offset = 0
  for (const b of batch) {
    starts.push(offset)
    offset += b.line.length + 1
  }
  const toText = (i: number): number => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= i) lo = mid
      else hi = mid - 1
    }
    return batch[lo]!.at + (i - starts[lo]!)
  }
  const out: Span[] = []
  for (const [start, end] of sentencesOf(joined)) {
    // Pieces never cross a line end, so both ends map through the same line.
    const pieces: Span[] = []
    pushLines(joined, start, end, pieces)
    for (const [a, b] of pieces) out.push([toText(a), toText(a) + (b - a)])
  }
  return out
}

/** wink's sentences as [start, end) offsets into `text` (wink keeps every character: doc.out() === text). */
function sentencesOf(text: string): Span[] {
  const winkNlp = instance()
  const its = winkNlp.its
  const doc = winkNlp.readDoc(text)
  const values = doc.tokens().out() as string[]
  const spaces = doc.tokens().out(its.precedingSpaces) as string[]
  const starts: number[] = new Array(values.length)
  let offset = 0
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i]?.length ?? 0
    const value = values[i] ?? ''
    // Should a token ever not sit where expected, find it rather than drift.
    if (text.startsWith(value, offset)) starts[i] = offset
    else offset = starts[i] = Math.max(offset, text.indexOf(value, offset))
    offset += value.length
  }
  const spans: Span[] = []
  let last = 0
  doc.sentences().each((sentence: ItemSentence) => {
    const [first, lastToken] = sentence.out(its.span) as unknown as [number, number]
    const start = Math.max(starts[first] ?? 0, last)
    const end = Math.max(start, (starts[lastToken] ?? 0) + (values[lastToken]?.length ?? 0))
    last = end
    spans.push([start, end])
  })
  return spans
}

/** Splits [start, end) at line ends and adds each trimmed, non-empty piece. */
function pushLines(text: string, start: number, end: number, out: Span[]): void {
  let from = start
  while (from < end) {
    const nl = text.indexOf('\n', from)
    const to = nl === -1 || nl > end ? end : nl
    pushTrimmed(text, from, to, out)
    from = to + 1
  }
}

function pushTrimmed(text: string, from: number, to: number, out: Span[]): void {
  let a = from
  let b = to
  while (a < b && /\s/.test(text[a]!)) a++
  while (b > a && /\s/.test(text[b - 1]!)) b--
  if (b > a && !ELISION_ONLY.test(text.slice(a, b))) out.push([a, b])
}
