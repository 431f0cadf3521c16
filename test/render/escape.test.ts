import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import Handlebars from 'handlebars'
import { escapeHtml } from '../../src/render/escape.js'

function unescape(html: string): string {
  return html.replace(/&(amp|lt|gt|quot|#x27|#x60|#x3D);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#x60': '`', '#x3D': '=' })[e]!)
}

describe('render/escape', () => {
  it('escapes the characters that open tags, attributes and entities', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')">&\``)).toBe('&lt;img src&#x3D;x onerror&#x3D;&quot;alert(&#x27;1&#x27;)&quot;&gt;&amp;&#x60;')
  })

  it('leaves other text alone, emoji and Cyrillic included', () => {
    expect(escapeHtml('🇷🇺🇨🇳 Лавров — Wang Yi')).toBe('🇷🇺🇨🇳 Лавров — Wang Yi')
  })

  it('agrees with Handlebars {{…}} byte for byte', () => {
    const template = Handlebars.create().compile('{{x}}')
    fc.assert(fc.property(fc.string(), (s) => escapeHtml(s) === template({ x: s })))
  })

  it('never lets < > " \' through, and round-trips', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const e = escapeHtml(s)
        return !/[<>"'`]/.test(e) && unescape(e) === s
      }),
    )
  })
})
