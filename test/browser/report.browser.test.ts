/**
 * The generated reports in a real headless Chromium, from file://: no request leaves the file
 * system, no console error (a CSP violation is one), no dialog, no script or event-handler from
 * input in the DOM, and the pair page lays the two texts out side by side. Every check is first
 * shown to catch a deliberately unsafe page.
 */
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromium, type BrowserContext } from 'playwright-core'
import { renderReport } from '../../src/render/report.js'
import { contentSecurityPolicy } from '../../src/render/html.js'
import { writeReport } from '../../src/render/write-atomic.js'
import { EVENT_NN, fixtureInput } from '../fixtures/render/corpus.js'
import { hostileInput, IMG, SCRIPT } from '../fixtures/render/hostile.js'

/** Debian's chromium; PARALLAX_CHROMIUM points elsewhere (used to check the skip path). */
const CHROMIUM = process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium'
const REQUIRED = process.env.PARALLAX_REQUIRE_BROWSER === '1'
const AVAILABLE = existsSync(CHROMIUM)
const SCREENSHOTS = new URL('./screenshots/', import.meta.url)

/** Flags from shared/toolchain.md; the fresh user data dir is the first argument of launchPersistentContext. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

if (!AVAILABLE && !REQUIRED) {
  console.warn(
    `\n${'!'.repeat(78)}\n!! BROWSER TESTS SKIPPED: ${CHROMIUM} is missing.\n` +
      `!! Install it (apt-get update && apt-get install -y chromium); CI sets PARALLAX_REQUIRE_BROWSER=1.\n${'!'.repeat(78)}\n`,
  )
}

describe.runIf(!AVAILABLE && REQUIRED)('browser availability', () => {
  it('has chromium, as PARALLAX_REQUIRE_BROWSER=1 demands', () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing`).toBe(true)
  })
})

/** What one page did in the browser. */
interface PageReport {
  url: string
  /** Requests to anything but file: and data: URLs. */
  requests: string[]
  consoleErrors: string[]
  dialogs: string[]
  dom: { scripts: string[]; handlers: string[]; javascriptLinks: string[]; csp: string | null }
}

async function inspect(context: BrowserContext, url: string, screenshot?: string): Promise<PageReport> {
  const requests: string[] = []
  const consoleErrors: string[] = []
  const dialogs: string[] = []
  const onRequest = (r: { url(): string }): void => {
    if (!/^(file|data):/.test(r.url())) requests.push(r.url())
  }
  context.on('request', onRequest)
  const page = await context.newPage()
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text())
  })
  page.on('pageerror', (e) => consoleErrors.push(String(e)))
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`)
    void d.dismiss()
  })
  try {
    await page.goto(url, { waitUntil: 'load' })
    await page.waitForTimeout(50)
    const dom = await page.evaluate(() => ({
      scripts: [...document.querySelectorAll('script')].map((s) => s.outerHTML.slice(0, 80)),
      handlers: [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${el.localName} ${a.name}>`),
      ),
      javascriptLinks: [...document.querySelectorAll('[href],[src],[action]')]
        .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '')
        .filter((v) => /^\s*javascript:/i.test(v)),
      csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null,
    }))
    if (screenshot) await page.screenshot({ path: screenshot, fullPage: true })
    return { url, requests, consoleErrors, dialogs, dom }
  } finally {
    context.off('request', onRequest)
    await page.close()
  }
}

/** The same judgement for every page: an empty list means the page is safe. */
function problems(r: PageReport): string[] {
  return [
    ...r.requests.map((u) => `request to ${u}`),
    ...r.consoleErrors.map((e) => `console error: ${e.slice(0, 100)}`),
    ...r.dialogs.map((d) => `dialog ${d}`),
    ...r.dom.scripts.map((s) => `script element ${s}`),
    ...r.dom.handlers.map((h) => `event handler ${h}`),
    ...r.dom.javascriptLinks.map((l) => `javascript link ${l}`),
    ...(r.dom.csp?.includes("default-src 'none'") ? [] : ['no CSP with default-src none']),
  ]
}

describe.runIf(AVAILABLE)('report in Chromium', () => {
  let context: BrowserContext
  let dir: string
  const pages = { fixture: [] as string[], hostile: [] as string[] }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parallax-browser-'))
    context = await chromium.launchPersistentContext(join(dir, 'chromium-profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport: { width: 1280, height: 900 },
    })
    // Nothing may leave the file system; should a page try, the request is seen and then refused.
    await context.route(/^(?!file:|data:)/, (route) => route.abort())
    for (const name of ['fixture', 'hostile'] as const) {
      const files = renderReport(name === 'fixture' ? fixtureInput() : hostileInput())
      await writeReport(join(dir, name), files)
      pages[name] = files.filter((f) => f.path.endsWith('.html')).map((f) => pathToFileURL(join(dir, name, f.path)).href)
    }
    await mkdir(SCREENSHOTS, { recursive: true })
  })

  afterAll(async () => {
    await context?.close()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('the checks catch an unsafe page: raw input, no CSP, an external image', async () => {
    const unsafe = join(dir, 'unsafe.html')
    await writeFile(
      unsafe,
      `<!DOCTYPE html><html><head><meta charset="utf-8"><title>unsafe</title></head><body>` +
        `<p>${SCRIPT}</p><p>${IMG}</p><a href="javascript:alert(2)">x</a><img src="https://example.invalid/pixel.png"></body></html>`,
    )
    const found = problems(await inspect(context, pathToFileURL(unsafe).href))
    expect(found).toContain('request to https://example.invalid/pixel.png')
    expect(found).toContain('dialog alert: 1')
    expect(found).toContain('script element <script>alert(1)</script>')
    expect(found).toContain('event handler <img onerror>')
    expect(found).toContain('javascript link javascript:alert(2)')
    expect(found).toContain('no CSP with default-src none')
    expect(found.some((p) => p.startsWith('console error:'))).toBe(true)
  })

  it('the checks catch what our CSP blocks: an injected script and a style attribute log errors', async () => {
    const css = 'p { color: black; }'
    const blocked = join(dir, 'blocked.html')
    await writeFile(
      blocked,
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(css)}">` +
        `<style>${css}</style></head><body>${SCRIPT}<p style="color:red">x</p><img src="https://example.invalid/p.png"></body></html>`,
    )
    const report = await inspect(context, pathToFileURL(blocked).href)
    expect(report.dialogs).toEqual([]) // the CSP stopped the script
    expect(report.consoleErrors.filter((e) => /Content Security Policy/.test(e)).length).toBeGreaterThanOrEqual(2)
    expect(problems(report).length).toBeGreaterThan(0)
  })

  it('every page of the fixture report: no request, no console error, no dialog, CSP present', async () => {
    const found: string[] = []
    for (const url of pages.fixture) {
      const shot = url.endsWith('/index.html') ? 'index.png' : url.endsWith(`/${EVENT_NN}.html`) ? 'pair.png' : undefined
      const report = await inspect(context, url, shot ? new URL(shot, SCREENSHOTS).pathname : undefined)
      found.push(...problems(report).map((p) => `${url}: ${p}`))
    }
    expect(found).toEqual([])
    expect(pages.fixture.length).toBe(3)
  })

  it('every page of the committed seed reports (reports/): no request, no console error, no dialog, CSP present', async () => {
    const urls = (await readdir('reports', { recursive: true }))
      .filter((f) => f.endsWith('.html'))
      .sort()
      .map((f) => pathToFileURL(join('reports', f)).href)
    const found: string[] = []
    for (const url of urls) found.push(...problems(await inspect(context, url)).map((p) => `${url}: ${p}`))
    expect(found).toEqual([])
    expect(urls.length).toBeGreaterThanOrEqual(3)

    const page = await context.newPage()
    try {
      await page.goto(pathToFileURL('reports/pairs/2024-06-10-lavrov-wang-yi-nizhny-novgorod.html').href)
      const ru = (await page.locator('#col-ru').boundingBox())!
      const cn = (await page.locator('#col-cn').boundingBox())!
      expect(ru.x + ru.width).toBeLessThanOrEqual(cn.x)
      const choices = await page.locator('.choices').innerText()
      expect(choices).toMatch(/Global Majority/)
      expect(choices).toMatch(/Global South/)
    } finally {
      await page.close()
    }
  })

  it('every page of the hostile report stays inert', async () => {
    const found: string[] = []
    for (const url of pages.hostile) {
      const shot = url.includes('/pairs/') && url.includes('script') ? new URL('hostile-pair.png', SCREENSHOTS).pathname : undefined
      found.push(...problems(await inspect(context, url, shot)).map((p) => `${url}: ${p}`))
    }
    expect(found).toEqual([])
  })

  it('shows hostile input as visible text', async () => {
    const page = await context.newPage()
    try {
      const url = pages.hostile.find((u) => u.includes('/pairs/') && u.includes('script'))!
      await page.goto(url)
      const text = await page.locator('#cn-16').innerText()
      expect(text).toContain(`A reader wrote ${SCRIPT} and ${IMG}`)
      expect(await page.locator('title').innerText()).toContain(IMG)
    } finally {
      await page.close()
    }
  })

  it('pair page: the two texts side by side, aligned sentences on one row, the label choice visible', async () => {
    const page = await context.newPage()
    try {
      await page.goto(pages.fixture.find((u) => u.endsWith(`/${EVENT_NN}.html`))!)
      const ru = (await page.locator('#col-ru').boundingBox())!
      const cn = (await page.locator('#col-cn').boundingBox())!
      expect(ru.x + ru.width).toBeLessThanOrEqual(cn.x)
      expect(Math.abs(ru.y - cn.y)).toBeLessThan(2)
      expect(ru.width).toBeGreaterThan(400)
      const a = (await page.locator('#ru-4').boundingBox())!
      const b = (await page.locator('#cn-10').boundingBox())!
      expect(Math.abs(a.y - b.y)).toBeLessThan(2)
      expect(a.x).toBeLessThan(b.x)
      const choice = page.locator('.choices li').first()
      await expect.poll(() => choice.isVisible()).toBe(true)
      expect(await choice.innerText()).toMatch(/the developing world: ru Global Majority · cn developing countries \+ Global South/)
      expect(await page.locator('#ru-6 mark[title="global-majority"]').isVisible()).toBe(true)
      expect(await page.locator('#cn-9 mark[title="global-south"]').isVisible()).toBe(true)
    } finally {
      await page.close()
    }
  })
})
