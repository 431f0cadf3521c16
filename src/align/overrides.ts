import type { Diagnostic, PairOverrides } from '../types.js'

/** An analyst's overrides, by account index. */
export interface ResolvedOverrides {
  /** Groups that must form one event (overlapping confirm lists already merged). */
  confirm: number[][]
  /** Pairs that must never share an event, as `pairKey(i, j)`. */
  rejected: Set<number>
  diagnostics: Diagnostic[]
}

/** Where override diagnostics point: the pipeline option that carries them. */
export const overridesOrigin = 'pairOverrides'

/** One number per unordered pair of indices below `n`. */
export function pairKey(i: number, j: number, n: number): number {
  return i < j ? i * n + j : j * n + i
}

/**
 * Maps override ids to account indices. An id that names no account is one `unknown-account`
 * diagnostic (the rest of the list still applies). Rejections win over confirmations: a confirm list
 * that would put a rejected pair in one event is dropped with a `conflicting-override` diagnostic.
 */
export function resolveOverrides(overrides: PairOverrides | undefined, indexOf: ReadonlyMap<string, number>): ResolvedOverrides {
  const n = indexOf.size
  const diagnostics: Diagnostic[] = []
  const rejected = new Set<number>()
  if (!overrides) return { confirm: [], rejected, diagnostics }

  const reported = new Set<string>()
  const known = (ids: readonly string[], list: string): number[] => {
    const indices: number[] = []
    for (const id of ids) {
      const index = indexOf.get(id)
      if (index !== undefined) indices.push(index)
      else if (!reported.has(id)) {
        reported.add(id)
        diagnostics.push({
          file: overridesOrigin,
          severity: 'error',
          ruleId: 'unknown-account',
          message: `${list} list names account "${id}", which is not among the accounts`,
        })
      }
    }
    return [...new Set(indices)]
  }

  for (const list of overrides.reject ?? []) {
    const indices = known(list, 'reject')
    for (let x = 0; x < indices.length; x++) {
      for (let y = x + 1; y < indices.length; y++) rejected.add(pairKey(indices[x]!, indices[y]!, n))
    }
  }

  // Union-find over confirm lists, in file order, refusing a list that would join a rejected pair.
  const parent = new Map<number, number>()
  const find = (i: number): number => {
    let root = i
    while ((parent.get(root) ?? root) !== root) root = parent.get(root)!
    parent.set(i, root)
    return root
  }
  const members = new Map<number, number[]>()
  const component = (i: number) => members.get(find(i)) ?? [i]
  for (const list of overrides.confirm ?? []) {
    const indices = known(list, 'confirm')
    if (indices.length < 2) continue
    const joined = [...new Set(indices.flatMap((i) => component(i)))]
    const clash = findRejected(joined, rejected, n)
    if (clash) {
      const ids = [...indexOf.entries()]
      const idOf = (i: number) => ids.find(([, index]) => index === i)?.[0] ?? String(i)
      diagnostics.push({
        file: overridesOrigin,
        severity: 'error',
        ruleId: 'conflicting-override',
        message: `confirm list [${list.join(', ')}] would join "${idOf(clash[0])}" and "${idOf(clash[1])}", which a reject list keeps apart: confirmation ignored`,
      })
      continue
    }
    const root = find(joined[0]!)
    for (const i of joined) {
      members.delete(find(i))
      parent.set(find(i), root)
    }
    members.set(root, joined)
  }
  return { confirm: [...members.values()], rejected, diagnostics }
}

function findRejected(indices: readonly number[], rejected: ReadonlySet<number>, n: number): [number, number] | null {
  if (rejected.size === 0) return null
  for (let x = 0; x < indices.length; x++) {
    for (let y = x + 1; y < indices.length; y++) {
      if (rejected.has(pairKey(indices[x]!, indices[y]!, n))) return [indices[x]!, indices[y]!]
    }
  }
  return null
}
