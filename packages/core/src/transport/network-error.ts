// Failures that happen before a single byte of the request leaves: safe to retry even for a POST.
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
  'UND_ERR_CONNECT_TIMEOUT',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
])

function causes(error: unknown): unknown[] {
  const chain: unknown[] = []
  let current = error
  while (typeof current === 'object' && current !== null && chain.length < 6 && !chain.includes(current)) {
    chain.push(current)
    current = (current as { cause?: unknown }).cause
  }
  return chain
}

/** The error code (`ECONNREFUSED`) somewhere in a fetch error's cause chain. */
export function networkErrorCode(error: unknown): string | undefined {
  for (const item of causes(error)) {
    const code = (item as { code?: unknown }).code
    if (typeof code === 'string') return code
  }
  return undefined
}

/** True when the connection was never made, so the request cannot have been processed. */
export function wasNeverSent(error: unknown): boolean {
  const code = networkErrorCode(error)
  return code !== undefined && NOT_SENT_CODES.has(code)
}

/** The innermost useful message of a fetch failure (`connect ECONNREFUSED 127.0.0.1:443`). */
export function networkErrorMessage(error: unknown): string {
  const chain = causes(error)
  for (let index = chain.length - 1; index >= 0; index--) {
    const message = (chain[index] as { message?: unknown }).message
    if (typeof message === 'string' && message !== '') return message
  }
  return String(error)
}

/** The innermost cause, safe to attach to an error (a wrapping error may hold the request and its headers). */
export function innermostCause(error: unknown): unknown {
  const chain = causes(error)
  return chain[chain.length - 1] ?? error
}
