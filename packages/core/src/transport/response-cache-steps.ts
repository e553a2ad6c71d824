import type { CompleteLogger } from '../redaction/redacting-logger.js'
import type { ResponseCache } from '../resource/response-cache/response-cache.js'
import type { CachedResponse } from '../resource/response-cache/response-cache-store.js'
import type { AttemptResult } from './attempt-result.js'
import type { TransportContext } from './transport-types.js'
import { WholeBody } from './whole-body.js'

/**
 * A GET answered from the response cache (see `HaloCoreOptions.cache`), as an attempt that never
 * reached the wire: no limiter slot, token, circuit permit or hook of the wire (`onRequest`/
 * `onResponse`); `onEnd` still hears of the call. The cache only holds whole 200 JSON answers,
 * already in memory, kept as text: the call parses that text as it stands, with nothing to encode or
 * decode (a stream download gets it as a stream). A store that cannot be read is a miss: the call
 * goes to Halo.
 */
export async function answerFromCache(
  cache: ResponseCache,
  context: TransportContext,
  logger: CompleteLogger,
): Promise<AttemptResult | undefined> {
  const { request } = context
  let entry: CachedResponse | undefined
  try {
    entry = await cache.lookup(request.url)
  } catch (error) {
    logger.warn(`The response cache could not be read for GET ${context.safeUrl()}; asking Halo`, { error })
    return undefined
  }
  if (entry === undefined) return undefined
  const streamed = request.responseType === 'stream'
  return {
    type: 'response',
    response: new Response(streamed ? entry.body : null, { status: entry.status, headers: entry.headers }),
    body: streamed ? undefined : new WholeBody(entry.body),
    token: undefined,
    cached: true,
  }
}

/**
 * Offers the cache a GET's answer once the transport has read it (under `maxResponseBytes` and the
 * attempt's deadline) and parsed it: the cache stores the text the parse decoded, so a body is read
 * and decoded once, and one that was cut, too large or too slow never reaches the store. A store that fails
 * costs the cache an entry, never the caller its answer.
 */
export async function offerToCache(
  cache: ResponseCache,
  context: TransportContext,
  result: AttemptResult,
  logger: CompleteLogger,
): Promise<void> {
  const { request } = context
  if (request.kind !== 'api' || request.method !== 'GET') return
  if (result.type !== 'response' || result.cached === true || result.body === undefined) return
  try {
    await cache.keep(request.url, result.response, result.body.text)
  } catch (error) {
    logger.warn(`The response cache could not store the answer to GET ${context.safeUrl()}`, { error })
  }
}

/**
 * Clears what a write may have changed once its call has ended, whatever Halo answered (a write
 * that failed may still have been applied). The write's own outcome stands if the store fails: a
 * caller told a finished write failed would send it again. Stale entries then live out their TTL.
 */
export async function clearAfterWrite(
  cache: ResponseCache,
  context: TransportContext,
  logger: CompleteLogger,
): Promise<void> {
  const { request } = context
  if (request.kind !== 'api' || request.method === 'GET') return
  try {
    await cache.clearAfterWrite(request.url)
  } catch (error) {
    logger.warn(
      `The response cache could not clear what ${request.method} ${context.safeUrl()} changed; ` +
        'its entries stay until their ttlMs runs out',
      { error },
    )
  }
}
