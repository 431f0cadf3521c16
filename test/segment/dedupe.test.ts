import { describe, expect, it } from 'vitest'
import { dedupeKey, dedupeLines, dropRepeatedSentences } from '../../src/segment/dedupe.js'
import { sentenceSpans } from '../../src/segment/sentences.js'

describe('dedupeLines', () => {
  it('keeps the first copy of each line, also when the second copy lacks the title line', () => {
    expect(dedupeLines(['Title', 'Body one.', 'Body two.', 'Body one.', 'Body two.'])).toEqual(['Title', 'Body one.', 'Body two.'])
  })

  it('compares lines ignoring case and the kind of apostrophe', () => {
    expect(dedupeKey('Russia’s Foreign Minister “Lavrov”')).toBe(dedupeKey('russia\'s foreign minister "lavrov"'))
    expect(dedupeLines(['Lavrov’s remarks', "Lavrov's remarks"])).toEqual(['Lavrov’s remarks'])
  })

  it('keeps an elision line with the copy it belongs to (seed 003:9)', () => {
    const lines = ['Title.', 'A.', '<...>', 'B.', '<...>', 'C.', 'A.', '<...>', 'B.', '<...>', 'C.']
    expect(dedupeLines(lines)).toEqual(['Title.', 'A.', '<...>', 'B.', '<...>', 'C.'])
  })
})

describe('dropRepeatedSentences', () => {
  it('removes sentences repeated inside other lines, and returns null when nothing repeats', () => {
    const text = 'Lavrov met Wang Yi. They discussed BRICS.\nThey discussed BRICS. The talks were friendly.'
    expect(dropRepeatedSentences(text, sentenceSpans(text))).toBe('Lavrov met Wang Yi. They discussed BRICS.\nThe talks were friendly.')
    expect(dropRepeatedSentences('One. Two.', sentenceSpans('One. Two.'))).toBeNull()
  })

  it('drops a line that only repeated sentences made up', () => {
    const text = 'A first sentence. A second one.\nA second one.\nA third.'
    expect(dropRepeatedSentences(text, sentenceSpans(text))).toBe('A first sentence. A second one.\nA third.')
  })
})
