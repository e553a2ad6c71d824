import type { HaloLogger, LogLevel } from '../options/logger.js'
import type { Redactor } from './redactor.js'

/** A logger with every level present; silent where the user's logger has none. */
export type CompleteLogger = Required<HaloLogger>

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error']

/** The user's logger behind each wrapper, so hot paths can skip building a line nobody reads. */
const wrapped = new WeakMap<CompleteLogger, HaloLogger | undefined>()

/**
 * Whether `logger` passes `level` on to anyone. A logger that is not one of our wrappers is
 * assumed to listen.
 */
export function logs(logger: CompleteLogger, level: LogLevel): boolean {
  if (!wrapped.has(logger)) return true
  return typeof wrapped.get(logger)?.[level] === 'function'
}

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
  wrapped.set(complete, logger)
  return complete
}
