import type { AccessToken } from '../auth/token.js'
import type { AttemptOutcome } from '../circuit-breaker/circuit-breaker.js'
import type { WholeBody } from './whole-body.js'

/** How one attempt ended, before anyone decides what it means for the call. */
export type AttemptResult =
  | {
      readonly type: 'response'
      readonly response: Response
      /** The body, read whole; `undefined` when the caller takes it as a stream. */
      readonly body: WholeBody | undefined
      readonly token: AccessToken | undefined
      /** Answered by the response cache, not the wire. */
      readonly cached?: true | undefined
    }
  | { readonly type: 'timeout' }
  | { readonly type: 'network'; readonly error: unknown; readonly sent: boolean }
  /** Halo (or something in front of it) redirected where the client will not follow. */
  | { readonly type: 'redirect-refused'; readonly status: number; readonly reason: string }
  /** The body passed `maxResponseBytes`; reading stopped there. */
  | { readonly type: 'too-large'; readonly status: number; readonly limit: number }
  /** fetch refused the request itself, before anything was sent (see `refusedLocally`). */
  | { readonly type: 'refused-locally'; readonly error: TypeError }

export function isSuccess(status: number): boolean {
  return status >= 200 && status < 400
}

/** What an attempt says about the host's health (see the circuit breaker). */
export function outcomeOf(result: AttemptResult): AttemptOutcome {
  switch (result.type) {
    case 'timeout':
    case 'network':
      return 'failure'
    case 'refused-locally':
      // Nothing reached the host: the caller's mistake says nothing about it.
      return 'abandoned'
    case 'redirect-refused':
    case 'too-large':
      return 'success'
    case 'response': {
      const { status } = result.response
      if (status >= 500 || status === 408) return 'failure'
      return status === 429 ? 'neutral' : 'success'
    }
  }
}

export function targetOf(url: string): { readonly host: string; readonly origin: string } {
  try {
    const parsed = new URL(url)
    return { host: parsed.host, origin: parsed.origin }
  } catch {
    return { host: url, origin: url }
  }
}
