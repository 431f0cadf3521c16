import { describe, expect, it } from 'vitest'
import { pairKey, resolveOverrides } from '../../src/align/overrides.js'

const indexOf = new Map(['a:1', 'a:2', 'b:1', 'b:2'].map((id, i) => [id, i]))

describe('align/overrides', () => {
  it('merges overlapping confirm lists', () => {
    const resolved = resolveOverrides({ confirm: [['a:1', 'b:1'], ['b:1', 'a:2']], reject: [] }, indexOf)
    expect(resolved.confirm).toEqual([[0, 2, 1]])
    expect(resolved.diagnostics).toEqual([])
  })

  it('rejects every pair of a reject list', () => {
    const resolved = resolveOverrides({ confirm: [], reject: [['a:1', 'b:1', 'b:2']] }, indexOf)
    expect([...resolved.rejected].sort((x, y) => x - y)).toEqual([pairKey(0, 2, 4), pairKey(0, 3, 4), pairKey(2, 3, 4)])
  })

  it('drops a confirm list that would join a rejected pair through another list', () => {
    const resolved = resolveOverrides({ confirm: [['a:1', 'b:1'], ['b:1', 'a:2']], reject: [['a:1', 'a:2']] }, indexOf)
    expect(resolved.confirm).toEqual([[0, 2]])
    expect(resolved.diagnostics.map((d) => d.message)).toEqual([
      'confirm list [b:1, a:2] would join "a:1" and "a:2", which a reject list keeps apart: confirmation ignored',
    ])
  })

  it('reports each unknown id once', () => {
    const resolved = resolveOverrides({ confirm: [['a:1', 'z:9']], reject: [['z:9', 'b:1']] }, indexOf)
    expect(resolved.diagnostics.map((d) => [d.ruleId, d.severity, d.file])).toEqual([['unknown-account', 'error', 'pairOverrides']])
  })

  it('accepts no overrides at all', () => {
    expect(resolveOverrides(undefined, indexOf)).toEqual({ confirm: [], rejected: new Set(), diagnostics: [] })
  })
})
