import type { Lexicon, Theme } from '../types.js'
import { foldKey, isSeparator, KeyAutomaton } from './automaton.js'

/** One variant of a theme, compiled. */
export interface CompiledVariant {
  /** The variant as written in the lexicon. */
  source: string
  /** Sticky (`y`) matcher: does the variant match exactly at `lastIndex`? */
  sticky: RegExp
  /**
   * Global matcher, only for variants without a literal start (`key` null): those are scanned
   * in full; the others are only tried where the automaton finds their key.
   */
  global: RegExp | null
  /** Normalised literal every match starts with (see automaton.ts), or null. */
  key: string | null
}

/** One theme compiled. */
export interface CompiledTheme {
  theme: Theme
  variants: CompiledVariant[]
}

/** A lexicon compiled once, to scan many texts. */
export interface CompiledLexicon {
  lexicon: Lexicon
  themes: CompiledTheme[]
  /** Theme by id. */
  byId: ReadonlyMap<string, Theme>
  /** Finds the keys of all variants of all themes in one pass; ids are `theme * 65536 + variant`. */
  automaton: KeyAutomaton
}

export const REGEX_VARIANT = /^\/(.+)\/([a-z]*)$/s
/** Flags a user may give; `g` and `y` are ours to set and are dropped. */
const USER_FLAGS = new Set(['i', 'm', 's', 'u', 'v'])

/** The flags of a `/regex/flags` variant plus ours (`g` or `y`), deduplicated and sorted. */
export function regexFlags(userFlags: string, mode: 'g' | 'y'): string {
  const kept = [...new Set(userFlags)].filter((f) => USER_FLAGS.has(f))
  return [mode, ...kept].sort().join('')
}

/** Why a variant cannot be used, or null. */
export function variantProblem(variant: string): string | null {
  const m = REGEX_VARIANT.exec(variant)
  if (m === null) return variant.trim() === '' ? 'expected a non-empty phrase' : null
  const [, source = '', flags = ''] = m
  const bad = [...flags].filter((f) => !USER_FLAGS.has(f) && f !== 'g' && f !== 'y')
  if (bad.length > 0) return `invalid regular expression ${variant}: unsupported flag '${bad.join('')}' (use i, m, s, u or v)`
  let re: RegExp
  try {
    re = new RegExp(source, regexFlags(flags, 'g'))
  } catch (error) {
    return `invalid regular expression ${variant}: ${(error as Error).message.replace(/^Invalid regular expression: /, '')}`
  }
  // A pattern that can match nothing would report empty mentions everywhere.
  if (re.exec('') !== null || re.exec(' x ')?.[0] === '') return `invalid regular expression ${variant}: matches the empty string`
  return null
}

const WORD_CHAR = /[\p{L}\p{N}_]/u
/** Between the words of a phrase: spaces, hyphens or nothing ("Global South", "Global-South", "#GlobalSouth"). */
const SEPARATOR = '[\\s\\u00a0\\-\\u2010\\u2011]*'
const APOSTROPHE = "['\\u2019\\u2018\\u02bc]"
const BEFORE = '(?<![\\p{L}\\p{N}_])'
const AFTER = '(?![\\p{L}\\p{N}_])'

function escapeChar(c: string): string {
  if (/['\u2019\u2018\u02bc]/.test(c)) return APOSTROPHE
  if (c === '-' || c === '\u2010' || c === '\u2011') return SEPARATOR
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c
}

/**
 * British and American spellings of one word of a phrase: -isation/-ization, -ise/-ize,
 * -our/-or, -tre/-ter, defence/defense. The ministries differ ("Organisation" at mid.ru,
 * "Organization" at fmprc.gov.cn: seeds/001 and seeds/002).
 */
function wordPattern(word: string): string {
  let pattern = [...word].map(escapeChar).join('')
  pattern = pattern.replace(/i[sz](ation|ations|e|es|ed|ing|er|ers)$/i, 'i[sz]$1')
  if (word.length >= 5) pattern = pattern.replace(/our(s|ed|ing|able|ite|ites)?$/i, 'ou?r$1')
  pattern = pattern.replace(/(cent|theat|met|fib|lit)(re|er)(s?)$/i, '$1(?:re|er)$3')
  pattern = pattern.replace(/^(def|off|pret|lic)en[cs]e(s?)$/i, '$1en[cs]e$2')
  return pattern
}

/** The regular expression source of a plain phrase: whole words, any separators between them. */
export function phrasePattern(phrase: string): string {
  const trimmed = phrase.trim()
  const body = trimmed.split(/\s+/).map(wordPattern).join(SEPARATOR)
  const first = trimmed[0] ?? ''
  const last = trimmed.at(-1) ?? ''
  return `${WORD_CHAR.test(first) ? BEFORE : ''}${body}${WORD_CHAR.test(last) ? AFTER : ''}`
}

/** Index just past the group that opens at `open` (a "("), or -1. */
function groupEnd(source: string, open: number): number {
  let depth = 0
  let inClass = false
  for (let i = open; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') i++
    else if (inClass) inClass = c !== ']'
    else if (c === '[') inClass = true
    else if (c === '(') depth++
    else if (c === ')' && --depth === 0) return i + 1
  }
  return -1
}

function hasTopLevelAlternative(source: string): boolean {
  let depth = 0
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') i++
    else if (inClass) inClass = c !== ']'
    else if (c === '[') inClass = true
    else if (c === '(') depth++
    else if (c === ')') depth--
    else if (c === '|' && depth === 0) return true
  }
  return false
}

type Atom = { kind: 'char'; code: number } | { kind: 'separator' } | null

/** One escaped unit inside or outside a class: `\s`, `\-`, `\u2019`…; null when it is not one character. */
function escapeAtom(source: string, i: number): { atom: Atom; next: number } {
  const e = source[i + 1] ?? ''
  if (e === 's') return { atom: { kind: 'separator' }, next: i + 2 }
  if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) {
    const code = Number.parseInt(source.slice(i + 2, i + 6), 16)
    return { atom: isSeparator(code) ? { kind: 'separator' } : { kind: 'char', code }, next: i + 6 }
  }
  if (/[^A-Za-z0-9]/.test(e) && e !== '') {
    const code = e.charCodeAt(0)
    return { atom: isSeparator(code) ? { kind: 'separator' } : { kind: 'char', code }, next: i + 2 }
  }
  return { atom: null, next: i + 2 }
}

/** A character class as one atom: all separators, or one character in any case; else null. */
function classAtom(source: string, open: number): { atom: Atom; next: number } {
  let i = open + 1
  if (source[i] === '^') return { atom: null, next: i }
  const members: Atom[] = []
  while (i < source.length && source[i] !== ']') {
    if (source[i] === '\\') {
      const { atom, next } = escapeAtom(source, i)
      members.push(atom)
      i = next
    } else {
      const code = source.charCodeAt(i)
      if (source[i + 1] === '-' && source[i + 2] !== ']') return { atom: null, next: i } // a range
      members.push(isSeparator(code) ? { kind: 'separator' } : { kind: 'char', code })
      i++
    }
  }
  const next = i + 1
  if (members.length === 0 || members.includes(null)) return { atom: null, next }
  if (members.every((m) => m?.kind === 'separator')) return { atom: { kind: 'separator' }, next }
  const folded = new Set(members.map((m) => (m?.kind === 'char' ? foldKey(String.fromCharCode(m.code)) : ' ')))
  const only = [...folded][0]
  if (folded.size === 1 && only !== undefined && only.length === 1) return { atom: { kind: 'char', code: only.charCodeAt(0) }, next }
  return { atom: null, next }
}

/**
 * The literal text every match of a pattern starts with, in the automaton's normal form (lower
 * case, separators dropped), or null when there is none or the pattern has a top-level `|`.
 * It may be shorter than the real start, never longer: leading lookbehinds are skipped; it stops
 * at the first atom that is not one character (a class of separators counts as a separator, a
 * class of one letter in two cases as that letter); a quantifier that allows zero ends it (for a
 * separator it does not matter); one that allows more ends it after one copy. At most 200 units.
 */
export function literalKey(source: string): string | null {
  if (hasTopLevelAlternative(source)) return null
  let i = 0
  while (source.startsWith('(?<!', i) || source.startsWith('(?<=', i)) {
    const end = groupEnd(source, i)
    if (end < 0) return null
    i = end
  }
  let out = ''
  while (i < source.length && out.length < 200) {
    const c = source[i] ?? ''
    let step: { atom: Atom; next: number }
    if (c === '\\') step = escapeAtom(source, i)
    else if (c === '[') step = classAtom(source, i)
    else if (/[.*+?^${}()|\]]/.test(c)) break
    else {
      const code = c.charCodeAt(0)
      step = { atom: isSeparator(code) ? { kind: 'separator' } : { kind: 'char', code }, next: i + 1 }
    }
    const { atom, next } = step
    if (atom === null) break
    const q = source[next] ?? ''
    const min = q === '?' || q === '*' ? 0 : q === '{' ? Number.parseInt(source.slice(next + 1), 10) : q === '+' ? 1 : -1
    if (atom.kind === 'char') {
      if (min === 0 || Number.isNaN(min)) break
      out += foldKey(String.fromCharCode(atom.code))
      if (min > 0) break
    }
    if (min >= 0 && atom.kind === 'separator') {
      // Skip the quantifier (and a lazy `?`) and go on: separators are not in the stream.
      let j = next
      if (q === '{') j = source.indexOf('}', next) + 1
      else j = next + 1
      if (source[j] === '?') j++
      i = j
      continue
    }
    i = next
  }
  return out === '' ? null : out
}

function compileVariant(variant: string): CompiledVariant {
  const m = REGEX_VARIANT.exec(variant)
  const source = m === null ? phrasePattern(variant) : (m[1] ?? '')
  const flags = m === null ? 'iu' : (m[2] ?? '')
  const key = literalKey(source)
  return {
    source: variant,
    sticky: new RegExp(source, regexFlags(flags, 'y')),
    global: key === null ? new RegExp(source, regexFlags(flags, 'g')) : null,
    key,
  }
}

const compiledCache = new WeakMap<Lexicon, CompiledLexicon>()

/**
 * Compiles a lexicon, once per lexicon object. Throws on a variant that `loadLexicon` would
 * reject: a lexicon from outside should come through it.
 */
export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const cached = compiledCache.get(lexicon)
  if (cached !== undefined) return cached
  if (lexicon.themes.length >= 65536) throw new RangeError('compileLexicon: at most 65,535 themes')
  const themes = lexicon.themes.map((theme, t) => ({
    theme,
    variants: theme.variants.map((variant, v) => {
      const problem = variantProblem(variant)
      if (problem !== null) throw new Error(`lexicon themes[${t}].variants[${v}] (${theme.id}): ${problem}`)
      return compileVariant(variant)
    }),
  }))
  const keys = themes.flatMap((t, ti) => t.variants.flatMap((v, vi) => (v.key === null ? [] : [{ key: v.key, id: ti * 65536 + vi }])))
  const compiled: CompiledLexicon = {
    lexicon,
    themes,
    byId: new Map(lexicon.themes.map((t) => [t.id, t])),
    automaton: new KeyAutomaton(keys),
  }
  compiledCache.set(lexicon, compiled)
  return compiled
}

/** The lexicon itself, or its compiled form: functions of this stage accept both. */
export type LexiconInput = Lexicon | CompiledLexicon

/** Compiles a lexicon unless it already is. */
export function asCompiled(lexicon: LexiconInput): CompiledLexicon {
  return 'automaton' in lexicon ? lexicon : compileLexicon(lexicon)
}
