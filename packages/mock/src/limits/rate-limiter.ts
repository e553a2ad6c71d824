// Halo's rolling window: "Rate Limit Reached - 300 Requests per rolling 5 minute window" (docs/halo-api.md, "Rate limits").
import { text } from '../http/respond.js'
import type { RateLimitWindow } from '../mock/settings.js'

/** Halo's 429 text for a window, e.g. "… 300 Requests per rolling 5 minute window". */
export function rateLimitMessage(window: RateLimitWindow): string {
  const minutes = window.windowMs / 60_000
  const span = Number.isInteger(minutes) ? `${minutes} minute` : `${window.windowMs / 1000} second`
  return `Rate Limit Reached - ${window.requests} Requests per rolling ${span} window`
}

export function rateLimitResponse(window: RateLimitWindow, retryAfterSeconds?: number): Response {
  const headers: Record<string, string> = {}
  if (retryAfterSeconds !== undefined)
    headers['retry-after'] = String(Math.max(1, Math.ceil(retryAfterSeconds)))
  return text(rateLimitMessage(window), 429, headers)
}

/** Timestamps of admitted requests per tenant; a ring buffer, so a check costs O(expired). */
class Window {
  readonly #times: number[] = []
  #head = 0

  count(now: number, windowMs: number): number {
    while (this.#head < this.#times.length && (this.#times[this.#head] as number) <= now - windowMs)
      this.#head++
    if (this.#head > 1024 && this.#head * 2 > this.#times.length) {
      this.#times.splice(0, this.#head)
      this.#head = 0
    }
    return this.#times.length - this.#head
  }

  oldest(): number | undefined {
    return this.#times[this.#head]
  }

  add(now: number): void {
    this.#times.push(now)
  }
}

export class RateLimiter {
  readonly #windows = new Map<string, Window>()

  /** Admits the request (and counts it) or returns how many ms until a slot frees up. */
  admit(
    key: string,
    now: number,
    limit: RateLimitWindow,
  ): { ok: true } | { ok: false; retryAfterMs: number } {
    let w = this.#windows.get(key)
    if (!w) {
      w = new Window()
      this.#windows.set(key, w)
    }
    if (w.count(now, limit.windowMs) >= limit.requests) {
      const oldest = w.oldest() ?? now
      return { ok: false, retryAfterMs: oldest + limit.windowMs - now }
    }
    w.add(now)
    return { ok: true }
  }

  clear(): void {
    this.#windows.clear()
  }
}
