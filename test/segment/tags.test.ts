import { describe, expect, it } from 'vitest'
import { takeTagLines } from '../../src/segment/tags.js'

describe('takeTagLines', () => {
  it('moves hashtag-only lines to tags, unique and in order, and leaves hashtags inside sentences', () => {
    const lines = ['#RussiaChina', 'Title', '#RussiaChina #UNGA77', '#PhotoOfTheDay', 'the #UN and #BRICS, #SCO, #APEC and other formats.', '#UNGA79']
    expect(takeTagLines(lines)).toEqual({
      lines: ['Title', 'the #UN and #BRICS, #SCO, #APEC and other formats.'],
      tags: ['RussiaChina', 'UNGA77', 'PhotoOfTheDay', 'UNGA79'],
    })
  })
})
