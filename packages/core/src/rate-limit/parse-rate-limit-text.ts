import type { RateLimitOptions } from '../options/core-options.js'

const UNIT_MS: Readonly<Record<string, number>> = { s: 1_000, m: 60_000, h: 3_600_000 }

/**
 * "300 Requests per rolling 5 minute window", "100 requests per minute", "10 requests / 2 hours".
 * The number of units is optional ("per minute" is one minute); the unit may be written out or
 * abbreviated. Anything around it (a JSON-quoted string, an error envelope, HTML) is ignored.
 */
const WINDOW_TEXT =
  /(\d[\d,]*)\s*requests?\s*(?:per|every|in|\/)\s*(?:an?\s+)?(?:rolling\s+)?(?:(\d+(?:\.\d+)?)\s*-?\s*)?(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h)\b/i

/**
 * The windows a 429 text may teach. Halo's real windows are minutes (see docs/halo-api.md): a
 * figure outside these bounds is a hostile or broken answer, and learning "1 request per 10 000
 * hours" would hold every call of the tenant for a year.
 */
const MIN_LEARNED_WINDOW_MS = 1_000
const MAX_LEARNED_WINDOW_MS = 3_600_000

/**
 * Reads the rolling window Halo names in a 429 answer, so the limiter can learn the real figure.
 * Answers `undefined` when the text names no window, or one outside sane bounds (at least one
 * whole request, per a window of one second to one hour).
 */
export function parseRateLimitText(text: string): RateLimitOptions | undefined {
  const match = WINDOW_TEXT.exec(text)
  if (match === null) return undefined
  const [, requestsText = '', unitsText, unitText = ''] = match
  const requests = Number(requestsText.replaceAll(',', ''))
  const units = unitsText === undefined ? 1 : Number(unitsText)
  const unitMs = UNIT_MS[unitText.charAt(0).toLowerCase()]
  if (unitMs === undefined || !Number.isSafeInteger(requests) || requests < 1 || !(units > 0))
    return undefined
  const windowMs = Math.round(units * unitMs)
  if (windowMs < MIN_LEARNED_WINDOW_MS || windowMs > MAX_LEARNED_WINDOW_MS) return undefined
  return { requests, windowMs }
}
