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

export const silentProgressBar: ProgressBar = { setTotal() {}, increment() {}, stop() {} }

/** cli-progress settings shared by a lone bar and a group's bars (done/total, rate, ETA). */
export const barSettings = (stderr: CliOutputStream): cliProgress.Options => ({
  stream: stderr,
  format: '{bar} {percentage}% | {value}/{total} {unit} | {rate}/s | ETA {eta_formatted}',
  hideCursor: true,
  clearOnComplete: false,
  etaBuffer: 50,
  fps: 5,
  noTTYOutput: false,
})

/** Wraps one cli-progress bar, started at 0, counting its rate per second since it started. */
export function trackBar(
  start: (total: number, payload: object) => cliProgress.SingleBar,
  options: ProgressBarOptions,
): ProgressBar {
  const started = Date.now()
  let done = 0
  let total = options.total ?? 0
  const rate = (): string => {
    const seconds = (Date.now() - started) / 1000
    return seconds > 0 ? (done / seconds).toFixed(0) : '0'
  }
  const bar = start(total, { rate: '0', unit: options.unit })
  return {
    setTotal(next) {
      total = next
      bar.setTotal(next)
    },
    increment(count) {
      done += count
      bar.increment(count, { rate: rate() })
    },
    stop() {
      // A total never learned (or learned short) ends as what was done, not as `150/0`.
      if (done > total) bar.setTotal(done)
      bar.update(done, { rate: rate() })
      bar.stop()
    },
  }
}

/**
 * A progress bar on stderr (done/total, rate per second, ETA), or nothing at all when stderr is not a
 * terminal or `--quiet` is set, so piped and logged runs stay clean.
 */
export function createProgressBar(
  stderr: CliOutputStream,
  quiet: boolean,
  options: ProgressBarOptions,
): ProgressBar {
  if (quiet || stderr.isTTY !== true) return silentProgressBar
  const bar = new cliProgress.SingleBar(barSettings(stderr), cliProgress.Presets.shades_classic)
  return trackBar((total, payload) => {
    bar.start(total, 0, payload)
    return bar
  }, options)
}
