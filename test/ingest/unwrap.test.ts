import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { matchBoilerplate, normalizeLine } from '../../src/ingest/lines.js'
import { unwrapHardWrapped, wrapWidth } from '../../src/ingest/unwrap.js'

const SEEDS = ['000_87fdc513f4ffdc63', '001_d400d3f38b6f09ed', '002_b71bd70bc2f6245b', '003_5386bee5090c7a93', '004_775c12525becf376']
const seed = (name: string) => readFileSync(`seeds/${name}.txt`, 'utf8')

/** Wraps each line at `width` on spaces, as `fold -s` or a PDF copy does. */
function hardWrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const out: string[] = []
      let current = ''
      for (const word of line.split(' ')) {
        if (current !== '' && current.length + 1 + word.length > width) {
          out.push(current)
          current = word
        } else current = current === '' ? word : `${current} ${word}`
      }
      out.push(current)
      return out.join('\n')
    })
    .join('\n')
}

describe('ingest/unwrap', () => {
  it('leaves the seeds, whose paragraphs are one line each, as they are', () => {
    for (const name of SEEDS) expect(unwrapHardWrapped(seed(name)), name).toBe(seed(name))
  })

  it('puts the web seeds wrapped at 60, 72 or 80 characters back together, breaking lines only at sentence ends', () => {
    const words = (text: string) => text.replace(/\s+/g, ' ').trim()
    for (const name of ['000_87fdc513f4ffdc63', '002_b71bd70bc2f6245b', '004_775c12525becf376']) {
      const original = seed(name)
      const lines = new Set(original.split('\n').map((l) => l.trim()))
      for (const width of [60, 72, 80]) {
        const wrapped = hardWrap(original, width)
        expect(wrapWidth(wrapped.split('\n')), `${name} at ${width}`).toBeLessThanOrEqual(width)
        const unwrapped = unwrapHardWrapped(wrapped)
        expect(words(unwrapped), `${name} at ${width}`).toBe(words(original))
        // Every paragraph of text comes back whole, or cut only where a sentence ends.
        for (const line of lines) {
          if (line.length < 100 || matchBoilerplate(normalizeLine(line)) !== null) continue
          const at = unwrapped.indexOf(line.slice(0, 40))
          const back = unwrapped.slice(at, at + line.length + 20).split('\n')
          expect(at, `${name} at ${width}`).toBeGreaterThanOrEqual(0)
          if (back[0] === line) continue
          for (const piece of back.slice(0, -1)) if (piece !== '' && line.includes(piece)) expect(piece, `${name} at ${width}`).toMatch(/[.!?:;]["”’)]?$/)
        }
      }
    }
    expect(unwrapHardWrapped(hardWrap(seed('004_775c12525becf376'), 72))).toContain(
      'On June 10, 2024 local time, Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi met with Russian Foreign Minister Sergey Lavrov in Nizhny Novgorod.',
    )
  })

  it('does not take a list of short lines for a wrapped text', () => {
    const menu = Array.from({ length: 20 }, (_, i) => `Menu item number ${i}`).join('\n')
    expect(wrapWidth(menu.split('\n'))).toBeNull()
  })
})
