/** Frequencies of one term in two corpora: the shape every keyness statistic takes. */
export interface Counts {
  /** Occurrences of the term in corpus A (ru, or the study corpus). */
  a: number
  /** Occurrences of the term in corpus B (cn, or the reference corpus). */
  b: number
  /** Size of corpus A in tokens. */
  totalA: number
  /** Size of corpus B in tokens. */
  totalB: number
}
