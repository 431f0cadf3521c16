import { mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../cli/run-cli.js'

// The committed reports/ are the reports of seeds/: regenerating them must give byte-identical files.
// After a deliberate change, regenerate with `npm start` and review the diff before committing it.
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort()
}

describe('golden: reports', () => {
  it('regenerates the committed reports/ from seeds/ byte for byte', async () => {
    const out = mkdtempSync(join(tmpdir(), 'parallax-reports-'))
    const result = await runCli(['report', 'seeds', '--out', out, '--quiet'])
    expect(result.exitCode).toBe(0)
    const committed = listFiles('reports')
    expect(listFiles(out)).toEqual(committed)
    for (const file of committed) {
      expect(readFileSync(join(out, file), 'utf8'), file).toBe(readFileSync(join('reports', file), 'utf8'))
    }
  })

  it('gives byte-identical files on a second run', async () => {
    const [a, b] = [mkdtempSync(join(tmpdir(), 'parallax-a-')), mkdtempSync(join(tmpdir(), 'parallax-b-'))]
    await runCli(['report', 'seeds', '--out', a, '--quiet'])
    await runCli(['report', 'seeds', '--out', b, '--quiet'])
    for (const file of listFiles(a)) expect(readFileSync(join(b, file), 'utf8'), file).toBe(readFileSync(join(a, file), 'utf8'))
  })
})
