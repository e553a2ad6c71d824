import type { HttpMethod } from '../operation/descriptor.js'
import { isLoopbackHost } from '../options/base-url.js'
import type { WireBody } from './encode-body.js'

/** Hops followed within one attempt; a longer chain is a loop or a misconfigured proxy. */
export const MAX_REDIRECTS = 5

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])

/** One request of a redirect chain. */
export interface RequestHop {
  readonly url: string
  readonly method: HttpMethod
  readonly headers: Readonly<Record<string, string>>
  readonly body: WireBody | undefined
  /** False once the chain has left the original origin: credentials stay behind for good. */
  readonly sameOrigin: boolean
}

export type RedirectStep =
  | { readonly type: 'follow'; readonly hop: RequestHop }
  | { readonly type: 'refuse'; readonly reason: string }

/** The `Location` of a redirect worth following, or undefined when the response is the answer. */
export function redirectLocation(response: Response): string | undefined {
  if (!REDIRECT_STATUSES.has(response.status)) return undefined
  const location = response.headers.get('location')
  return location === null || location.trim() === '' ? undefined : location
}

/**
 * The next hop of a redirect, following the Fetch standard's rules for methods and bodies, with
 * stricter ones for credentials. Every attempt is sent with `redirect: 'manual'` and followed here,
 * because what a fetch implementation does with `Authorization` on a redirect varies (recent
 * undici drops it across origins, older ones and other fetches did not), and the bearer token must
 * only ever reach the instance it was issued for:
 *
 * - same origin: followed with every header;
 * - another origin: followed with none of ours (no `Authorization`, cookies or caller headers),
 *   and refused when it would re-send a body (307/308), which is Halo data meant for Halo;
 * - `https:` to plain `http:` off loopback: refused unless `allowInsecureHttp`; other schemes refused.
 */
export function nextRedirectHop(
  hop: RequestHop,
  location: string,
  status: number,
  origin: string,
  allowInsecureHttp: boolean,
): RedirectStep {
  let target: URL
  try {
    target = new URL(location, hop.url)
  } catch {
    return { type: 'refuse', reason: `it redirected to an unreadable location ${JSON.stringify(location)}` }
  }
  if (target.protocol !== 'https:' && target.protocol !== 'http:') {
    return { type: 'refuse', reason: `it redirected to a ${target.protocol} URL` }
  }
  if (target.protocol === 'http:' && !allowInsecureHttp && !isLoopbackHost(target.hostname)) {
    return {
      type: 'refuse',
      reason: `it redirected to plain http:// (${target.host}), which would travel unencrypted`,
    }
  }
  if (target.username !== '' || target.password !== '') {
    return { type: 'refuse', reason: 'it redirected to a URL holding a user name or password' }
  }
  // 303 turns anything but HEAD into a GET; 301/302 turn a POST into a GET (the Fetch standard).
  const becomesGet =
    (status === 303 && hop.method !== 'GET') || ((status === 301 || status === 302) && hop.method === 'POST')
  const method: HttpMethod = becomesGet ? 'GET' : hop.method
  const body = becomesGet ? undefined : hop.body
  const sameOrigin = hop.sameOrigin && target.origin === origin
  if (!sameOrigin && body !== undefined) {
    return {
      type: 'refuse',
      reason: `it redirected a request with a body to another host (${target.host}); the body was not sent there`,
    }
  }
  if (body !== undefined && typeof ReadableStream !== 'undefined' && body instanceof ReadableStream) {
    return { type: 'refuse', reason: 'it redirected a streamed upload, which cannot be sent twice' }
  }
  let headers: Record<string, string>
  if (sameOrigin) {
    headers = { ...hop.headers }
    if (becomesGet) {
      for (const name of Object.keys(headers)) if (name.toLowerCase() === 'content-type') delete headers[name]
    }
  } else {
    // Nothing of ours crosses: only what any anonymous client would send.
    headers = {}
    for (const [name, value] of Object.entries(hop.headers))
      if (name.toLowerCase() === 'accept') headers[name] = value
  }
  target.hash = ''
  return { type: 'follow', hop: { url: target.href, method, headers, body, sameOrigin } }
}
