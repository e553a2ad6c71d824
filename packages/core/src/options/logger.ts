/** Log levels the client emits at. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error'

/**
 * A structured logger; `console` fits. Every message and data object is redacted before it is
 * handed over: no client secret, token or `Authorization` header ever reaches it.
 */
export interface HaloLogger {
  debug?(message: string, data?: Readonly<Record<string, unknown>>): void
  info?(message: string, data?: Readonly<Record<string, unknown>>): void
  warn?(message: string, data?: Readonly<Record<string, unknown>>): void
  error?(message: string, data?: Readonly<Record<string, unknown>>): void
}
