import cliProgress from 'cli-progress'
import type { CliOutputStream } from '../runtime/cli-io.js'

/** Progress of a long command: records done out of a total that may be learned late (`record_count`). */
export interface ProgressBar {
  /** Sets or corrects the total once it is known. */
  setTotal(total: number): void
  increment(count: number): void
  stop(): void
}

export interface ProgressBarOptions {
  /** What is counted: `records`, `rows`, `tickets`. */
  readonly unit: string
  /** Total if known up front. */
  readonly total?: number | undefined
}

const silent: ProgressBar = { setTotal() {}, increment() {}, stop() {} }

/**
 * A progress bar on stderr (done/total, rate per second, ETA), or nothing at all when stderr is not a
 * terminal or `--quiet` is set, so piped and logged runs stay clean.
 */
export function createProgressBar(
  stderr: CliOutputStream,
  quiet: boolean,
  options: ProgressBarOptions,
): ProgressBar {
  if (quiet || stderr.isTTY !== true) return silent
  const started = Date.now()
  let done = 0
  const bar = new cliProgress.SingleBar(
    {
      stream: stderr,
      format: `{bar} {percentage}% | {value}/{total} ${options.unit} | {rate}/s | ETA {eta_formatted}`,
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 50,
      fps: 5,
      noTTYOutput: false,
    },
    cliProgress.Presets.shades_classic,
  )
  const rate = (): string => {
    const seconds = (Date.now() - started) / 1000
    return seconds > 0 ? (done / seconds).toFixed(0) : '0'
  }
  bar.start(options.total ?? 0, 0, { rate: '0' })
  return {
    setTotal(total) {
      bar.setTotal(total)
    },
    increment(count) {
      done += count
      bar.increment(count, { rate: rate() })
    },
    stop() {
      bar.update(done, { rate: rate() })
      bar.stop()
    },
  }
}
