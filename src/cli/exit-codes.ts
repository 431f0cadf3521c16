/**
 * What `parallax` exit codes mean, in one place:
 * - 0: every input was read and the output written;
 * - 1: some inputs were rejected (each named on stderr); the rest was processed and written;
 * - 2: usage error (bad flag, unreadable lexicon or pairs file, a `--side` or override naming nothing),
 *      or nothing could be processed at all.
 */
export const ExitCode = { ok: 0, inputRejected: 1, usage: 2 } as const
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode]
