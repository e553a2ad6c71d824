import type { HaloError } from './halo-error.js'

/** Which call an error ended, filled in once by the transport as the error leaves it. */
export interface RequestStamp {
  readonly requestId: string
  readonly durationMs: number
  readonly attempts: number
}

/**
 * Marks `error` with the call it ended. The first stamp stays: a token request's error, shared by
 * every call that waited for that token, keeps the id of the request that actually failed.
 */
export function stampRequest(error: HaloError, stamp: RequestStamp): void {
  if (error.requestId !== undefined) return
  const target = error as { -readonly [K in keyof RequestStamp]: RequestStamp[K] | undefined }
  target.requestId = stamp.requestId
  target.durationMs = stamp.durationMs
  target.attempts = stamp.attempts
}
