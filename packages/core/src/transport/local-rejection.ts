/** What fetch was asked to send, as far as its own local checks go. */
export interface LocalRequestShape {
  readonly url: string
  readonly method: string
  readonly headers: Readonly<Record<string, string>>
  readonly body: unknown
}

/**
 * True when fetch's rejection came from its own checks of the request (a body on a GET, a header
 * it refuses, a URL it cannot parse) rather than from the network: building the same `Request`
 * throws then. Only asked after fetch rejected with a TypeError, so the common path pays nothing.
 * Such a failure never reached the host: it is not retried and says nothing about the host's health.
 */
export function refusedLocally(error: unknown, shape: LocalRequestShape): boolean {
  if (!(error instanceof TypeError) || typeof Request === 'undefined') return false
  // A stream cannot be handed to a second Request (it is locked, maybe read): checked without it.
  const body =
    typeof ReadableStream !== 'undefined' && shape.body instanceof ReadableStream ? undefined : shape.body
  try {
    new Request(shape.url, {
      method: shape.method,
      headers: shape.headers,
      body: (body ?? null) as BodyInit | null,
    })
    return false
  } catch {
    return true
  }
}
