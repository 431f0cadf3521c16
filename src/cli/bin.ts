#!/usr/bin/env node
import { fullGc } from './full-gc.js'
import { execute } from './program.js'

// The only file that touches `process`: the program returns an exit code and writes to the streams it is given.
process.exitCode = await execute(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  betweenStages: fullGc(),
})
