import type { Account, AlignedEvent, Diagnostic, PairOverrides } from '../types.js'
import { candidatePairs } from './candidates.js'
import { assembleEvents } from './events.js'
import { prepareAccounts } from './features.js'
import { compareIds } from './ids.js'
import { isIssuingPair, isSameSideCopy, matchUnits, type ScoredPair } from './match.js'
import { settleAlignOptions, type AlignOptions } from './options.js'
import { resolveOverrides } from './overrides.js'
import { assessPair } from './score-pair.js'
import { cosine } from './text-similarity.js'

/** Events found in a set of accounts, and problems with the overrides. */
export interface AlignResult {
  /** Every account in exactly one event; sorted by date (undated last), then id. */
  events: AlignedEvent[]
  diagnostics: Diagnostic[]
}

/**
 * Groups accounts into events: copies of one readout on the same side, and the two sides' accounts
 * of one meeting. An account with no counterpart is an event of its own.
 *
 * Candidates come from blocking (`candidates.ts`), each is scored with reasons (`score-pair.ts`),
 * and groups are formed best first (`match.ts`). An analyst's confirm lists win and are marked
 * `override: 'confirmed'`; rejected pairs never share an event; ids that name no account become
 * `unknown-account` diagnostics. Throws on duplicate account ids or out-of-range options (caller
 * mistakes).
 */
export function alignAccounts(input: Account[], options?: AlignOptions, overrides?: PairOverrides): AlignResult {
  const settings = settleAlignOptions(options)
  // Work in id order, so the vocabulary, every sum and every tie-break are the same whatever the input order.
  const accounts = [...input].sort((a, b) => compareIds(a.id, b.id))
  const indexOf = new Map<string, number>()
  accounts.forEach((account, index) => {
    if (indexOf.has(account.id)) throw new Error(`alignAccounts: expected unique account ids, found "${account.id}" twice`)
    indexOf.set(account.id, index)
  })

  const features = prepareAccounts(accounts, settings)
  const resolved = resolveOverrides(overrides, indexOf)
  const { pairs, rival } = candidatePairs(features, settings)

  // No same-side pair below the lower of the two copy bars can be a copy (match.ts, isSameSideCopy).
  const sameSideFloor = Math.min(settings.minSameSideSimilarity, settings.minCorroboratedSimilarity)
  const scored: ScoredPair[] = []
  // The best cross-side candidate of each account, kept or not, to explain a lone account.
  const bestOther = new Int32Array(features.length).fill(-1)
  const bestLogOdds = new Float64Array(features.length).fill(-Infinity)
  for (let k = 0; k < pairs.length; k += 2) {
    const fa = features[pairs[k]!]!
    const fb = features[pairs[k + 1]!]!
    if (fa.side === fb.side) {
      // Blocking let through only possible copies, where the text decides, and a joint statement with the talks
      // of its day, which all count (match.ts joins it only to the one event of its day).
      if (fa.jointStatement === fb.jointStatement && cosine(fa.vector, fb.vector) < sameSideFloor) continue
      const pair = { a: fa.index, b: fb.index, assessment: assessPair(fa, fb, settings) }
      if (isSameSideCopy(pair, settings, features) || isIssuingPair(pair, features)) scored.push(pair)
    } else {
      const assessment = assessPair(fa, fb, settings)
      if (assessment.logOdds > bestLogOdds[fa.index]!) {
        bestLogOdds[fa.index] = assessment.logOdds
        bestOther[fa.index] = fb.index
      }
      if (assessment.logOdds > bestLogOdds[fb.index]!) {
        bestLogOdds[fb.index] = assessment.logOdds
        bestOther[fb.index] = fa.index
      }
      const pair = { a: fa.index, b: fb.index, assessment }
      if (assessment.confidence >= settings.minConfidence || isIssuingPair(pair, features)) scored.push(pair)
    }
  }

  const units = matchUnits(features, scored, resolved, settings)
  const events = assembleEvents({
    features,
    units,
    closest: (i) => (bestOther[i]! >= 0 ? bestOther[i]! : rival[i]! >= 0 ? rival[i]! : null),
    assess: (a, b) => assessPair(features[a]!, features[b]!, settings),
    settings,
  })
  return { events, diagnostics: resolved.diagnostics }
}
