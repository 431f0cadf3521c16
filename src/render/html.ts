import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import Handlebars from 'handlebars'
import type { IndexPageVm, ListPageVm, PairPageVm } from './view-model.js'

/** Where the templates live: `templates/` at the package root, from both `src/render` and `dist/render`. */
export const TEMPLATE_DIR = new URL('../../templates/', import.meta.url)

interface Templates {
  index: Handlebars.TemplateDelegate
  list: Handlebars.TemplateDelegate
  pair: Handlebars.TemplateDelegate
  page: { css: string; csp: string }
}

let loaded: Templates | null = null

/**
 * The page policy: nothing may load, the one inline stylesheet is allowed by its hash (so an
 * injected `<style>` or `style=` attribute would not apply either), no scripts at all.
 */
export function contentSecurityPolicy(css: string): string {
  const hash = createHash('sha256').update(css, 'utf8').digest('base64')
  return `default-src 'none'; style-src 'sha256-${hash}'; img-src data:; base-uri 'none'; form-action 'none'`
}

function load(): Templates {
  if (loaded) return loaded
  const read = (name: string): string => readFileSync(new URL(name, TEMPLATE_DIR), 'utf8')
  const hbs = Handlebars.create()
  const partialDir = new URL('partials/', TEMPLATE_DIR)
  for (const file of readdirSync(partialDir).filter((f) => f.endsWith('.hbs')).sort()) {
    hbs.registerPartial(file.slice(0, -'.hbs'.length), readFileSync(new URL(file, partialDir), 'utf8'))
  }
  const css = read('report.css')
  // The stylesheet goes in raw (escaping would break `>` and quotes); it is ours, but check anyway.
  if (/<\/?style|<!--|<\//i.test(css)) throw new Error('templates/report.css must not contain "</" or "<!--"')
  const compile = (name: string): Handlebars.TemplateDelegate =>
    hbs.compile(read(name), { strict: true, noEscape: false })
  loaded = {
    index: compile('index.hbs'),
    list: compile('list.hbs'),
    pair: compile('pair.hbs'),
    page: { css, csp: contentSecurityPolicy(css) },
  }
  return loaded
}

/** Options that keep Handlebars from reaching into prototypes: our view models are plain objects. */
const RUNTIME = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false }

export function renderIndexHtml(vm: IndexPageVm): string {
  const t = load()
  return t.index({ ...vm, page: t.page }, RUNTIME)
}

export function renderListHtml(vm: ListPageVm): string {
  const t = load()
  return t.list({ ...vm, page: t.page }, RUNTIME)
}

export function renderPairHtml(vm: PairPageVm): string {
  const t = load()
  return t.pair({ ...vm, page: t.page }, RUNTIME)
}
