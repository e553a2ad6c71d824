import { redactSecrets } from './redact-secrets.js'

/** A request `--dry-run` shows instead of sending. */
export interface PlannedRequest {
  readonly method: string
  /** Relative to the API root (`/Tickets`), query included. */
  readonly path: string
  readonly body?: unknown
}

/** The path with its query string, as it would be sent. */
export function pathWithQuery(path: string, query: Readonly<Record<string, unknown>> = {}): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue
    search.append(key, String(value))
  }
  const text = search.toString()
  return text === '' ? path : `${path}?${text}`
}

/** What `--dry-run` prints: the planned request with secret-looking fields of the body redacted. */
export function describePlannedRequest(request: PlannedRequest): { dryRun: true } & PlannedRequest {
  return request.body === undefined
    ? { dryRun: true, method: request.method, path: request.path }
    : { dryRun: true, method: request.method, path: request.path, body: redactSecrets(request.body) }
}
