import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'

// Runs the built CLI with plain `node`: vitest's module loader hides CommonJS interop errors
// (`import { compile } from 'handlebars'` passes here and crashes under node), so one test must not use it.
const BIN = 'dist/cli/bin.js'

beforeAll(() => {
  if (!existsSync(BIN)) execFileSync('npx', ['tsc', '-p', 'tsconfig.json'], { stdio: 'inherit' })
})

function run(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
}

describe('cli/e2e (built CLI under plain node)', () => {
  it('prints the seed accounts as JSON and nothing else on stdout', () => {
    const result = run(['accounts', 'seeds', '--format', 'json'])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const accounts = JSON.parse(result.stdout) as { id: string; side: string }[]
    expect(accounts).toHaveLength(27)
    expect(accounts.find((a) => a.id === '004:1')?.side).toBe('cn')
  })

  it('prints events as JSON', () => {
    const result = run(['align', 'seeds', '--format', 'json', '--quiet'])
    expect(result.status).toBe(0)
    const { events } = JSON.parse(result.stdout) as { events: { ru: string[]; cn: string[] }[] }
    expect(events.filter((e) => e.ru.length > 0 && e.cn.length > 0)).toHaveLength(2)
  })

  it('prints theme counts as JSON that pipes cleanly', () => {
    const result = run(['terms', 'seeds', '--themes', '--format', 'json'])
    expect(result.status).toBe(0)
    const rows = JSON.parse(result.stdout) as { term: string; ru: number; cn: number }[]
    expect(rows.find((r) => r.term === 'global-majority')).toMatchObject({ ru: 3, cn: 0 })
  })

  it('explains itself with --help and exits 0', () => {
    const result = run(['--help'])
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/Exit codes/)
    expect(result.stdout).toMatch(/report/)
  })

  it('stops quietly when its reader closes the pipe early (`parallax … | head`)', async () => {
    const child = spawn(process.execPath, [BIN, 'accounts', 'seeds', '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.destroy()
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += String(chunk)))
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)))
    expect(stderr).toBe('')
    expect(status).toBe(0)
  })

  it('exits 2 on a usage error, with one line naming the problem', () => {
    const result = run(['accounts', '--format', 'yaml'])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/expected one of table, json, found "yaml"/)
  })
})
