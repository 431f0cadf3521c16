/**
 * Options of the align stage, settled once with their defaults.
 *
 * Scoring is a sum of log-odds (Fellegi–Sunter record linkage): each signal adds evidence for or
 * against "these two accounts tell one event", and the confidence is the logistic of the sum.
 * A weight is the log-odds a signal adds when it agrees fully; disagreement subtracts a multiple
 * of it (see `score-pair.ts`). Weights are in natural-log units: +1 multiplies the odds by e.
 */
export interface AlignWeights {
  /** Event dates: the same stated day adds the full weight. @default 3 */
  date: number
  /** Participants: the same principals (first two named) add the full weight; different counterparts subtract 1.5×. @default 4 */
  participants: number
  /**
   * Counterpart countries (named in the title and first sentence, Russia and China aside): each
   * account whose counterpart country (Laos) the other account names nowhere in its lead subtracts
   * the full weight. Two accounts that each have such a country are not even compared (blocking).
   * Naming the same country adds nothing: Russia's and China's meetings with one minister are two
   * meetings. @default 3
   */
  countries: number
  /** The same stated place adds the full weight; two different places subtract it. @default 1.5 */
  place: number
  /** Kind of event: the same kind adds half of it; a phone call against a meeting subtracts 2×. @default 1 */
  kind: number
  /** TF-IDF cosine of the leads, times this weight. The two sides paraphrase, so this is one signal among several. @default 6 */
  text: number
  /** A shared rare hashtag (#UNGA77; not #RussiaChina, which tags everything). @default 1 */
  tags: number
  /** Prior log-odds of a candidate pair before any evidence: most candidates are not the same event. @default -5 */
  prior: number
}

export interface AlignOptions {
  /** Largest distance in days between two event dates that can still be one event (time zones, a readout dated the next day). @default 2 */
  maxDays?: number
  /** Smallest confidence in [0, 1] at which two accounts are grouped. @default 0.5 */
  minConfidence?: number
  /** Smallest TF-IDF cosine for two accounts of one side to count as copies of one readout (a release and its Telegram post: 0.78 in the seeds; two readouts of different calls between the same ministers reach 0.5). @default 0.6 */
  minSameSideSimilarity?: number
  /**
   * The same for two accounts of one side that agree on everything else: the very day, a stated place
   * (for two calls, which have none, the kind of call), the kind and every participant: a mid.ru page and
   * the channel's shorter retelling of it, or the readout of talks and the opening remarks made at them.
   * Two different events do not share all of that, so their wording need agree much less: a channel's
   * "Today in Beijing, Putin held talks with Xi Jinping" and the Kremlin's transcript of them share 0.14.
   * @default 0.12
   */
  minCorroboratedSimilarity?: number
  /** A date window wider than this many days is too vague to block on by day (it still blocks on rare tags and place). @default 62 */
  maxWindowDays?: number
  /** Characters of each account's text used for text similarity: the lead carries who, where and what. @default 2000 */
  textChars?: number
  /** A hashtag carried by more accounts than this is too common to be evidence or a blocking key. @default 50 */
  maxTagAccounts?: number
  /** Days before its publication date that an account with no date in its text may report. @default 3 */
  publishedLagDays?: number
  /** Log-odds weights of the signals. Missing fields take their defaults. */
  weights?: Partial<AlignWeights>
}

export interface AlignSettings extends Required<Omit<AlignOptions, 'weights'>> {
  weights: AlignWeights
}

export const defaultWeights = {
  date: 3,
  participants: 4,
  countries: 3,
  place: 1.5,
  kind: 1,
  text: 6,
  tags: 1,
  prior: -5,
} satisfies AlignWeights

export const alignDefaults = {
  maxDays: 2,
  minConfidence: 0.5,
  minSameSideSimilarity: 0.6,
  minCorroboratedSimilarity: 0.12,
  maxWindowDays: 62,
  textChars: 2000,
  maxTagAccounts: 50,
  publishedLagDays: 3,
  weights: defaultWeights,
} satisfies Required<AlignOptions>

/** Fills in the defaults; a value out of range is the caller's mistake and throws, naming the option. */
export function settleAlignOptions(options: AlignOptions = {}): AlignSettings {
  const settled: AlignSettings = {
    maxDays: options.maxDays ?? alignDefaults.maxDays,
    minConfidence: options.minConfidence ?? alignDefaults.minConfidence,
    minSameSideSimilarity: options.minSameSideSimilarity ?? alignDefaults.minSameSideSimilarity,
    minCorroboratedSimilarity: options.minCorroboratedSimilarity ?? alignDefaults.minCorroboratedSimilarity,
    maxWindowDays: options.maxWindowDays ?? alignDefaults.maxWindowDays,
    textChars: options.textChars ?? alignDefaults.textChars,
    maxTagAccounts: options.maxTagAccounts ?? alignDefaults.maxTagAccounts,
    publishedLagDays: options.publishedLagDays ?? alignDefaults.publishedLagDays,
    weights: { ...defaultWeights, ...options.weights },
  }
  for (const name of ['maxDays', 'maxWindowDays', 'textChars', 'maxTagAccounts', 'publishedLagDays'] as const) {
    const value = settled[name]
    if (!Number.isInteger(value) || value < 0) {
      throw new RangeError(`align option ${name}: expected a whole number ≥ 0, found ${String(value)}`)
    }
  }
  for (const name of ['minConfidence', 'minSameSideSimilarity', 'minCorroboratedSimilarity'] as const) {
    const value = settled[name]
    if (!(value >= 0 && value <= 1)) throw new RangeError(`align option ${name}: expected a number in [0, 1], found ${String(value)}`)
  }
  for (const [name, value] of Object.entries(settled.weights)) {
    if (!Number.isFinite(value)) throw new RangeError(`align option weights.${name}: expected a finite number, found ${String(value)}`)
  }
  return settled
}
