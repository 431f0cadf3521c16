import { diffWordsWithSpace } from 'diff'
import type { Account, AlignedSentence, DiffPart } from '../types.js'
import { STOP_WORDS, stem, tokenise } from './tokenise.js'

/** Options of sentence alignment; every field is optional. */
export interface SentenceAlignOptions {
  /**
   * Least similarity for two sentences to be paired. Chosen on the 2024-06-10 pair (seeds/003:12
   * and 004:1): sentences that tell the same thing score 0.19–0.51 there (the leads, the UN Security
   * Council, "the number of … countries", "the summit in Kazan"), most unrelated pairs below 0.16.
   * @default 0.18
   */
  minSimilarity?: number
  /**
   * The word diff of a pair gives up (`diff: null`) beyond this many edits. An edit bound, not a
   * time bound, so the same input always gives the same report. @default 250
   */
  maxEditLength?: number
}

export const sentenceAlignDefaults = { minSimilarity: 0.18, maxEditLength: 250 } satisfies Required<SentenceAlignOptions>

/** Content words of a sentence: stems of its non-stop words, one entry per stem. */
function contentStems(text: string, start: number, end: number): Set<string> {
  const out = new Set<string>()
  for (const token of tokenise(text, start, end)) {
    if (!STOP_WORDS.has(token.norm) && token.norm.length > 1) out.add(stem(token.norm))
  }
  return out
}

/**
 * Pairs sentences of two accounts that say much the same, one to one. Similarity is a weighted
 * Dice coefficient over content-word stems, each stem weighted by its inverse document frequency
 * over the sentences of both accounts, so that "Russia", "China" and "cooperation", which are
 * everywhere in these readouts, count for little. Pairs are taken greedily, best first. Work is
 * bounded by the shared stems of sentence pairs (an inverted index), never cubic.
 */
export function alignSentences(
  ru: Pick<Account, 'id' | 'text' | 'sentences'>,
  cn: Pick<Account, 'id' | 'text' | 'sentences'>,
  options: SentenceAlignOptions = {},
): { aligned: AlignedSentence[]; unmatched: { ru: number[]; cn: number[] } } {
  const { minSimilarity, maxEditLength } = { ...sentenceAlignDefaults, ...options }
  const ruStems = ru.sentences.map((s) => contentStems(ru.text, s.span[0], s.span[1]))
  const cnStems = cn.sentences.map((s) => contentStems(cn.text, s.span[0], s.span[1]))

  const df = new Map<string, number>()
  for (const set of [...ruStems, ...cnStems]) for (const s of set) df.set(s, (df.get(s) ?? 0) + 1)
  const total = ruStems.length + cnStems.length
  const weight = (s: string): number => Math.log((total + 1) / ((df.get(s) ?? 0) + 1)) + 1
  const mass = (set: Set<string>): number => {
    let m = 0
    for (const s of set) m += weight(s)
    return m
  }
  const ruMass = ruStems.map(mass)
  const cnMass = cnStems.map(mass)

  const postings = new Map<string, number[]>()
  cnStems.forEach((set, j) => {
    for (const s of set) {
      const list = postings.get(s)
      if (list === undefined) postings.set(s, [j])
      else list.push(j)
    }
  })

  const candidates: { i: number; j: number; similarity: number }[] = []
  ruStems.forEach((set, i) => {
    const shared = new Map<number, number>()
    for (const s of set) {
      const w = weight(s)
      for (const j of postings.get(s) ?? []) shared.set(j, (shared.get(j) ?? 0) + w)
    }
    for (const [j, w] of shared) {
      const denominator = (ruMass[i] ?? 0) + (cnMass[j] ?? 0)
      const similarity = denominator > 0 ? (2 * w) / denominator : 0
      if (similarity >= minSimilarity) candidates.push({ i, j, similarity })
    }
  })
  candidates.sort((x, y) => y.similarity - x.similarity || x.i - y.i || x.j - y.j)

  const usedRu = new Set<number>()
  const usedCn = new Set<number>()
  const aligned: AlignedSentence[] = []
  for (const { i, j, similarity } of candidates) {
    if (usedRu.has(i) || usedCn.has(j)) continue
    usedRu.add(i)
    usedCn.add(j)
    const ruSpan = ru.sentences[i]?.span ?? [0, 0]
    const cnSpan = cn.sentences[j]?.span ?? [0, 0]
    aligned.push({
      ru: { account: ru.id, sentence: i },
      cn: { account: cn.id, sentence: j },
      similarity: Math.round(similarity * 1e6) / 1e6,
      diff: wordDiff(ru.text.slice(ruSpan[0], ruSpan[1]), cn.text.slice(cnSpan[0], cnSpan[1]), maxEditLength),
    })
  }
  aligned.sort((x, y) => x.ru.sentence - y.ru.sentence)
  return {
    aligned,
    unmatched: {
      ru: ru.sentences.map((_, i) => i).filter((i) => !usedRu.has(i)),
      cn: cn.sentences.map((_, j) => j).filter((j) => !usedCn.has(j)),
    },
  }
}

/** Word diff from the ru sentence to the cn one, or null when it would take more than `maxEditLength` edits. */
export function wordDiff(ruText: string, cnText: string, maxEditLength: number): DiffPart[] | null {
  const changes = diffWordsWithSpace(ruText, cnText, { maxEditLength })
  if (changes === undefined) return null
  return changes.map((c) => ({ value: c.value, added: c.added, removed: c.removed }))
}
