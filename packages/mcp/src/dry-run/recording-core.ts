import { createHaloCore, type HaloCore } from '@halo/core'

/** A request as it would go on the wire, minus headers (they carry the bearer token). */
export interface PlannedRequest {
  readonly method: string
  /** Relative to `/api`: `/Tickets`. */
  readonly path: string
  readonly query: Readonly<Record<string, string>>
  readonly body: unknown
}

/** A core whose requests are written down instead of sent, and the list they go to. */
export interface RecordingCore {
  readonly core: HaloCore
  readonly requests: readonly PlannedRequest[]
}

function parseBody(body: unknown): unknown {
  if (body === undefined || body === null) return undefined
  if (typeof body === 'string') {
    try {
      return JSON.parse(body)
    } catch {
      return body
    }
  }
  if (body instanceof URLSearchParams) return Object.fromEntries(body)
  if (body instanceof FormData) {
    const fields: Record<string, string> = {}
    for (const [name, value] of body)
      fields[name] = typeof value === 'string' ? value : `<file ${value.name}>`
    return fields
  }
  return '<binary body>'
}

/**
 * A real `HaloCore` (the same serialisation of paths, query and bodies as every call) for the same
 * API root as `apiUrl`, whose `fetch` records each request and answers an empty success without
 * anything leaving the process. Dry runs call the very function a real run calls, on this core, so
 * what they report is exactly what would be sent. No token is requested: the core gets a fixed one.
 */
export function recordingCore(apiUrl: string): RecordingCore {
  const requests: PlannedRequest[] = []
  const root = new URL(apiUrl)
  const apiPath = root.pathname.replace(/\/+$/, '')
  const record: typeof fetch = async (input, init) => {
    const request = input instanceof Request ? input : undefined
    const url = new URL(request?.url ?? String(input))
    const path = url.pathname.startsWith(apiPath) ? url.pathname.slice(apiPath.length) : url.pathname
    requests.push({
      method: (init?.method ?? request?.method ?? 'GET').toUpperCase(),
      path,
      query: Object.fromEntries(url.searchParams),
      body: parseBody(init?.body),
    })
    return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } })
  }
  const core = createHaloCore({
    baseUrl: apiUrl,
    auth: {
      type: 'provider',
      getToken: async () => ({ accessToken: 'dry-run', expiresAt: Number.MAX_SAFE_INTEGER }),
    },
    fetch: record,
    rateLimit: false,
    retry: false,
    circuitBreaker: false,
    allowInsecureHttp: true,
  })
  return { core, requests }
}
