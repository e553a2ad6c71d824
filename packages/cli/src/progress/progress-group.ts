import cliProgress from 'cli-progress'
import type { CliOutputStream } from '../runtime/cli-io.js'
import {
  barSettings,
  type ProgressBar,
  type ProgressBarOptions,
  silentProgressBar,
  trackBar,
} from './progress-bar.js'

/**
 * Several bars drawn together, for work that runs side by side (a sync reads several resources at
 * once): one lone bar would be restarted, and its counts mixed, at every switch between them.
 */
export interface ProgressGroup {
  /** A new bar below the others. */
  bar(options: ProgressBarOptions): ProgressBar
  /** A line printed above the bars on a terminal; on its own line otherwise, unless `--quiet`. */
  log(line: string): void
  /** Stops every bar; call once, when the work is over or has failed. */
  stop(): void
}

/** Bars on stderr only on a terminal without `--quiet`; the log lines follow `--quiet` alone. */
export function createProgressGroup(stderr: CliOutputStream, quiet: boolean): ProgressGroup {
  if (quiet || stderr.isTTY !== true) {
    return {
      bar: () => silentProgressBar,
      log(line) {
        if (!quiet) stderr.write(`${line}\n`)
      },
      stop() {},
    }
  }
  const group = new cliProgress.MultiBar(barSettings(stderr), cliProgress.Presets.shades_classic)
  const bars: ProgressBar[] = []
  return {
    bar(options) {
      const bar = trackBar((total, payload) => group.create(total, 0, payload), options)
      bars.push(bar)
      return bar
    },
    log(line) {
      // cli-progress writes a logged line at its next redraw, and it redraws only once there is a
      // bar: a line said before any (a sync waiting for another) goes out now, with nothing to redraw.
      if (bars.length === 0) stderr.write(`${line}\n`)
      else group.log(`${line}\n`)
    },
    stop() {
      for (const bar of bars) bar.stop()
      // cli-progress writes logged lines at its next redraw, which a quick run may never reach
      group.update()
      group.stop()
    },
  }
}
