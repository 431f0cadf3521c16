import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli } from './run-cli.js'

// A folder of mixed files: one good seed and one of each kind of bad input. Each bad file gets exactly one
// line on stderr naming it; the good file is still processed; the exit code is 1.
let dir: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-bad-'))
  copyFileSync('seeds/004_775c12525becf376.txt', join(dir, 'good.txt'))
  writeFileSync(join(dir, 'empty.txt'), '')
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a, 0xff, 0x00]))
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 Lavrov met Wang Yi in Nizhny Novgorod.\n', 'latin1'))
  writeFileSync(join(dir, 'broken.json'), '{"name": "Russian MFA", "messages": [{"id": 1,, }]}')
  // 50 MB in one line, generated here so it never sits in the repository.
  writeFileSync(join(dir, 'one-line.txt'), 'Lavrov '.repeat((50 * 1024 * 1024) / 7))
  mkdirSync(join(dir, 'locked'))
  writeFileSync(join(dir, 'locked', 'secret.txt'), 'Wang Yi met Lavrov.')
  chmodSync(join(dir, 'locked', 'secret.txt'), 0o000)
})

describe('cli: bad input', () => {
  it('reports each bad file on one line, processes the good one and exits 1', async () => {
    const result = await runCli(['accounts', dir, join(dir, 'missing.txt'), '--format', 'json'])
    const lines = result.stderr.trim().split('\n')
    const linesFor = (name: string) => lines.filter((l) => l.includes(name))
    expect(linesFor('empty.txt')).toHaveLength(1)
    expect(linesFor('binary.txt')).toHaveLength(1)
    expect(linesFor('latin1.txt')).toHaveLength(1)
    expect(linesFor('latin1.txt')[0]).toMatch(/UTF-8/)
    expect(linesFor('broken.json')).toHaveLength(1)
    expect(linesFor('broken.json')[0]).toMatch(/JSON/)
    expect(linesFor('one-line.txt')).toHaveLength(1)
    expect(linesFor('missing.txt')).toHaveLength(1)
    // root can read a 000 file; the line is there only where permissions apply.
    if (process.getuid?.() !== 0) expect(linesFor('secret.txt')).toHaveLength(1)
    const accounts = JSON.parse(result.stdout) as { file: string }[]
    expect(accounts.some((a) => a.file.endsWith('good.txt'))).toBe(true)
    expect(result.exitCode).toBe(1)
  }, 60_000)

  it('exits 2 when nothing could be read', async () => {
    const result = await runCli(['accounts', join(dir, 'empty.txt')])
    expect(result.exitCode).toBe(2)
    expect(result.stderr).toMatch(/empty\.txt/)
  })
})
