import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseHTML } from 'linkedom'
import { renderReport } from '../../src/render/report.js'
import { EVENT_NN, fixtureInput } from '../fixtures/render/corpus.js'
import { hostileInput, IMG, LINK, SCRIPT } from '../fixtures/render/hostile.js'
import { syntheticInput } from '../fixtures/render/synthetic.js'
import { pageProblems } from './page-checks.js'

const TEMPLATES = new URL('../../templates/', import.meta.url)

/** The only `{{{…}}}` fields: each holds markup render code built from escaped pieces. */
const RAW_ALLOWED = ['html', 'keyness.chartSvg', 'page.css']

function templateFiles(dir: URL = TEMPLATES): { name: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? templateFiles(new URL(`${e.name}/`, dir)).map((f) => ({ ...f, name: `${e.name}/${f.name}` }))
      : e.name.endsWith('.hbs')
        ? [{ name: e.name, text: readFileSync(new URL(e.name, dir), 'utf8') }]
        : [],
  )
}

const html = (files: { path: string; content: string }[]) => files.filter((f) => f.path.endsWith('.html'))

describe('render/html: templates', () => {
  it('use {{{…}}} only for the named fields built by code', () => {
    const raw = templateFiles().flatMap(({ name, text }) => [...text.matchAll(/\{\{\{\s*([^}]*?)\s*\}\}\}/g)].map((m) => `${name}: ${m[1]}`))
    const fields = [...new Set(raw.map((r) => r.split(': ')[1]!))].sort()
    expect(fields).toEqual(RAW_ALLOWED)
    expect(templateFiles().filter(({ text }) => /\{\{\s*&/.test(text)).map((f) => f.name)).toEqual([])
  })

  it('has a stylesheet that cannot end its <style> element early', () => {
    expect(readFileSync(new URL('report.css', TEMPLATES), 'utf8')).not.toMatch(/<\//)
  })
})

describe('render/html: pages', () => {
  const cases = {
    fixture: renderReport(fixtureInput()),
    hostile: renderReport(hostileInput()),
    paginated: renderReport(syntheticInput(30, 3), { pageSize: 4 }),
  }

  for (const [name, files] of Object.entries(cases)) {
    it(`${name}: every page has lang, charset, a CSP allowing only its own stylesheet, print styles, no script`, () => {
      const problems = html(files).flatMap((f) => pageProblems(f.content).map((p) => `${f.path}: ${p}`))
      expect(problems).toEqual([])
      expect(html(files).length).toBeGreaterThan(2)
    })
  }

  it('the checks do fail on an unsafe page', () => {
    const unsafe = `<html><head><style>p{}</style></head><body>${SCRIPT}${IMG}${LINK}<p style="color:red">x</p></body></html>`
    expect(pageProblems(unsafe)).toEqual([
      'no doctype',
      'no lang="en"',
      'no meta charset',
      'no CSP meta',
      'style not allowed by the CSP',
      'no print stylesheet',
      '<script> element: <script>alert(1)</script>',
      'event handler attribute onerror on <img>',
      'href to javascript:alert(1)',
      'style attribute on <p>',
      '<img> element',
    ])
  })

  it('links only to pages of the report, by relative paths', () => {
    const files = cases.paginated
    const paths = new Set(files.map((f) => f.path))
    for (const f of html(files)) {
      const { document } = parseHTML(f.content)
      for (const a of document.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!
        const target = href.split('#')[0]!
        if (target === '') continue
        const resolved = new URL(target, `file:///r/${f.path}`).pathname.replace(/^\/r\//, '')
        expect(paths.has(resolved), `${f.path} → ${href}`).toBe(true)
      }
    }
  })

  it('shows hostile input as text: escaped in the markup, present in the text', () => {
    const files = cases.hostile
    const index = files.find((f) => f.path === 'index.html')!.content
    const pair = html(files).find((f) => f.path.startsWith('pairs/') && f.content.includes('Nizhny'))!
    expect(pair.path).toMatch(/^pairs\/[A-Za-z0-9_-]+\.html$/)
    expect(pair.content).toContain('<title>2024-06-10 · Sergey Lavrov, Wang Yi · &lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;</title>')
    expect(pair.content).toContain('<span class="who">&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;</span>')
    expect(index).toContain('seeds/&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;.txt')
    expect(index).toContain('my&lt;script&gt;alert(1)&lt;/script&gt;.json')
    expect(index).toContain('&lt;svg onload&#x3D;alert(1)&gt;') // a keyness term, in the table and the chart
    const { document } = parseHTML(pair.content)
    expect(document.querySelector('#cn-16')!.textContent).toBe(`16${IMG}A reader wrote ${SCRIPT} and ${IMG} and ${LINK} and javascript:alert(1) here.counterpart: ru sentence 8`)
    expect(document.querySelectorAll('#cn-16 ins').length).toBeGreaterThan(0) // word diff markup around escaped text
    expect(document.querySelector(`mark[title="x&quot; onmouseover&#x3D;&quot;alert(1)"]`) ?? document.querySelector('mark[title^="x\\""]')).not.toBeNull()
  })

  it('pair page: both texts, ru left and cn right, the label choice, speakers and the no-counterpart notes', () => {
    const pair = cases.fixture.find((f) => f.path === `pairs/${EVENT_NN}.html`)!.content
    const { document } = parseHTML(pair)
    const choice = document.querySelector('.choices li')!.textContent!.replace(/\s+/g, ' ')
    expect(choice).toBe('the developing world: ru Global Majority · cn developing countries + Global South (different labels)')
    const row = [...document.querySelectorAll('table.parallel tbody tr')].find((tr) => tr.querySelector('#ru-4'))!
    expect(row.className).toBe('aligned')
    expect(row.querySelector('td.s.cn')!.id).toBe('cn-10')
    expect(row.querySelector('td.s.cn .who')!.textContent).toBe('Sergey Lavrov')
    expect(document.querySelector('#ru-6 mark[title="global-majority"]')!.textContent).toBe('Global Majority')
    expect(document.querySelectorAll('#ru-4 del').length).toBeGreaterThan(0)
    expect(document.querySelectorAll('#cn-10 ins').length).toBeGreaterThan(0)
    expect(document.querySelector('#ru-1 .note')!.textContent).toBe('no counterpart in cn')
    expect(document.querySelector('nav a')!.getAttribute('href')).toBe('../index.html')
  })
})
