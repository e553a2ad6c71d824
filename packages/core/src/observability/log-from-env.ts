import type { HaloLogger, LogLevel } from '../options/logger.js'

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error']

/** An unknown `HALO_LOG` is said once per process, not once per client. */
let warnedAbout: string | undefined

/** `HALO_LOG` from the environment; `undefined` where there is no `process` (a browser). */
function haloLogSetting(): string | undefined {
  if (typeof process === 'undefined') return undefined
  const env = (process as { readonly env?: Readonly<Record<string, string | undefined>> }).env
  const value = env?.HALO_LOG?.trim().toLowerCase()
  return value === '' ? undefined : value
}

/** A console logger passing on `level` and the levels above it, each line marked as ours. */
export function consoleLogger(level: LogLevel): HaloLogger {
  const logger: HaloLogger = {}
  for (const each of LEVELS.slice(LEVELS.indexOf(level))) {
    // `console` is looked up at each line, so a console replaced later (or spied on) is used.
    logger[each] = (message, data) => {
      if (data === undefined) console[each](`[halo] ${message}`)
      else console[each](`[halo] ${message}`, data)
    }
  }
  return logger
}

/**
 * The logger `HALO_LOG=debug|info|warn|error` asks for when the options name none (as `OPENAI_LOG`
 * does for openai-node), so logging can be turned on without touching code. The client redacts it
 * like any logger. `off`, `none` or unset: none. Anything else: one warning, and none.
 */
export function loggerFromEnv(): HaloLogger | undefined {
  const setting = haloLogSetting()
  if (setting === undefined || setting === 'off' || setting === 'none') return undefined
  if ((LEVELS as readonly string[]).includes(setting)) return consoleLogger(setting as LogLevel)
  if (warnedAbout !== setting) {
    warnedAbout = setting
    console.warn(
      `[halo] HALO_LOG=${JSON.stringify(setting)} is not a log level; use debug, info, warn, error or off. Logging stays off.`,
    )
  }
  return undefined
}
