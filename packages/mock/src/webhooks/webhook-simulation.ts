// Delivers Halo's webhooks from the mock: when a ticket write succeeds, every active registered
// webhook subscribed to the raised event gets a POST of Halo's standard payload, authenticated as its
// record says, retried while the receiver does not answer 2xx. Deliveries run after the write's
// response; `settled()` waits for them.
import type { HaloState } from '../store/halo-state.js'
import { deliveryHeaders } from './delivery-headers.js'
import { ticketEvents, ticketsBefore } from './ticket-events.js'
import type { MockWebhookOptions } from './webhook-options.js'
import { type WebhookRecord, WebhookRegistry } from './webhook-registry.js'

/** One attempt at one delivery. */
export interface MockWebhookAttempt {
  readonly webhookId: string
  readonly deliveryId: string
  readonly event: string
  readonly attempt: number
  /** The receiver's HTTP status, or 0 when it could not be reached. */
  readonly status: number
}

export interface HaloMockWebhooks {
  /** Every delivery attempt so far, oldest first. */
  readonly attempts: readonly MockWebhookAttempt[]
  /** Resolves when every delivery started so far has finished (with success or its last attempt). */
  settled(): Promise<void>
}

export interface WebhookSimulation extends HaloMockWebhooks {
  readonly registry: WebhookRegistry
  /** Call before a request is routed; the answer, given the response, starts its deliveries. */
  watch(
    method: string,
    path: string,
    body: unknown,
    state: HaloState,
  ): ((response: Response) => void) | undefined
  reset(): void
}

const key = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s_.-]+/g, ' ')

function subscribes(record: WebhookRecord, event: string): boolean {
  if (record.active === false || typeof record.url !== 'string') return false
  const events = Array.isArray(record.events) ? record.events : []
  return events.some(
    (e) =>
      typeof (e as { name?: unknown })?.name === 'string' && key((e as { name: string }).name) === key(event),
  )
}

export function createWebhookSimulation(
  options: MockWebhookOptions = {},
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => number = Date.now,
): WebhookSimulation {
  const registry = new WebhookRegistry()
  const attempts: MockWebhookAttempt[] = []
  const pending = new Set<Promise<void>>()
  const maxAttempts = Math.max(1, options.attempts ?? 3)
  let notificationId = 0

  async function deliver(
    record: WebhookRecord,
    event: string,
    ticket: Record<string, unknown>,
  ): Promise<void> {
    const deliveryId = crypto.randomUUID()
    const body = JSON.stringify({
      id: deliveryId,
      webhook_id: record.id,
      notification_id: ++notificationId,
      escmsg_id: crypto.randomUUID(),
      event,
      message: `${event}: Ticket ID ${String(ticket.id).padStart(7, '0')}.`,
      object_id: ticket.id,
      agent_id: ticket.agent_id ?? 0,
      timestamp: new Date(now()).toISOString(),
      ticket,
    })
    const headers = await deliveryHeaders(record, body, options.signing)
    const send = options.fetch ?? fetch
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      let status = 0
      try {
        const response = await send(String(record.url), { method: 'POST', headers, body })
        status = response.status
        await response.body?.cancel()
      } catch {
        status = 0
      }
      attempts.push({ webhookId: record.id, deliveryId, event, attempt, status })
      if (status >= 200 && status < 300) return
      if (attempt < maxAttempts && (options.retryDelayMs ?? 0) > 0) await sleep(options.retryDelayMs ?? 0)
    }
  }

  function track(work: Promise<void>): void {
    const done = work.finally(() => pending.delete(done))
    pending.add(done)
  }

  return {
    registry,
    attempts,
    async settled() {
      while (pending.size > 0) await Promise.all(pending)
    },
    watch(method, path, body, state) {
      if (registry.list().length === 0) return undefined
      const before = ticketsBefore(method, path, body, state)
      if (!before) return undefined
      return (response) => {
        if (!response.ok) return
        track(
          response
            .clone()
            .json()
            .then((answer: unknown) => {
              const written = (Array.isArray(answer) ? answer : [answer]) as Record<string, unknown>[]
              const work: Promise<void>[] = []
              for (const { event, ticket } of ticketEvents(before, written)) {
                for (const record of registry.list())
                  if (subscribes(record, event)) work.push(deliver(record, event, ticket))
              }
              return Promise.all(work).then(() => undefined)
            })
            .catch(() => undefined), // an answer that is not JSON raises no event
        )
      }
    },
    reset() {
      registry.clear()
      attempts.length = 0
    },
  }
}
