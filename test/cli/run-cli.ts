import { Writable } from 'node:stream'
import { execute } from '../../src/cli/program.js'

/** Runs the CLI in-process, capturing what it writes, as the golden CLI tests compare it. */
export async function runCli(argv: string[], options: { cwd?: string } = {}) {
  let stdout = ''
  let stderr = ''
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk, _encoding, done) {
        append(String(chunk))
        done()
      },
    })
  const exitCode = await execute(argv, {
    stdout: sink((s) => (stdout += s)),
    stderr: sink((s) => (stderr += s)),
    cwd: options.cwd ?? process.cwd(),
  })
  return { exitCode, stdout, stderr }
}
