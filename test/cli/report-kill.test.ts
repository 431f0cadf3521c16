import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, watch } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { writeSyntheticFiles } from '../../src/bench/synthetic-files.js'

// A `report` run killed with SIGKILL at any moment must leave every report file whole: either the previous
// run's version or the new one, never half of one. The run uses the built CLI under plain node, on a
// synthetic corpus with hundreds of pages, killed from a watch on the report folders while it writes.
const BIN = 'dist/cli/bin.js'
let corpusDir: string

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort()
}

function snapshot(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]))
}

function report(input: string, out: string) {
  return spawnSync(process.execPath, [BIN, 'report', input, '--out', out, '--quiet'], { encoding: 'utf8' })
}

beforeAll(async () => {
  if (!existsSync(BIN)) spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { stdio: 'inherit' })
  const dir = mkdtempSync(join(tmpdir(), 'parallax-kill-'))
  corpusDir = (await writeSyntheticFiles(dir, { accounts: 1500 })).corpusDir
}, 120_000)

describe('cli: report killed mid-write', () => {
  it('leaves every report file whole: the previous version or the new one', async () => {
    const full = mkdtempSync(join(tmpdir(), 'parallax-full-'))
    expect(report(corpusDir, full).status).toBe(0)
    const next = snapshot(full)

    let caughtMidWrite = 0
    // Kill on the first, the 20th and the 200th write the folders see: early, middle and late in the write phase.
    for (const afterEvents of [1, 20, 200]) {
      const out = mkdtempSync(join(tmpdir(), 'parallax-out-'))
      expect(report('seeds', out).status).toBe(0)
      const previous = snapshot(out)

      const child = spawn(process.execPath, [BIN, 'report', corpusDir, '--out', out, '--quiet'], { stdio: 'ignore' })
      let seen = 0
      const watchers = [out, join(out, 'pairs')].map((dir) =>
        watch(dir, () => {
          if (++seen === afterEvents) child.kill('SIGKILL')
        }),
      )
      await new Promise((resolve) => child.on('exit', resolve))
      for (const w of watchers) w.close()

      const after = snapshot(out)
      for (const [file, content] of after) {
        if (file.endsWith('.tmp')) continue // an abandoned temp file (dot-named) is never a report page
        const whole = content === previous.get(file) || content === next.get(file)
        expect(whole, `${file} is neither the previous nor the new version`).toBe(true)
      }
      for (const file of previous.keys()) {
        if (!after.has(file)) expect(next.has(file), `${file} vanished`).toBe(false)
      }
      const someNew = [...after].some(([file, content]) => next.get(file) === content && previous.get(file) !== content)
      if (someNew && after.get('index.html') === previous.get('index.html')) caughtMidWrite++
    }
    // Otherwise the kills all landed before or after the writes, and the test would prove little.
    expect(caughtMidWrite).toBeGreaterThan(0)
  }, 180_000)
})
