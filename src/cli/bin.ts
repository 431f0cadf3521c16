#!/usr/bin/env node
import { fullGc } from './full-gc.js'
import { boundHeapGrowth } from './heap-growth.js'
import { execute } from './program.js'

// A reader that stops early (`parallax accounts | head`) is no error: stop quietly, as Unix tools do,
// instead of an unhandled EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    process.exit(process.exitCode ?? 0)
  })
}

boundHeapGrowth()

// The only file that touches `process`: the program returns an exit code and writes to the streams it is given.
process.exitCode = await execute(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  betweenStages: fullGc(),
})
