import { describe, expect, it } from 'vitest'
import { parseRateLimitText } from '../../src/rate-limit/parse-rate-limit-text.js'

describe('parseRateLimitText', () => {
  it.each([
    ['Rate Limit Reached - 300 Requests per rolling 5 minute window', { requests: 300, windowMs: 300_000 }],
    ['"Rate Limit Reached - 300 Requests per rolling 5 minute window"', { requests: 300, windowMs: 300_000 }],
    [
      '{"message":"rate limit reached - 500 requests per rolling 3 minutes window"}',
      { requests: 500, windowMs: 180_000 },
    ],
    ['RATE LIMIT REACHED - 1,000 REQUESTS PER 1 HOUR', { requests: 1000, windowMs: 3_600_000 }],
    ['60 requests per minute', { requests: 60, windowMs: 60_000 }],
    ['10 requests per 30 seconds', { requests: 10, windowMs: 30_000 }],
    ['10 requests / 1 hour', { requests: 10, windowMs: 3_600_000 }],
    ['1 request per 5-minute window', { requests: 1, windowMs: 300_000 }],
    ['20 requests per 90 secs', { requests: 20, windowMs: 90_000 }],
  ])('reads %j', (text, expected) => {
    expect(parseRateLimitText(text)).toEqual(expected)
  })

  it.each([
    '',
    'Too Many Requests',
    '<html>429</html>',
    'Rate Limit Reached',
    '0 requests per minute',
    '300 requests per 0 minutes',
    '300 requests per 5 ms',
  ])('answers undefined for %j', (text) => {
    expect(parseRateLimitText(text)).toBeUndefined()
  })
})
