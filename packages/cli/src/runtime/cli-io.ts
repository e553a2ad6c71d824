import type { Readable, Writable } from 'node:stream'

/** A stream that may be a terminal (`process.stdout` and `process.stderr` are). */
export type CliOutputStream = Writable & {
  readonly isTTY?: boolean | undefined
  readonly columns?: number | undefined
}

/**
 * Everything `halo` reads from and writes to outside its arguments, so a run can be driven in-process
 * with captured streams as well as from a terminal.
 */
export interface CliIo {
  readonly stdout: CliOutputStream
  readonly stderr: CliOutputStream
  readonly stdin: Readable & { readonly isTTY?: boolean | undefined }
  readonly env: Readonly<Record<string, string | undefined>>
  /** Aborted when the user presses Ctrl-C (see `InterruptGuard`). */
  readonly signal: AbortSignal
}

/** The process's own streams and environment. */
export function processIo(signal: AbortSignal): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, signal }
}
