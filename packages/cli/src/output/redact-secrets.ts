/** Field names whose values are secrets wherever they appear in a body or a record. */
const SECRET_KEY = /secret|password|passwd|token|api[_-]?key|authorization/i

export const REDACTED_VALUE = '[redacted]'

/**
 * A copy of `value` with the values of secret-looking fields replaced, at any depth. Used on everything
 * `--dry-run` prints, since a body may carry a user's password or an integration's key.
 */
export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets)
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    out[key] = SECRET_KEY.test(key) && inner !== null && inner !== '' ? REDACTED_VALUE : redactSecrets(inner)
  }
  return out
}
