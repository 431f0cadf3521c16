import { setFlagsFromString } from 'node:v8'

/**
 * How far V8 lets the heap grow past what the last full collection kept before it collects again:
 * 1.25×. Left to itself V8 grows it up to 4× while allocation is fast, and parallax allocates fast while
 * it keeps every account, so the peak RSS was mostly garbage (measured on the benchmark: 20,000 accounts
 * 349 → 329 MB at the same speed, 348 MB with 1.5×; 100,000 accounts 1,062 → 889 MB). For the CLI and the
 * benchmark, which own their process; the library leaves V8 alone.
 */
export const HEAP_GROWING_PERCENT = 25

/** Sets `HEAP_GROWING_PERCENT` for this process and every worker it starts (V8 flags are process-wide). */
export function boundHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`)
}
