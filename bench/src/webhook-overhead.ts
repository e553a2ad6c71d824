// A webhook receiver's own cost per delivery: what @halo/webhooks' handler adds (the checks, the
// body read within the size limit, JSON parsing into a typed event, dedupe) next to a bare
// `JSON.parse` of the same body, and next to the least any Fetch receiver does (build the Request,
// read its text, parse it). The body is ticket 1001 of the simulated Halo with details, in Halo's
// standard webhook payload: the size a "full object" delivery has.
import { createHaloMock, seed } from '@halo/mock'
import { createMemoryDedupeStore, createWebhookHandler, signHaloDelivery } from '@halo/webhooks'
import { emitResult, runInterleaved, type TaskFigures } from './shared.js'

const BASE = 'https://halo.example.test'
const URL_ = 'https://receiver.example.test/halo'
/** Distinct deliveries cycled through, so each handler call sees a new delivery id. */
const DELIVERIES = 256

export interface WebhookOverheadResult {
  readonly bodyBytes: number
  readonly tasks: TaskFigures[]
}

async function fullTicket(): Promise<Record<string, unknown>> {
  const mock = createHaloMock({ baseUrl: BASE })
  const response = await mock.handle(
    new Request(`${BASE}/api/Tickets/${seed.ticketId}?includedetails=true`, {
      headers: { authorization: `Bearer ${mock.issueToken()}` },
    }),
  )
  return (await response.json()) as Record<string, unknown>
}

function payload(ticket: Record<string, unknown>, index: number): Record<string, unknown> {
  return {
    id: `5b0c6a1e-0000-4000-8000-${String(index).padStart(12, '0')}`,
    webhook_id: '0d7f3a52-8f1e-4c55-9f77-2b1d5e6c9a10',
    notification_id: 41,
    escmsg_id: `a726ee11-0000-4000-8000-${String(index).padStart(12, '0')}`,
    event: 'Ticket Updated',
    message: `The ticket has been updated: Ticket ID ${ticket.id}.`,
    object_id: ticket.id,
    agent_id: 3,
    timestamp: '2026-09-25T06:41:08.7895915Z',
    ticket,
  }
}

export async function runWebhookOverheadBench(): Promise<WebhookOverheadResult> {
  const ticket = await fullTicket()
  const basic = { username: 'halo', password: 'bench-password-made-up' }
  const hmac = { secret: 'bench-hmac-secret-made-up', prefix: 'sha256=' }
  const signedBasic = await Promise.all(
    Array.from({ length: DELIVERIES }, (_, i) => signHaloDelivery(payload(ticket, i), { basic })),
  )
  const signedHmac = await Promise.all(
    Array.from({ length: DELIVERIES }, (_, i) => signHaloDelivery(payload(ticket, i), { hmac })),
  )
  const body = signedHmac[0]?.body ?? ''
  let handled = 0
  const on = { '*': () => void handled++ }
  const basicHandler = createWebhookHandler({ verify: { basic }, on })
  const hmacHandler = createWebhookHandler({ verify: { hmac }, on })
  // keepMs 0: a delivery is forgotten at once, so every call takes the full path (claim, complete).
  const dedupedHandler = createWebhookHandler({
    verify: { hmac },
    on,
    dedupe: createMemoryDedupeStore({ keepMs: 0 }),
  })

  let next = 0
  const request = (deliveries: typeof signedHmac) => {
    const delivery = deliveries[next++ % DELIVERIES]
    if (delivery === undefined) throw new Error('no delivery')
    return new Request(URL_, { method: 'POST', headers: delivery.headers, body: delivery.body })
  }
  const expectOk = async (response: Promise<Response>) => {
    const answered = await response
    if (answered.status !== 200) throw new Error(`handler answered ${answered.status}`)
  }
  let sink: unknown
  const tasks = await runInterleaved('webhook overhead', [
    [
      'JSON.parse of the body',
      () => {
        sink = JSON.parse(body)
      },
    ],
    [
      'Request + text() + JSON.parse (any Fetch receiver)',
      async () => {
        sink = JSON.parse(await request(signedHmac).text())
      },
    ],
    ['handler: Basic check + parse', () => expectOk(basicHandler(request(signedBasic)))],
    ['handler: HMAC-SHA256 + parse', () => expectOk(hmacHandler(request(signedHmac)))],
    ['handler: HMAC-SHA256 + parse + memory dedupe', () => expectOk(dedupedHandler(request(signedHmac)))],
  ])
  if (handled === 0 || sink === undefined) throw new Error('nothing was handled')
  return { bodyBytes: new TextEncoder().encode(body).byteLength, tasks }
}

/** The PERFORMANCE.md section for a result (run-all.ts places it; `--markdown` prints it alone). */
export function webhookOverheadSection(result: WebhookOverheadResult): string[] {
  const base = result.tasks[0]?.p50Us ?? Number.NaN
  const floor = result.tasks[1]?.p50Us ?? Number.NaN
  return [
    '## Webhook receiver',
    '',
    `What \`@halo/webhooks\`' handler costs per delivery: a ${(result.bodyBytes / 1000).toFixed(1)} kB delivery in Halo's standard payload`,
    '(ticket 1001 of the simulated Halo with details), through `createWebhookHandler` called as a Fetch handler',
    "(no network): the check, the body read within the size limit, parsing into a typed event, the handler's",
    '200 answer, and with dedupe the claim and completion in the memory store (each call a new delivery id).',
    'The first row is a bare `JSON.parse` of the same body; the second the least any Fetch receiver does',
    '(build the `Request`, read its text, parse it). HMAC and SHA-256 use `node:crypto` when the runtime',
    'has it, else Web Crypto.',
    '',
    '| task | median µs | mean µs | p99 µs | vs JSON.parse | vs Fetch floor |',
    '|---|---:|---:|---:|---:|---:|',
    ...result.tasks.map(
      (task) =>
        `| ${task.name} | ${task.p50Us.toFixed(1)} | ${task.meanUs.toFixed(1)} | ${task.p99Us.toFixed(1)} | ${(task.p50Us / base).toFixed(1)}x | ${(task.p50Us / floor).toFixed(2)}x |`,
    ),
    '',
  ]
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await runWebhookOverheadBench()
  if (process.argv.includes('--markdown')) console.log(webhookOverheadSection(result).join('\n'))
  emitResult(result)
}
