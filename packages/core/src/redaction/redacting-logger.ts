import type { HaloLogger, LogLevel } from '../options/logger.js'
import type { Redactor } from './redactor.js'

/** A logger with every level present; silent where the user's logger has none. */
export type CompleteLogger = Required<HaloLogger>

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error']

/**
 * Wraps the user's logger so that nothing reaches it unredacted, and so that a logger that throws
 * never breaks a request.
 */
export function createRedactingLogger(logger: HaloLogger | undefined, redactor: Redactor): CompleteLogger {
  const wrap = (level: LogLevel) => {
    return (message: string, data?: Readonly<Record<string, unknown>>): void => {
      const method = logger?.[level]
      if (typeof method !== 'function') return
      try {
        const safeMessage = redactor.redactString(message)
        if (data === undefined) method.call(logger, safeMessage)
        else method.call(logger, safeMessage, redactor.redactValue(data))
      } catch {
        // A failing logger must not turn a successful call into a failed one.
      }
    }
  }
  const complete = {} as Record<LogLevel, CompleteLogger[LogLevel]>
  for (const level of LEVELS) complete[level] = wrap(level)
  return complete
}
