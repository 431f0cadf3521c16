import cliProgress from 'cli-progress'

/** Something to tell how far a long run has come. */
export interface Progress {
  update(done: number, total: number): void
  stop(): void
}

const silent: Progress = { update() {}, stop() {} }

/**
 * A progress bar on stderr, only for a person watching: stderr is a terminal, `--quiet` is off, and the
 * run has lasted over a second (a quick run should not flash a bar).
 */
export function createProgress(stream: NodeJS.WritableStream & { isTTY?: boolean }, quiet: boolean, label: string): Progress {
  if (quiet || !stream.isTTY) return silent
  const startedAt = Date.now()
  let bar: cliProgress.SingleBar | undefined
  return {
    update(done, total) {
      if (!bar) {
        if (Date.now() - startedAt < 1000 || done >= total) return
        bar = new cliProgress.SingleBar(
          { stream, format: `${label} [{bar}] {value}/{total} files`, hideCursor: true, clearOnComplete: true },
          cliProgress.Presets.shades_classic,
        )
        bar.start(total, done)
      }
      bar.update(done)
    },
    stop() {
      bar?.stop()
    },
  }
}
