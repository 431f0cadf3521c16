import type { SegmentedAccount, Span } from '../../src/types.js'

/**
 * A SegmentedAccount built by hand for extract tests (segment is tested on its own). Sentences are
 * split naïvely: at line breaks, and after . ! ? followed by a space. For Telegram the title is the
 * first line, as segment gives it; for web, the first line is the headline and stays in the text.
 */
export function makeAccount(
  text: string,
  options: {
    id?: string
    medium?: 'telegram' | 'web'
    title?: string
    tags?: string[]
    published?: string | null
    channel?: string | null
    copyrightYear?: number | null
    publishedMonthDay?: string | null
  } = {},
): SegmentedAccount {
  const id = options.id ?? 'test:1'
  const medium = options.medium ?? 'telegram'
  return {
    id,
    n: Number(id.split(':')[1] ?? 1),
    source: { path: 'test/x.txt', name: 'x.txt', sha256: '0'.repeat(64), format: medium === 'web' ? 'web-text' : 'telegram-text', bytes: text.length },
    medium,
    side: { value: 'ru', reason: 'test', inferred: false },
    title: options.title ?? text.split('\n')[0]!.trim(),
    text,
    sentences: naiveSentences(text),
    tags: options.tags ?? [],
    published: options.published ?? null,
    channel: options.channel ?? null,
    copyrightYear: options.copyrightYear ?? null,
    publishedMonthDay: options.publishedMonthDay ?? null,
  }
}

export function naiveSentences(text: string): Span[] {
  const spans: Span[] = []
  let lineStart = 0
  for (const line of text.split('\n')) {
    const re = /[^.!?]*(?:[.!?]+["”’)]?(?=\s|$)|$)/gu
    let m: RegExpExecArray | null
    let offset = 0
    // Walk sentence by sentence; skip whitespace between them.
    while (offset < line.length) {
      re.lastIndex = offset
      m = re.exec(line)
      if (!m || m[0] === '') break
      const raw = m[0]
      const lead = raw.length - raw.trimStart().length
      const body = raw.trim()
      if (body !== '') spans.push([lineStart + offset + lead, lineStart + offset + lead + body.length])
      offset += raw.length
      while (offset < line.length && /\s/.test(line[offset]!)) offset++
    }
    lineStart += line.length + 1
  }
  return spans
}

/** A file of Telegram posts: ids `t:1`, `t:2`, … in order. */
export function telegramFile(posts: (string | { text: string; tags?: string[]; published?: string | null })[]): SegmentedAccount[] {
  return posts.map((p, i) => {
    const post = typeof p === 'string' ? { text: p } : p
    return makeAccount(post.text, { id: `t:${i + 1}`, tags: post.tags, published: post.published })
  })
}

export const sentenceTexts = (a: SegmentedAccount) => a.sentences.map(([s, e]) => a.text.slice(s, e))
