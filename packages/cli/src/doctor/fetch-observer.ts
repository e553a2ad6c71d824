/** What doctor saw of one HTTP exchange (no headers, no bodies: nothing secret). */
export interface ObservedExchange {
  readonly method: string
  /** Origin and path, without the query (a token URL's query names only the tenant, but keep it short). */
  readonly url: string
  readonly status?: number
  readonly contentType?: string
  /** The network error's code (`ENOTFOUND`, `ECONNREFUSED`, `CERT_HAS_EXPIRED`, …), when fetch failed. */
  readonly errorCode?: string
  readonly errorMessage?: string
  /** The first characters of a 429 answer, where Halo names its window. */
  readonly rateLimitText?: string
}

function causeCode(error: unknown): { code?: string; message?: string } {
  let current: unknown = error
  for (let depth = 0; depth < 4 && current; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string') return { code, message: (current as Error).message }
    current = (current as { cause?: unknown }).cause
  }
  return error instanceof Error ? { message: error.message } : {}
}

/**
 * A fetch that passes every call to the real one and notes what came back, so doctor can tell a DNS
 * failure from a TLS one, or an HTML page from Halo's JSON, while the library still does the talking.
 */
export function observeFetch(log: ObservedExchange[], inner: typeof fetch = globalThis.fetch): typeof fetch {
  return async (input, init) => {
    // Read the URL and method without building a Request, which would lock a streamed body.
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url)
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET')
    const base = { method: method.toUpperCase(), url: `${url.origin}${url.pathname}` }
    try {
      const response = await inner(input, init)
      const contentType = response.headers.get('content-type') ?? ''
      let rateLimitText: string | undefined
      if (response.status === 429) rateLimitText = (await response.clone().text()).slice(0, 300)
      log.push({
        ...base,
        status: response.status,
        contentType,
        ...(rateLimitText === undefined ? {} : { rateLimitText }),
      })
      return response
    } catch (error) {
      const { code, message } = causeCode(error)
      log.push({
        ...base,
        ...(code === undefined ? {} : { errorCode: code }),
        ...(message === undefined ? {} : { errorMessage: message }),
      })
      throw error
    }
  }
}
