import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { readInputs } from '../../src/ingest/read-input.js'
import { idPrefixes, segmentDocument } from '../../src/segment/segment-document.js'
import type { Diagnostic, RawDocument, SegmentedAccount, Source } from '../../src/types.js'

interface GoldAccount {
  id: string
  side: 'ru' | 'cn'
  starts: string
  published?: string
  counts?: Record<string, number>
}
const gold = JSON.parse(readFileSync(new URL('../../../shared/gold/seeds.json', import.meta.url), 'utf8')) as { documents: GoldAccount[] }

/**
 * Mentions counted as the gold "about" says: case-insensitive whole words; 'sco' counts the full name
 * and "SCO" alike, a full name followed by "(SCO)"/"(#SCO)" once; 'multipolar' includes 'multipolarity';
 * 'ukraine' counts every word starting with 'Ukrain'. Tag lines are already out of `text`.
 */
function goldCount(text: string, key: string): number {
  const count = (re: RegExp) => (text.match(re) ?? []).length
  if (key === 'sco') {
    const folded = text.replace(/Shanghai Cooperation Organi[sz]ation(?:\s*\(#?SCO\))?/gi, 'SCO')
    return (folded.match(/\bSCO\b/gi) ?? []).length
  }
  if (key === 'multipolar') return count(/\bmultipolar/gi)
  if (key === 'ukraine') return count(/\bUkrain/gi)
  return count(new RegExp(`\\b${key.replace(/\s+/g, '\\s+')}\\b`, 'gi'))
}

let accounts: SegmentedAccount[]
let diagnostics: Diagnostic[]
const byId = (id: string) => accounts.find((a) => a.id === id)!

beforeAll(async () => {
  const read = await readInputs(['seeds'])
  const prefixes = idPrefixes(read.documents.map((d) => d.source))
  accounts = []
  diagnostics = [...read.diagnostics]
  for (const doc of read.documents) {
    const result = segmentDocument(doc, { idPrefix: prefixes.get(doc.source.path)! })
    accounts.push(...result.accounts)
    diagnostics.push(...result.diagnostics)
  }
})

describe('segmentDocument on the seeds', () => {
  it('finds the 27 gold accounts, in file order, without diagnostics', () => {
    expect(diagnostics).toEqual([])
    expect(accounts.map((a) => a.id)).toEqual(gold.documents.map((g) => g.id))
    expect(accounts.map((a) => a.id)).toEqual([
      '000:1', '001:1', '001:2', '001:3', '001:4', '001:5', '002:1',
      ...Array.from({ length: 19 }, (_, i) => `003:${i + 1}`),
      '004:1',
    ])
  })

  it('gives every account its gold side, with a stated reason', () => {
    for (const g of gold.documents) {
      const a = byId(g.id)
      expect(a.side.value, g.id).toBe(g.side)
      expect(a.side.reason.length, g.id).toBeGreaterThan(10)
    }
    expect(byId('003:5').side).toEqual({ value: 'ru', reason: "Telegram channel 'Russian MFA'", inferred: false })
    expect(byId('004:1').side.reason).toMatch(/^site 'fmprc\.gov\.cn'/)
    expect(byId('002:1').side.reason).toMatch(/Russian Foreign Minister Sergey Lavrov/)
    expect(byId('000:1').side.reason).toMatch(/Foreign Minister Sergey Lavrov/)
  })

  it('starts each text where the gold account starts, and titles it with that line', () => {
    const norm = (s: string) => s.replace(/[’']/g, "'")
    for (const g of gold.documents) {
      const a = byId(g.id)
      expect(norm(a.text).startsWith(norm(g.starts)), `${g.id}: ${a.text.slice(0, 80)}`).toBe(true)
      expect(a.text.startsWith(a.title), g.id).toBe(true)
    }
    expect(byId('002:1').title).toBe('Wang Yi Meets with Russian Foreign Minister Sergey Lavrov')
  })

  it('leaves no Telegram or page noise in any text', () => {
    const noise = [/Forwarded from/, /VIEW IN TELEGRAM/i, /This media is not supported/, /Read in full/, /Suggest to a friend/, /ICP/, /\.png/, /公网安备/, /Copyright/, /👍\d/, /❤\d/, /^Home\b/m, /中文/, /^Global South$/m, /^\d{4}-\d{2}-\d{2}/m]
    for (const a of accounts) for (const re of noise) expect(a.text, `${a.id} ${re}`).not.toMatch(re)
  })

  it('keeps no sentence twice within an account', () => {
    for (const a of accounts) {
      const seen = new Set<string>()
      for (const [start, end] of a.sentences) {
        const sentence = a.text.slice(start, end)
        expect(seen.has(sentence), `${a.id}: ${sentence}`).toBe(false)
        seen.add(sentence)
      }
    }
  })

  it('counts every gold theme as the gold file does', () => {
    const wrong: string[] = []
    for (const g of gold.documents) {
      for (const [key, n] of Object.entries(g.counts ?? {})) {
        const found = goldCount(byId(g.id).text, key)
        if (found !== n) wrong.push(`${g.id} ${key}: ${found} ≠ ${n}`)
      }
    }
    expect(wrong).toEqual([])
  })

  it('puts sentence spans inside the text, non-empty, trimmed, in order and non-overlapping', () => {
    for (const a of accounts) {
      expect(a.sentences.length, a.id).toBeGreaterThan(0)
      let last = 0
      for (const [start, end] of a.sentences) {
        expect(start, a.id).toBeGreaterThanOrEqual(last)
        expect(end, a.id).toBeGreaterThan(start)
        expect(end, a.id).toBeLessThanOrEqual(a.text.length)
        const s = a.text.slice(start, end)
        expect(s, a.id).toBe(s.trim())
        expect(s.includes('\n'), a.id).toBe(false)
        last = end
      }
    }
  })

  it('moves tag lines to tags, keeps hashtags inside sentences, and keeps the speaker marks', () => {
    expect(byId('001:1').tags).toEqual(['RussiaChina', 'UNGA77', 'PhotoOfTheDay'])
    expect(byId('003:19').tags).toEqual(['RussiaChina', 'UNGA79'])
    expect(byId('003:19').text).not.toMatch(/^#/m)
    expect(byId('003:12').text).toContain('UN Security Council, #BRICS, #SCO, #G20, #APEC')
    expect(byId('003:8').text).toMatch(/^❓ Here is a philosophical question/m)
    expect(byId('003:8').text).toMatch(/^💬 I think that any normal person/m)
    expect(byId('003:3').text).toMatch(/^The Ministers praised/m) // "✔️" is decoration
  })

  it('reads publication dates and sites into metadata, out of the text', () => {
    expect(byId('002:1').published).toBe('2022-09-22')
    expect(byId('004:1')).toMatchObject({ published: '2024-06-10', channel: 'fmprc.gov.cn', medium: 'web' })
    expect(byId('003:1')).toMatchObject({ published: null, channel: 'Russian MFA', medium: 'telegram', n: 1 })
  })

  it('merges the preview and the full copy of a post, keeping elisions with the copy they belong to', () => {
    const a = byId('003:9')
    expect(a.text.split('\n').filter((l) => l === '<...>')).toHaveLength(2)
    expect(a.text.match(/The Chinese leader welcomed/g)).toHaveLength(1)
    // 001:3: a title, "Read in full", then the body twice.
    expect(byId('001:3').text.match(/fair world order/g)).toHaveLength(1)
  })
})

describe('segmentDocument on a channel\'s own posts (Telegram\'s web preview)', () => {
  it('keeps the text and drops the channel headers, reactions, view counters and times', async () => {
    const { documents } = await readInputs(['test/fixtures/text/channel-preview.txt'])
    const { accounts, diagnostics } = segmentDocument(documents[0]!)
    expect(diagnostics).toEqual([])
    expect(accounts.map((a) => a.side.value)).toEqual(['ru', 'ru'])
    expect(accounts[0]!.text).toBe(
      "On February 20, Foreign Minister Sergey Lavrov had a telephone conversation with Foreign Minister of the People's Republic of China Wang Yi.\nThe ministers discussed the Ukraine crisis and cooperation within #BRICS.",
    )
    // "The Russian MFA welcomes it." names the channel inside a sentence: text, not a header.
    expect(accounts[1]!.text).toMatch(/Global Majority countries are increasingly interested in BRICS\. The Russian MFA welcomes it\.$/)
    for (const a of accounts) expect(a.text).not.toMatch(/views|\d:\d\d|👍|^Russian MFA/m)
  })
})

describe('segmentDocument options', () => {
  const doc = (text: string, name = 'note_1.txt'): RawDocument => ({
    source: { path: `in/${name}`, name, sha256: '', format: 'web-text', bytes: text.length },
    medium: 'web',
    posts: [{ n: 1, body: text, title: null, published: null, channel: null }],
  })

  it('asks for --side when nothing tells the side, and gives no account', () => {
    const result = segmentDocument(doc('The sides met and discussed the weather.'))
    expect(result.accounts).toEqual([])
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ file: 'in/note_1.txt', ruleId: 'side-undecided', message: expect.stringMatching(/--side note_1\.txt=ru/) }),
    ])
  })

  it('drops only the undecided post when the decided posts of a file split evenly', () => {
    const post = (n: number, channel: string | null) => ({ n, body: `Post ${n}: the sides met.`, title: null, published: null, channel })
    const telegram: RawDocument = {
      source: { path: 'mixed.json', name: 'mixed.json', sha256: '', format: 'telegram-json', bytes: 0 },
      medium: 'telegram',
      posts: [post(1, 'Russian MFA'), post(2, 'Chinese MFA'), post(3, null)],
    }
    const result = segmentDocument(telegram)
    expect(result.accounts.map((a) => [a.id, a.side.value])).toEqual([
      ['mixed:1', 'ru'],
      ['mixed:2', 'cn'],
    ])
    expect(result.diagnostics).toEqual([expect.objectContaining({ ruleId: 'side-undecided', message: expect.stringMatching(/^post 3: /) })])
  })

  it('takes the side from --side and the id prefix from the caller', () => {
    const result = segmentDocument(doc('The sides met and discussed the weather.'), { idPrefix: 'x', sideOverride: 'cn' })
    expect(result.accounts[0]).toMatchObject({ id: 'x:1', side: { value: 'cn', reason: '--side flag', inferred: false } })
  })

  it('defaults the id prefix to the file name up to its first _', () => {
    const result = segmentDocument(doc('The sides met.'), { sideOverride: 'ru' })
    expect(result.accounts[0]!.id).toBe('note:1')
  })
})

describe('idPrefixes', () => {
  const source = (path: string): Source => ({ path, name: path.split('/').pop()!, sha256: '', format: 'web-text', bytes: 0 })

  it('uses the file name up to its first _, or the whole stem where prefixes clash', () => {
    const map = idPrefixes(['seeds/003_5386.txt', 'a/005_x.txt', 'b/005_y.json', 'c/result.json'].map(source))
    expect([...map]).toEqual([
      ['seeds/003_5386.txt', '003'],
      ['c/result.json', 'result'],
      ['a/005_x.txt', '005_x'],
      ['b/005_y.json', '005_y'],
    ])
  })

  it('falls back to the path without extension when even the stems clash', () => {
    const map = idPrefixes(['a/x.txt', 'b/x.json'].map(source))
    expect(map.get('a/x.txt')).toBe('a/x')
    expect(map.get('b/x.json')).toBe('b/x')
  })
})
