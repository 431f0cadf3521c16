import { basename, extname } from 'node:path'
import { decideSides, type SideEvidence } from '../ingest/decide-side.js'
import type { Diagnostic, RawDocument, RawPost, SegmentedAccount, Side, Source, Span } from '../types.js'
import { compactText } from './compact-text.js'
import { dedupeLines, dropRepeatedSentences } from './dedupe.js'
import { sentenceSpans } from './sentences.js'
import { stripBoilerplate } from './strip-boilerplate.js'
import { takeTagLines } from './tags.js'

/** Options of `segmentDocument`. */
export interface SegmentOptions {
  /** Account ids are `<idPrefix>:<n>`. @default the file's prefix as `idPrefixes` gives it for this file alone */
  idPrefix?: string
  /** The side the user gave with `--side`; it wins over every cue. @default none: decided from the content */
  sideOverride?: Side
}

/** The accounts of one document, and what went wrong. */
export interface SegmentResult {
  accounts: SegmentedAccount[]
  diagnostics: Diagnostic[]
}

/** A title longer than this is cut to its first sentence (a post whose first line is a whole paragraph). */
const MAX_TITLE = 300

/** A post cleaned, before its side is known. */
interface CleanPost {
  post: RawPost
  title: string
  text: string
  sentences: Span[]
  tags: string[]
  published: string | null
  publishedMonthDay: string | null
  channel: string | null
  copyrightYear: number | null
}

/**
 * Cleans the posts of one document into accounts: boilerplate and duplicated bodies removed, tag lines
 * moved to `tags`, one paragraph per line, sentence spans into the text, and a side with its reason.
 * A file whose side nothing decides gives no accounts and a `side-undecided` error asking for `--side`
 * (`Account.side` cannot be null).
 */
export function segmentDocument(doc: RawDocument, options: SegmentOptions = {}): SegmentResult {
  const prefix = options.idPrefix ?? idPrefixes([doc.source]).get(doc.source.path)!
  const diagnostics: Diagnostic[] = []
  const clean: CleanPost[] = []
  for (const post of doc.posts) {
    const cleaned = cleanPost(post, doc.medium)
    if (cleaned) clean.push(cleaned)
    else diagnostics.push(warning(doc.source, 'empty-post', `post ${post.n} has no text once noise is removed; skipped`))
  }
  const evidence: SideEvidence[] = clean.map((c) => ({
    channel: c.channel,
    title: c.title,
    text: c.text,
    tags: c.tags,
    medium: doc.medium,
  }))
  const sides = decideSides(evidence, options.sideOverride)
  const ask = `pass --side ${doc.source.name}=ru or --side ${doc.source.name}=cn`
  if (clean.length > 0 && sides.every((s) => s.value === null)) {
    const why = `cannot tell whether the Russian or the Chinese MFA wrote this (${sides[0]!.reason}); ${ask}`
    diagnostics.push({ file: doc.source.path, severity: 'error', ruleId: 'side-undecided', message: why })
    return { accounts: [], diagnostics }
  }
  const accounts: SegmentedAccount[] = []
  clean.forEach((c, i) => {
    const side = sides[i]!
    if (side.value === null) {
      // Only when the decided posts of the file split evenly between the sides.
      const why = `post ${c.post.n}: cannot tell whether the Russian or the Chinese MFA wrote it (${side.reason}); ${ask}`
      diagnostics.push({ file: doc.source.path, severity: 'error', ruleId: 'side-undecided', message: why })
      return
    }
    accounts.push({
      id: `${prefix}:${c.post.n}`,
      source: doc.source,
      n: c.post.n,
      medium: doc.medium,
      side: { ...side, value: side.value },
      title: c.title,
      text: c.text,
      sentences: c.sentences,
      tags: c.tags,
      published: c.published,
      publishedMonthDay: c.publishedMonthDay,
      channel: c.channel,
      copyrightYear: c.copyrightYear,
    })
  })
  return { accounts, diagnostics }
}

function cleanPost(post: RawPost, medium: 'telegram' | 'web'): CleanPost | null {
  const stripped = stripBoilerplate(post.body, { title: post.title, medium })
  const { lines, tags } = takeTagLines(stripped.lines)
  let text = dedupeLines(lines).join('\n')
  let sentences = sentenceSpans(text)
  const once = dropRepeatedSentences(text, sentences)
  if (once !== null) {
    text = once
    sentences = sentenceSpans(text)
  }
  if (text.length === 0) return null
  text = compactText(text)
  return {
    post,
    title: titleOf(text, sentences),
    text,
    sentences,
    tags,
    published: post.published ?? stripped.published,
    publishedMonthDay: (post.published ?? stripped.published) === null ? (post.publishedMonthDay ?? null) : null,
    channel: post.channel ?? stripped.site,
    copyrightYear: stripped.copyrightYear,
  }
}

/** The first line of the text (a web page's text starts with its headline), cut to a sentence if very long. */
function titleOf(text: string, sentences: readonly Span[]): string {
  const nl = text.indexOf('\n')
  const line = nl === -1 ? text : text.slice(0, nl)
  if (line.length <= MAX_TITLE) return line
  const first = sentences[0]
  return first && first[1] <= line.length ? text.slice(first[0], first[1]) : `${line.slice(0, MAX_TITLE - 1)}…`
}

/**
 * The id prefix of each input, keyed by `Source.path`: the file name up to its first `_`
 * (`003_5386bee5090c7a93.txt` → `003`), or its name without extension where it has no `_`. Inputs
 * whose prefixes clash use their whole name without extension instead, and their path without extension
 * if even that clashes (`a/x.txt`, `b/x.txt`).
 */
export function idPrefixes(sources: readonly Source[]): Map<string, string> {
  const stem = (s: Source) => basename(s.name || s.path, extname(s.name || s.path))
  const short = (s: Source) => {
    const name = s.name || basename(s.path)
    const cut = name.indexOf('_')
    return cut > 0 ? name.slice(0, cut) : stem(s)
  }
  const full = (s: Source) => s.path.slice(0, s.path.length - extname(s.path).length)
  const levels = [short, stem, full]
  const result = new Map<string, string>()
  let pending = [...new Map(sources.map((s) => [s.path, s])).values()]
  for (const [level, make] of levels.entries()) {
    const counts = new Map<string, number>()
    for (const s of pending) counts.set(make(s), (counts.get(make(s)) ?? 0) + 1)
    const last = level === levels.length - 1
    const next: Source[] = []
    for (const s of pending) {
      if (last || counts.get(make(s)) === 1) result.set(s.path, make(s))
      else next.push(s)
    }
    pending = next
  }
  return result
}

function warning(source: Source, ruleId: string, message: string): Diagnostic {
  return { file: source.path, severity: 'warning', ruleId, message }
}
