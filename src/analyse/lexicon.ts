import { z } from 'zod'
import shipped from '../data/themes.json' with { type: 'json' }
import type { Diagnostic, Lexicon, Theme } from '../types.js'
import { variantProblem } from './compile-lexicon.js'
import { parseJsonText } from '../ingest/json-error.js'

/*
 * The shipped lexicon is imported as a JSON module: `tsc` (resolveJsonModule) then copies
 * src/data/themes.json to dist/data/themes.json by itself, and Node 20 loads it without a flag
 * or a warning. It is still validated like a user's file, once, on first use.
 */

const variantSchema = z.string({ error: 'expected a string' }).min(1, { error: 'expected a non-empty string' })
const themeSchema = z.object(
  {
    id: z
      .string({ error: 'expected a string' })
      .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'expected a lower-case id of letters, digits and hyphens' }),
    label: z.string({ error: 'expected a string' }).min(1, { error: 'expected a non-empty string' }),
    variants: z.array(variantSchema, { error: 'expected an array of strings' }).min(1, { error: 'expected at least one variant' }),
    family: z.string({ error: 'expected a string' }).optional(),
    note: z.string({ error: 'expected a string' }).optional(),
    source: z.string({ error: 'expected a string' }).optional(),
  },
  { error: 'expected an object {id, label, variants, family?, note?, source?}' },
)
const lexiconSchema = z.object(
  {
    families: z.record(z.string(), z.string({ error: 'expected a string' }), { error: 'expected an object {id: label}' }).default({}),
    themes: z.array(themeSchema, { error: 'expected an array of themes' }),
  },
  { error: 'expected an object {families, themes}' },
)

/** `themes[3].variants` from a zod issue path. */
function jsonPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out === '' ? String(key) : `.${String(key)}`
  }
  return out === '' ? '(root)' : out
}

function lexiconError(file: string, path: string, message: string): Diagnostic {
  return { file, severity: 'error', ruleId: 'invalid-lexicon', message: `${path}: ${message}` }
}

/**
 * Checks a lexicon read from JSON (`--lexicon my.json`): its shape, unique theme ids, known
 * families and valid patterns. Problems come back as one-line diagnostics naming the JSON path
 * ("themes[3].variants: expected an array of strings"); `lexicon` is set only when there are none.
 */
export function loadLexicon(json: unknown, file: string): { lexicon?: Lexicon; diagnostics: Diagnostic[] } {
  const parsed = lexiconSchema.safeParse(json)
  if (!parsed.success) {
    const diagnostics = parsed.error.issues.map((issue) => lexiconError(file, jsonPath(issue.path), issue.message))
    return { diagnostics }
  }
  const diagnostics: Diagnostic[] = []
  const { families } = parsed.data
  const seen = new Set<string>()
  const themes: Theme[] = parsed.data.themes.map((raw, i) => {
    if (seen.has(raw.id)) diagnostics.push(lexiconError(file, `themes[${i}].id`, `duplicate theme id '${raw.id}'`))
    seen.add(raw.id)
    if (raw.family !== undefined && !Object.hasOwn(families, raw.family)) {
      diagnostics.push(lexiconError(file, `themes[${i}].family`, `unknown family '${raw.family}' (not in families)`))
    }
    raw.variants.forEach((variant, j) => {
      const problem = variantProblem(variant)
      if (problem !== null) diagnostics.push(lexiconError(file, `themes[${i}].variants[${j}]`, problem))
    })
    const theme: Theme = { id: raw.id, label: raw.label, variants: [...raw.variants] }
    if (raw.family !== undefined) theme.family = raw.family
    if (raw.note !== undefined) theme.note = raw.note
    if (raw.source !== undefined) theme.source = raw.source
    return theme
  })
  if (diagnostics.length > 0) return { diagnostics }
  return { lexicon: { themes, families: { ...families } }, diagnostics }
}

/** Reads a lexicon file's text (`--lexicon my.json`): malformed JSON and schema problems alike become one-line diagnostics. */
export function parseLexiconFile(text: string, file: string): { lexicon?: Lexicon; diagnostics: Diagnostic[] } {
  const json = parseJsonText(text)
  if ('value' in json) return loadLexicon(json.value, file)
  const { line, column, message } = json.problem
  return { diagnostics: [{ file, severity: 'error', ruleId: 'malformed-json', message: `malformed JSON: ${message}`, line, column }] }
}

let shippedLexicon: Lexicon | undefined

/** The lexicon shipped with parallax (src/data/themes.json). Throws if that file is broken (a build error). */
export function defaultLexicon(): Lexicon {
  if (shippedLexicon === undefined) {
    const { lexicon, diagnostics } = loadLexicon(shipped, 'data/themes.json')
    if (lexicon === undefined) {
      throw new Error(`the shipped lexicon is invalid: ${diagnostics.map((d) => d.message).join('; ')}`)
    }
    shippedLexicon = deepFreeze(lexicon)
  }
  // The same frozen object every time, so its compiled form is cached once per process.
  return shippedLexicon
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child)
    Object.freeze(value)
  }
  return value
}
