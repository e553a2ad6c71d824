import { REDACTED } from '../redaction/redact-text.js'
import { isSecretKey } from '../redaction/redactor.js'

/** Headers as hooks and logs may see them: `Authorization` and cookies blanked. */
export function redactHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const copy: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) copy[name] = isSecretKey(name) ? REDACTED : value
  return copy
}
