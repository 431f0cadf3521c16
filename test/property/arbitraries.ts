import fc from 'fast-check'
import type { RawDocument, RawPost, Source, SourceFormat } from '../../src/types.js'

/**
 * Pieces of text that the stages treat specially (from the seeds: separators, datelines, reactions,
 * tags, stamps, names, abbreviations) mixed with hostile ones: lone surrogates, CR LF, runs of
 * whitespace, zero-width and bidi characters, and arbitrary code points.
 */
const FRAGMENTS = [
  'Forwarded from Russian MFA 🇷🇺', 'Forwarded from ', '\nForwarded from Chinese MFA\n', '#RussiaChina', '#UNGA77 #SCO', '#',
  '📍 Moscow, June 10, 2024', '📍 New York, September 23', '📍', '🗓 On September 20, ', '💬 ', 'Read in full', '👍16❤3', '👍12❤2🔥1',
  'This media is not supported in your browser', 'VIEW IN TELEGRAM', '🇷🇺🇨🇳', '👨‍👩‍👧', '☎️', '❓', 'Question: ',
  'Home > China News', '2022-09-22 18:04', 'fmprc.gov.cn| Updated: 2024-06-10', '11.png', 'Suggest to a friend',
  '京ICP备18041594号-1', 'Copyright © ', 'On June 10, 2024 local time, ', 'Wang Yi', 'Sergey Lavrov', 'Lavrov', 'Xi Jinping',
  'Vladimir Putin', 'met with', 'held talks with', 'spoke by phone with', ' in Nizhny Novgorod.', ' in Beijing', 'Kazan',
  'Mr.', 'U.S.', 'e.g.', '3 p.m.', '. ', '! ', '? ', '…', '<...>', '"', '“', '”', '’', '(', ')', ':', ';', ',',
  'January 9', '31 February 2023', '29.02.2023', '10.06.2024', 'December 30, 2022', 'May', '1999', '9999',
  ' ', '  ', '\t', '\n', '\n\n', '\r\n', '\r', '\u00a0', '\u2003', '\u200b', '\u200d', '\ufeff', '\u202e', '\u00ad',
  ' '.repeat(200), '\n'.repeat(30), '\uD800', '\uDC00', '\uDBFF\uDFFF', '\uFFFF', '\u0000', '中文', 'Français', 'Ünïcödé',
]

// Stamps with no such day: once taken as publication dates as is (regressions.test.ts).
const INVALID_STAMPS = ['2024-13-45', '0000-00-00', '2024-02-30 10:00']

/** One piece: mostly the fragments above, sometimes any code points (lone surrogates included). */
const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS, ...INVALID_STAMPS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('\uD800', '\uDFFF', 'a', ' ', '\n'), maxLength: 4 }) },
)

/** Small hostile texts, kept short so a property can run 10,000 times in seconds. */
export const hostileText: fc.Arbitrary<string> = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''))

export function sourceOf(format: SourceFormat, text = ''): Source {
  return { path: 'prop/x.txt', name: 'x.txt', sha256: '0'.repeat(64), format, bytes: text.length }
}

const post: fc.Arbitrary<Omit<RawPost, 'n'>> = fc.record({
  body: hostileText,
  title: fc.option(hostileText, { nil: null }),
  published: fc.option(fc.constantFrom('2024-06-10', '2022-09-22', '2005-01-01'), { nil: null }),
  channel: fc.option(fc.constantFrom('Russian MFA', 'fmprc.gov.cn', 'Some Channel', ''), { nil: null }),
})

/** A RawDocument of up to 4 posts of hostile text, as a reader could hand it to segment. */
export const rawDocument: fc.Arbitrary<RawDocument> = fc
  .record({ medium: fc.constantFrom('telegram' as const, 'web' as const), posts: fc.array(post, { maxLength: 4 }) })
  .map(({ medium, posts }) => ({
    source: sourceOf(medium === 'web' ? 'web-text' : 'telegram-text'),
    medium,
    posts: posts.map((p, i) => ({ ...p, n: i + 1 })),
  }))

/** Runs per property: the issue asks for at least 10,000 generated inputs each. */
export const RUNS = 10_000
