import { REDACTED, redactText } from './redact-text.js'

/** Keys whose values are secrets whatever they hold (compared lower-case, `-` and `_` ignored). */
const SECRET_KEYS = new Set([
  'authorization',
  'proxyauthorization',
  'cookie',
  'setcookie',
  'clientsecret',
  'accesstoken',
  'refreshtoken',
  'idtoken',
  'codeverifier',
  'password',
])

// Very short values would redact ordinary words; real client secrets and tokens are far longer.
const MIN_SECRET_LENGTH = 6
// Tokens are registered as they are issued; a long-running client keeps only the recent ones.
const MAX_SECRETS = 64
const MAX_DEPTH = 20

/**
 * The one place secrets are removed, used by errors, the logger wrapper and hook payloads. It knows
 * the shapes of credentials (see `redactText`) and the values registered at runtime: the client
 * secret at start-up and each token as it is issued.
 */
export interface Redactor {
  /** Remembers a value to cut from everything redacted from now on. */
  addSecret(value: string | undefined): void
  redactString(text: string): string
  /** A deep copy with secret-named keys blanked and every string redacted. */
  redactValue<T>(value: T): T
}

export function isSecretKey(key: string): boolean {
  return SECRET_KEYS.has(key.toLowerCase().replace(/[-_]/g, ''))
}

/**
 * The spellings of a secret to look for: as it is, percent-encoded (a URL), and form-encoded (an
 * OAuth2 body echoed back, where a space is `+`).
 */
function spellingsOf(secret: string): readonly string[] {
  const spellings = [secret]
  const encoded = encodeURIComponent(secret)
  if (!spellings.includes(encoded)) spellings.push(encoded)
  const form = new URLSearchParams({ s: secret }).toString().slice(2)
  if (!spellings.includes(form)) spellings.push(form)
  return spellings
}

export function createRedactor(initialSecrets: readonly (string | undefined)[] = []): Redactor {
  const secrets: string[] = []
  // Each secret's spellings, worked out once when it is added rather than at every redaction.
  const spellings: (readonly string[])[] = []

  const addSecret = (value: string | undefined): void => {
    if (value === undefined || value.length < MIN_SECRET_LENGTH || secrets.includes(value)) return
    secrets.push(value)
    spellings.push(spellingsOf(value))
    if (secrets.length > MAX_SECRETS) {
      // Keep the first one: the client secret.
      secrets.splice(1, 1)
      spellings.splice(1, 1)
    }
  }

  const redactString = (text: string): string => {
    let result = redactText(text)
    for (const forms of spellings) {
      for (const form of forms) if (result.includes(form)) result = result.split(form).join(REDACTED)
    }
    return result
  }

  const walk = (value: unknown, depth: number, seen: WeakSet<object>): unknown => {
    if (typeof value === 'string') return redactString(value)
    if (typeof value !== 'object' || value === null) return value
    if (seen.has(value) || depth > MAX_DEPTH) return '[unserialisable]'
    seen.add(value)
    try {
      if (Array.isArray(value)) return value.map((item) => walk(item, depth + 1, seen))
      if (value instanceof Error) return { name: value.name, message: redactString(value.message) }
      if (value instanceof Date) return value
      if (typeof Headers !== 'undefined' && value instanceof Headers) {
        return walk(Object.fromEntries(value.entries()), depth + 1, seen)
      }
      const copy: Record<string, unknown> = {}
      for (const [key, item] of Object.entries(value)) {
        // `__proto__` as an own key would set the copy's prototype; skip it.
        if (key === '__proto__') continue
        // Keys too: a server may key its field errors by what it was sent (`[0].<token>`).
        copy[redactString(key)] = isSecretKey(key) ? REDACTED : walk(item, depth + 1, seen)
      }
      return copy
    } finally {
      seen.delete(value)
    }
  }

  for (const secret of initialSecrets) addSecret(secret)

  return {
    addSecret,
    redactString,
    redactValue: <T>(value: T): T => walk(value, 0, new WeakSet()) as T,
  }
}
