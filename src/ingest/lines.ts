import boilerplate from '../data/boilerplate.json' with { type: 'json' }
import { monthOf } from '../extract/date-mentions.js'

/** A compiled whole-line pattern of `src/data/boilerplate.json`. */
export interface BoilerplateRule {
  id: string
  /** `noise` lines are dropped; `published` lines are dropped and give the publication date (and site). */
  kind: 'noise' | 'published'
  re: RegExp
  /** The rule applies only to lines up to this length. */
  maxLength: number
  note: string
}

/** What a boilerplate line matched, with the date and site a `published` line carries. */
export interface BoilerplateMatch {
  rule: BoilerplateRule
  /** `YYYY-MM-DD`, for `published` lines. */
  date: string | null
  site: string | null
}

interface RuleData {
  id: string
  kind: string
  pattern: string
  flags?: string
  maxLength?: number
  note: string
}

const RULES: readonly BoilerplateRule[] = (boilerplate.rules as RuleData[]).map((r) => {
  if (r.kind !== 'noise' && r.kind !== 'published') throw new Error(`boilerplate.json: rule ${r.id}: expected kind noise|published, found ${r.kind}`)
  return { id: r.id, kind: r.kind, re: new RegExp(r.pattern, r.flags ?? ''), maxLength: r.maxLength ?? Infinity, note: r.note }
})

const MAX_RULE_LENGTH = Math.max(...RULES.map((r) => r.maxLength))

/** The rules of `src/data/boilerplate.json`, compiled. */
export function boilerplateRules(): readonly BoilerplateRule[] {
  return RULES
}

// Web copies carry NBSP and en spaces (seed 002: "  Home > China News", "Now the COVID-19");
// zero-width characters other than the emoji joiner carry nothing.
const SPACES = /[\p{Zs}\t\f\v]+/gu
const INVISIBLE = /[\u200B\u200C\u2060\uFEFF\u00AD]/g
// Cheap test first: most lines hold none of these (a Unicode-property replace costs ~10 µs a line).
const NEEDS_WORK = /[\t\f\v\u00A0\u00AD\u1680\u2000-\u200C\u202F\u205F\u2060\u3000\uFEFF]| {2}/

/** One line with every kind of space turned into one ASCII space, invisible characters removed, trimmed. */
export function normalizeLine(line: string): string {
  if (!NEEDS_WORK.test(line)) return line.trim()
  return line.replace(INVISIBLE, '').replace(SPACES, ' ').trim()
}

/** Splits text into lines on any line break. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n|\u2028|\u2029/)
}

// Leading emoji and bullets are decoration ("🇷🇺🇨🇳", "✔️", "🤝", "📍", "•"), except the marks that say
// who speaks: "❓" opens a journalist's question and "💬"/"🗣" a quoted speaker (seed 003:8), which
// the extract stage reads to attribute sentences.
const DECORATION = /(?:\p{Regional_Indicator}|\p{Extended_Pictographic}|[\uFE0F\u200D\u20E3]|\p{Emoji_Modifier}|[0-9#*]\uFE0F?\u20E3|[•·▪▫◾◽■□●○◆◇►▶➤→➡](?=\s|$)|[-–—*](?=\s))\s*/uy
const SPEAKER_MARKS = new Set(['❓', '❔', '💬', '🗣'])

/** The line without its leading decorative emoji and bullets; a speaker mark (❓ 💬 🗣) and what follows stay. */
export function stripLeadingDecoration(line: string): string {
  if (plainStart(line)) return line
  let at = 0
  for (;;) {
    DECORATION.lastIndex = at
    const m = DECORATION.exec(line)
    if (!m) break
    const cp = String.fromCodePoint(line.codePointAt(at) ?? 0)
    if (SPEAKER_MARKS.has(cp)) break
    at = DECORATION.lastIndex
  }
  return at === 0 ? line : line.slice(at).trimStart()
}

/** True when the line starts with a character that is never decoration: most lines, checked cheaply. */
function plainStart(line: string): boolean {
  const c = line.charCodeAt(0)
  if (c >= 0x80 || c === 0x2d || c === 0x2a || c === 0x23) return false
  if (c >= 0x30 && c <= 0x39) {
    const next = line.charCodeAt(1)
    return next !== 0xfe0f && next !== 0x20e3
  }
  return true
}

/** A channel's name as a post or export gives it: "Russian MFA 🇷🇺" → "Russian MFA" (the flags are decoration); null when empty. */
export function channelName(raw: string): string | null {
  const name = normalizeLine(raw)
    .replace(/[\s\p{Regional_Indicator}\p{Extended_Pictographic}\uFE0F\u200D]+$/u, '')
    .trim()
  return name.length > 0 ? stripLeadingDecoration(name) : null
}

// Rules, the page numbers a Word or PDF copy sets between dashes ("— 2 —", "----- page 2 of 8 -----"), and the
// line over each message an e-mail forwards ("---------- Forwarded message ---------").
const RULE_LINE = /^\s*(?:[=_~#]{5,}|-{5,}|(?:\*\s*){3,}|(?:•\s*){3,}|[-=_~#]{3,}\s*(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?\s*[-=_~#]{3,}|[-–—]\s+\d{1,3}\s+[-–—]|-{3,}\s*(?:Forwarded|Original)\s+message\s*-{3,})\s*$/i

/** A rule line between the items of a digest or an e-mail: "=====", "-----", "_____", "* * *", "----- page 2 of 8 -----". */
export function isRuleLine(line: string): boolean {
  return RULE_LINE.test(line)
}

const HASHTAG_LINE = /^(?:#[\p{L}\p{N}_]+[\s,;]*)+$/u
const HASHTAG = /#([\p{L}\p{N}_]+)/gu

/** True when the (decoration-stripped) line holds nothing but hashtags, like "#RussiaChina #UNGA77". */
export function isHashtagLine(line: string): boolean {
  return HASHTAG_LINE.test(line)
}

/** The hashtags of a line, without `#`. */
export function hashtagsOf(line: string): string[] {
  return [...line.matchAll(HASHTAG)].map((m) => m[1] ?? '')
}

/**
 * The boilerplate rule a normalised line matches, tried on the line as is and without its leading
 * decoration ("📄 Read in full"); null for a line of text.
 */
export function matchBoilerplate(line: string): BoilerplateMatch | null {
  if (line.length === 0 || line.length > MAX_RULE_LENGTH) return null
  const bare = stripLeadingDecoration(line)
  for (const rule of RULES) {
    if (line.length > rule.maxLength) continue
    const m = rule.re.exec(line) ?? (bare !== line ? rule.re.exec(bare) : null)
    if (!m) continue
    const date = m.groups ? stampedDay(m.groups) : null
    // A stamp with no such day ("2024-13-45") is text, not a publication date (found by the extract property).
    if (rule.kind === 'published' && date !== null && !isCalendarDay(date)) continue
    return { rule, date, site: m.groups?.['site'] ?? null }
  }
  return null
}

/** `YYYY-MM-DD` from a stamp's named groups: `date` as is, or `year` with `month`/`day` (or `usMonth`/`usDay`). */
function stampedDay(groups: Record<string, string | undefined>): string | null {
  if (groups['date'] !== undefined) return groups['date']
  const { year } = groups
  const month = groups['month'] ?? groups['usMonth']
  const day = groups['day'] ?? groups['usDay']
  if (year === undefined || month === undefined || day === undefined) return null
  const number = /^\d+$/.test(month) ? Number(month) : monthOf(month)
  if (number === undefined) return null
  return `${year}-${String(number).padStart(2, '0')}-${day.padStart(2, '0')}`
}

/** Whether `YYYY-MM-DD` names a day that exists. */
function isCalendarDay(iso: string): boolean {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/**
 * A photo's caption with its credit ("… pose for a group photo in Kazan. (Xinhua/Li Xueren)"): noise on a
 * page, but the whole text of a Telegram post that is a captioned photo.
 */
export function isPhotoCaption(line: string): boolean {
  return matchBoilerplate(normalizeLine(line))?.rule.id === 'photo-caption'
}

/** True when a line carries no text: blank, boilerplate, hashtags only, or decoration only. */
export function isContentless(line: string): boolean {
  const n = normalizeLine(line)
  if (n.length === 0 || matchBoilerplate(n)) return true
  const bare = stripLeadingDecoration(n)
  return bare.length === 0 || isHashtagLine(bare)
}

const LETTER = /\p{L}/gu
const LATIN = /\p{Script=Latin}/gu
// Cheap test first: most lines are ASCII but for quotes and dashes, and hold no letter of another script.
const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/u
const BEYOND_ASCII = /[^\x00-\x7F]/

/** A line with letters, none of them Latin: "北京，2022年2月4日", "中文", "Москва". */
export function hasNoLatinLetter(line: string): boolean {
  return NON_LATIN_LETTER.test(line) && !/\p{Script=Latin}/u.test(line)
}

/** Letters a line needs before its script says anything: "中文" in a menu is chrome, not a paragraph. */
const MIN_LETTERS = 12

/**
 * A line written mostly in another script: the Russian or Chinese half of a bilingual post ("24 февраля
 * состоялся телефонный разговор …" over "On February 24, …"). parallax reads the English readouts; the
 * other half would take the head and fill the term tables with words no English reader searches for.
 */
export function isOtherLanguage(line: string): boolean {
  if (!BEYOND_ASCII.test(line) || !NON_LATIN_LETTER.test(line)) return false
  const letters = line.match(LETTER)?.length ?? 0
  if (letters < MIN_LETTERS) return false
  return (line.match(LATIN)?.length ?? 0) < letters / 2
}
