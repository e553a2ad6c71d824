import type { CompleteLogger } from '../redaction/redacting-logger.js'
import type { Redactor } from '../redaction/redactor.js'

/**
 * Calls a user hook with a redacted copy of the event. A hook that throws is logged and otherwise
 * ignored: observability must never change the outcome of a request.
 */
export function callHook<E extends object>(
  name: string,
  hook: ((event: E) => void) | undefined,
  event: E,
  redactor: Redactor,
  logger: CompleteLogger,
): void {
  if (hook === undefined) return
  try {
    const result: unknown = hook(redactor.redactValue(event))
    // An async hook's rejection would otherwise surface as an unhandled rejection.
    if (result instanceof Promise)
      result.catch((error: unknown) => logger.warn(`${name} hook failed`, { error }))
  } catch (error) {
    logger.warn(`${name} hook threw; the request goes on`, { error })
  }
}
