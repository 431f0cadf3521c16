import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/**
 * A function that runs a full garbage collection: `global.gc` when node runs with `--expose-gc`, else
 * one obtained by turning that flag on and reading `gc` from a fresh context (the flag only applies to
 * contexts made after it is set). For the CLI and the benchmark, which own their process; the library
 * never collects on its own.
 */
export function fullGc(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc
  if (exposed) return exposed
  setFlagsFromString('--expose-gc')
  return runInNewContext('gc') as () => void
}
