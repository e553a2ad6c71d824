/** One request the mock received (for assertions such as "the POST was sent exactly once"). */
export interface LoggedRequest {
  method: string
  /** Path as sent, e.g. `/api/Tickets`. */
  path: string
  /** The matched operation, e.g. `POST /Tickets` (`/auth/token` for the token endpoint). */
  operation: string | undefined
  query: Record<string, string>
  /** Parsed JSON or form body; secrets in token requests are redacted. */
  body: unknown
  /** Response status; 0 while in flight, for resets and for requests that never answered. */
  status: number
  /** Clock time (`now()`) when it arrived. */
  time: number
}

const secretFields = new Set([
  'client_secret',
  'refresh_token',
  'code',
  'code_verifier',
  'password',
  'basic_password',
  'authentication_header',
])

export function redactForm(form: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of form) out[k] = secretFields.has(k) ? '[redacted]' : v
  return out
}

/**
 * A JSON body for the log: secret fields are redacted at the top level (a JSON token request) and in
 * each record of a top-level array (Halo's write bodies, e.g. a webhook's `basic_password`).
 */
export function redactJson(body: unknown): unknown {
  if (Array.isArray(body)) {
    return body.some(hasSecretField)
      ? body.map((item) => (hasSecretField(item) ? redactRecord(item) : item))
      : body
  }
  return hasSecretField(body) ? redactRecord(body) : body
}

function hasSecretField(value: unknown): value is Record<string, unknown> {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.keys(value).some((k) => secretFields.has(k))
  )
}

function redactRecord(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).map(([k, v]) => [k, secretFields.has(k) ? '[redacted]' : v]),
  )
}

/** Keeps the newest `limit` entries in a plain array (so tests can filter/find on it). */
export class RequestLog {
  readonly entries: LoggedRequest[] = []

  constructor(readonly limit: number) {}

  push(entry: LoggedRequest): void {
    this.entries.push(entry)
    if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit)
  }

  clear(): void {
    this.entries.length = 0
  }
}
