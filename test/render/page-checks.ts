/**
 * Static checks of a rendered page, shared by the render tests. Each one is shown to fail on a
 * deliberately unsafe page in html.test.ts, so a passing check means something.
 */
import { createHash } from 'node:crypto'
import { parseHTML } from 'linkedom'

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e.toLowerCase()]!
  })
}

/** Problems of one page: each a short line; an empty list means the page passes. */
export function pageProblems(html: string): string[] {
  const problems: string[] = []
  const { document } = parseHTML(html)
  if (!/^<!DOCTYPE html>/i.test(html)) problems.push('no doctype')
  if (document.documentElement.getAttribute('lang') !== 'en') problems.push('no lang="en"')
  if (!document.querySelector('meta[charset]')) problems.push('no meta charset')

  const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]')
  const csp = meta?.getAttribute('content') ?? ''
  if (!meta) problems.push('no CSP meta')
  else {
    for (const d of ["default-src 'none'", "base-uri 'none'", "form-action 'none'"]) if (!csp.includes(d)) problems.push(`CSP lacks ${d}`)
    if (/script-src/.test(csp)) problems.push('CSP allows scripts')
    const first = document.head.firstElementChild
    if (first !== meta && first?.nextElementSibling !== meta) problems.push('CSP meta is not at the top of <head>')
  }
  const styles = [...document.querySelectorAll('style')]
  if (styles.length !== 1) problems.push(`${styles.length} <style> elements`)
  for (const style of styles) {
    // The hash is over the raw text between the tags, exactly as the browser sees it.
    const raw = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? ''
    const hash = createHash('sha256').update(raw, 'utf8').digest('base64')
    if (!csp.includes(`'sha256-${hash}'`) && !csp.includes("'unsafe-inline'")) problems.push('style not allowed by the CSP')
    if (!/@media print/.test(style.textContent ?? '')) problems.push('no print stylesheet')
  }

  for (const el of document.querySelectorAll('script')) problems.push(`<script> element: ${el.outerHTML.slice(0, 60)}`)
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) problems.push(`event handler attribute ${attr.name} on <${el.localName}>`)
      if (attr.name === 'style') problems.push(`style attribute on <${el.localName}>`)
      if (['href', 'src', 'xlink:href', 'action', 'formaction', 'srcset', 'poster', 'data'].includes(attr.name)) {
        const v = attr.value.trim()
        if (/^[a-z][a-z0-9+.-]*:/i.test(v) && !/^data:/i.test(v)) problems.push(`${attr.name} to ${v}`)
      }
    }
  }
  for (const tag of ['img', 'iframe', 'object', 'embed', 'link', 'form', 'base', 'audio', 'video', 'image', 'use', 'foreignObject']) {
    for (const el of document.querySelectorAll(tag)) problems.push(`<${el.localName}> element`)
  }
  return problems
}
