import { type $Fetch, createFetch, FetchError } from 'ofetch'
import type { HttpMethod } from '../operation/descriptor.js'
import type { WireBody } from './encode-body.js'

/** One fetch of an attempt (the request, or one hop of a redirect). */
export interface WireFetchRequest {
  readonly url: string
  readonly method: HttpMethod
  readonly headers: Readonly<Record<string, string>>
  readonly body: WireBody | undefined
  readonly signal: AbortSignal
}

export type WireFetch = (request: WireFetchRequest) => Promise<Response>

/**
 * Every attempt goes through ofetch (`$fetch.raw`), which turns the request into what `fetch` takes:
 * headers into a `Headers`, a JSON body (array or plain object) into its text with its content type,
 * a streamed upload marked `duplex: 'half'`. The rest of what ofetch offers is switched off, because
 * the transport decides it under Halo's rules:
 *
 * - `retry: false`: retries are the transport's (a POST is never replayed blindly);
 * - `ignoreResponseError: true`: an error status is judged and mapped to Halo's error shapes there;
 * - `redirect: 'manual'`: redirects are followed by `redirects.ts`, which keeps credentials home;
 * - `responseType: 'stream'`: the body is read by `read-body.ts`, under the attempt's deadline and
 *   `maxResponseBytes` (ofetch's `timeout` stops at the headers, and it would read any size);
 * - no `timeout`: see `attempt-deadline.ts`.
 *
 * `fetch` is looked up at each call, so that a test double (msw) or a user's fetch installed later
 * applies. A fetch failure reaches the caller as fetch threw it, not wrapped in ofetch's
 * `FetchError` (whose message carries the URL, query secrets included).
 */
export function createWireFetch(fetch: () => typeof globalThis.fetch): WireFetch {
  const $fetch: $Fetch = createFetch({ fetch: (input, init) => fetch()(input, init) })
  return async (request) => {
    try {
      // The options are given per call rather than as ofetch's `defaults`: merging defaults into
      // every call's options measured at a third of ofetch's own cost per request.
      return await $fetch.raw(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        signal: request.signal,
        retry: false,
        ignoreResponseError: true,
        redirect: 'manual',
        responseType: 'stream',
      })
    } catch (error) {
      throw error instanceof FetchError && error.cause !== undefined ? error.cause : error
    }
  }
}
