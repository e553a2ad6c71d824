import type { AttemptResult } from './attempt-result.js'
import type { TransportRequest } from './transport-types.js'

/** The response cache's answer to a GET (see `HaloCoreOptions.cache`), or `undefined`. */
export type CachedAnswer = (url: string) => Promise<Response | undefined>

/**
 * A GET answered from the response cache, as an attempt that never reached the wire: no limiter
 * slot, token, circuit permit or hook of the wire (`onRequest`/`onResponse`); `onEnd` still hears
 * of the call. The cache only holds whole 200 JSON answers, already in memory, so the body is read
 * at once (a stream download gets it as a stream).
 */
export async function answerFromCache(
  cachedAnswer: CachedAnswer,
  request: TransportRequest,
): Promise<AttemptResult | undefined> {
  const response = await cachedAnswer(request.url)
  if (response === undefined) return undefined
  const bytes = request.responseType === 'stream' ? undefined : new Uint8Array(await response.arrayBuffer())
  return { type: 'response', response, bytes, token: undefined }
}
