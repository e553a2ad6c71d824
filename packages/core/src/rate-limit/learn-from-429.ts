import type { CompleteLogger } from '../redaction/redacting-logger.js'
import type { ParsedBody } from '../transport/parse-body.js'
import { parseRateLimitText } from './parse-rate-limit-text.js'
import type { RateLimiter } from './rate-limiter.js'

/** JSON text of a parsed body; '' when it cannot be written back (a hostile body nested 20 000 deep). */
function jsonText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? ''
  } catch {
    return ''
  }
}

/**
 * What a 429 teaches the limiter: the window Halo names in its text (bounded: see
 * `parseRateLimitText`), and a block of every caller of the tenant for `retryAfterMs` (already
 * capped by the caller).
 */
export async function learnFrom429(
  limiter: RateLimiter,
  logger: CompleteLogger,
  body: ParsedBody,
  retryAfterMs: number | undefined,
  now: number,
): Promise<void> {
  const text = body.kind === 'json' ? jsonText(body.value) : body.kind === 'empty' ? '' : body.text
  const learned = parseRateLimitText(text)
  if (learned !== undefined) {
    limiter.learn(learned)
    logger.warn('Halo answered 429 naming its window; the limiter now keeps to it', { ...learned })
  }
  if (retryAfterMs !== undefined) {
    try {
      await limiter.blockUntil(now + retryAfterMs)
    } catch (error) {
      logger.warn('The rate-limit store could not record a block', { error })
    }
  }
}
