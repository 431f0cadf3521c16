import { describe, expect, it } from 'vitest'
import { speakerKey } from '../../src/analyse/attribution.js'

describe('analyse/attribution', () => {
  it('keys a sentence by a person’s name, journalist or unattributed', () => {
    expect(speakerKey({ role: 'person', name: 'Wang Yi', side: 'cn' })).toBe('Wang Yi')
    expect(speakerKey({ role: 'journalist', name: null, side: null })).toBe('journalist')
    expect(speakerKey({ role: 'narrator', name: null, side: null })).toBe('unattributed')
    expect(speakerKey({ role: 'person', name: null, side: null })).toBe('unattributed')
    expect(speakerKey(undefined)).toBe('unattributed')
  })
})
