import { createHash } from 'node:crypto'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { firstInvalidUtf8, readInputs } from '../../src/ingest/read-input.js'

const SEEDS = [
  'seeds/000_87fdc513f4ffdc63.txt',
  'seeds/001_d400d3f38b6f09ed.txt',
  'seeds/002_b71bd70bc2f6245b.txt',
  'seeds/003_5386bee5090c7a93.txt',
  'seeds/004_775c12525becf376.txt',
]

describe('readInputs: the seeds', () => {
  it('expands a folder into its files, sorted, with relative paths kept and raw bytes hashed', async () => {
    const { documents, diagnostics } = await readInputs(['seeds'])
    expect(diagnostics).toEqual([])
    expect(documents.map((d) => d.source.path)).toEqual(SEEDS)
    const first = documents[0]!.source
    const bytes = readFileSync(SEEDS[0]!)
    expect(first.name).toBe('000_87fdc513f4ffdc63.txt')
    expect(first.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
    expect(first.bytes).toBe(bytes.length)
  })

  it('recognises each seed format from its content', async () => {
    const { documents } = await readInputs(['seeds'])
    expect(documents.map((d) => [d.source.format, d.medium, d.posts.length])).toEqual([
      ['web-text', 'web', 1],
      ['telegram-text', 'telegram', 5],
      ['web-text', 'web', 1],
      ['telegram-text', 'telegram', 19],
      ['web-text', 'web', 1],
    ])
  })

  it('reads a file named twice (or also found in a folder) once', async () => {
    const { documents } = await readInputs(['seeds', SEEDS[2]!, SEEDS[2]!])
    expect(documents).toHaveLength(5)
  })
})

describe('readInputs: bad input', () => {
  let dir: string

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-ingest-'))
  })
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  it('gives exactly one diagnostic per bad fixture and still reads the good file beside them', async () => {
    const { documents, diagnostics } = await readInputs(['test/fixtures/bad', SEEDS[4]!])
    expect(documents.map((d) => d.source.path)).toEqual([SEEDS[4]])
    const byFile = Object.fromEntries(diagnostics.map((d) => [d.file, d]))
    expect(diagnostics.map((d) => d.file)).toEqual([
      'test/fixtures/bad/binary.txt',
      'test/fixtures/bad/empty.txt',
      'test/fixtures/bad/latin1.txt',
      'test/fixtures/bad/malformed.json',
      'test/fixtures/bad/not-telegram.json',
    ])
    expect(diagnostics.every((d) => d.severity === 'error' && !d.message.includes('\n'))).toBe(true)
    expect(byFile['test/fixtures/bad/binary.txt']!.ruleId).toBe('binary-file')
    expect(byFile['test/fixtures/bad/empty.txt']!.ruleId).toBe('empty-file')
    expect(byFile['test/fixtures/bad/latin1.txt']).toMatchObject({
      ruleId: 'not-utf8',
      message: 'not valid UTF-8 at byte 29 (save the file as UTF-8)',
      line: 1,
    })
    expect(byFile['test/fixtures/bad/malformed.json']).toMatchObject({ ruleId: 'malformed-json', line: 4, column: 12 })
    expect(byFile['test/fixtures/bad/malformed.json']!.message).toBe("malformed JSON: unexpected ',' (expected a Telegram Desktop export)")
    expect(byFile['test/fixtures/bad/not-telegram.json']!.ruleId).toBe('not-telegram-export')
  })

  it('stops at a 50 MB line without holding it as a string', async () => {
    const file = join(dir, 'one-line.txt')
    writeFileSync(file, 'Lavrov '.repeat((50 * 1024 * 1024) / 7))
    const started = performance.now()
    const { documents, diagnostics } = await readInputs([file, SEEDS[0]!])
    expect(performance.now() - started).toBeLessThan(5_000)
    expect(documents).toHaveLength(1)
    expect(diagnostics).toEqual([
      expect.objectContaining({ file, ruleId: 'line-too-long', line: 1, message: expect.stringMatching(/longer than 1 MB/) }),
    ])
  })

  it('lets JSON sit on one long line (a minified export is not a long text line)', async () => {
    const file = join(dir, 'minified.json')
    const message = { type: 'message', date: '2024-06-10T12:00:00', text: 'Lavrov met Wang Yi. '.repeat(60_000) }
    writeFileSync(file, JSON.stringify({ name: 'Russian MFA', messages: [message] }))
    const { documents, diagnostics } = await readInputs([file])
    expect(diagnostics).toEqual([])
    expect(documents[0]!.posts).toHaveLength(1)
  })

  it('names a missing path in plain words', async () => {
    const missing = join(dir, 'missing.txt')
    const { diagnostics } = await readInputs([missing])
    expect(diagnostics).toEqual([{ file: missing, severity: 'error', ruleId: 'unreadable', message: 'no such file or folder (ENOENT)' }])
  })

  it.skipIf(process.getuid?.() === 0)('names a file it may not open (EACCES)', async () => {
    const locked = join(dir, 'locked.txt')
    writeFileSync(locked, 'Wang Yi met Lavrov.')
    chmodSync(locked, 0o000)
    const { diagnostics } = await readInputs([locked])
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({ file: locked, ruleId: 'unreadable', message: expect.stringMatching(/permission denied \(EACCES\)/) })
  })

  it('reports a folder without inputs, and skips hidden files and other endings inside folders', async () => {
    const folder = join(dir, 'no-inputs')
    mkdirSync(join(folder, '.git'), { recursive: true })
    writeFileSync(join(folder, '.hidden.txt'), 'Wang Yi met Lavrov.')
    writeFileSync(join(folder, '.git', 'notes.txt'), 'Wang Yi met Lavrov.')
    writeFileSync(join(folder, 'notes.docx'), 'Wang Yi met Lavrov.')
    const { documents, diagnostics } = await readInputs([folder])
    expect(documents).toEqual([])
    expect(diagnostics).toEqual([expect.objectContaining({ file: folder, ruleId: 'no-inputs' })])
  })

  it('reads an analyst\'s notes (.md) and a saved e-mail (.eml) found in a folder', async () => {
    const folder = join(dir, 'notes-and-mail')
    mkdirSync(folder, { recursive: true })
    writeFileSync(join(folder, 'notes.md'), readFileSync(SEEDS[2]!))
    writeFileSync(join(folder, 'forward.eml'), readFileSync(SEEDS[4]!))
    const { documents } = await readInputs([folder])
    expect(documents.map((d) => d.source.name)).toEqual(['forward.eml', 'notes.md'])
  })

  it('tries a file named explicitly whatever its ending', async () => {
    const file = join(dir, 'readout.rtf')
    writeFileSync(file, readFileSync(SEEDS[2]!))
    const { documents, diagnostics } = await readInputs([file])
    expect(diagnostics).toEqual([])
    expect(documents[0]!.source.format).toBe('web-text')
  })

  it('accepts and strips a UTF-8 BOM, hashing the raw bytes', async () => {
    const file = join(dir, 'bom.txt')
    const raw = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(SEEDS[2]!)])
    writeFileSync(file, raw)
    const { documents } = await readInputs([file])
    expect(documents[0]!.posts[0]!.body.startsWith('Home Meetings')).toBe(true)
    expect(documents[0]!.source.sha256).toBe(createHash('sha256').update(raw).digest('hex'))
  })

  it('calls UTF-16 text by its name', async () => {
    const file = join(dir, 'utf16.txt')
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Wang Yi met Lavrov.', 'utf16le')]))
    const { diagnostics } = await readInputs([file])
    expect(diagnostics).toEqual([expect.objectContaining({ ruleId: 'not-utf8', message: expect.stringMatching(/UTF-16/) })])
  })

  it('warns about an export that holds no post with text', async () => {
    const file = join(dir, 'service-only.json')
    writeFileSync(file, JSON.stringify({ name: 'Russian MFA', messages: [{ id: 1, type: 'service', action: 'pin_message' }] }))
    const { documents, diagnostics } = await readInputs([file])
    expect(documents).toHaveLength(1)
    expect(diagnostics).toEqual([{ file, severity: 'warning', ruleId: 'no-posts', message: 'no post with text in this telegram-json file' }])
  })

  it('treats a file of blank lines as empty', async () => {
    const file = join(dir, 'blank.txt')
    writeFileSync(file, '\n \n\t\n')
    const { diagnostics } = await readInputs([file])
    expect(diagnostics).toEqual([expect.objectContaining({ ruleId: 'empty-file' })])
  })
})

describe('firstInvalidUtf8', () => {
  it('points at the first byte that breaks UTF-8', () => {
    expect(firstInvalidUtf8(Buffer.from('Café', 'latin1'))).toBe(3)
    expect(firstInvalidUtf8(Buffer.from([0x41, 0xe2, 0x80]))).toBe(1) // truncated sequence
    expect(firstInvalidUtf8(Buffer.from([0x41, 0xc0, 0xaf]))).toBe(1) // overlong form
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0) // surrogate
  })
})
