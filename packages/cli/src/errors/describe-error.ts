import { isHaloError } from '@halo/core'
import { exitCodeForError } from './exit-code-for-error.js'

/** What `--output json` prints on stderr for a failure. */
export interface ErrorReport {
  readonly error: {
    readonly message: string
    readonly type: string
    readonly exitCode: number
    readonly status?: number
    readonly method?: string
    readonly url?: string
  }
}

/**
 * The failure as one line of text and as JSON. The library's messages already say what to check and
 * carry no secrets (its errors redact them), so they are passed on as they are.
 */
export function describeError(error: unknown): { line: string; report: ErrorReport } {
  const message = error instanceof Error ? error.message : String(error)
  const exitCode = exitCodeForError(error)
  const type = error instanceof Error ? error.name : 'Error'
  const details: { status?: number; method?: string; url?: string } = {}
  if (isHaloError(error)) {
    if (typeof error.status === 'number' && error.status > 0) details.status = error.status
    if (error.method) details.method = error.method
    if (error.url) details.url = error.url
  }
  return {
    line: message.split('\n')[0] ?? message,
    report: { error: { message, type, exitCode, ...details } },
  }
}
