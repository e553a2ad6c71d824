import type { HaloCore } from '@halo/core'
import type { HaloWebhookVerifyOptions } from '../verify/verify-options.js'
import { generateSecret } from './generate-secret.js'
import { AUTHENTICATION_TYPE, OUTBOUND_WEBHOOK } from './halo-webhook-fields.js'
import { type HaloWebhookInfo, toWebhookInfo } from './halo-webhook-info.js'
import { upsertWebhooksOperation } from './webhook-operations.js'

/**
 * How Halo authenticates to your receiver. Basic is the method Halo's webhook guide documents;
 * `header` sends a fixed key in a header of your naming. HMAC signing is not offered here: Halo's
 * `Webhook` record has no field for an outbound signing secret (see the README).
 */
export type RegisterWebhookAuth =
  | { readonly type: 'basic'; readonly username?: string | undefined }
  | { readonly type: 'header'; readonly name?: string | undefined }

export interface RegisterWebhookOptions {
  /** Where Halo sends deliveries: your receiver's public HTTPS URL. */
  readonly url: string
  /** Halo event names that trigger it, e.g. `'New Ticket Logged'`, `'Ticket Updated'`. */
  readonly events: readonly string[]
  /** Default `{ type: 'basic' }` with username `halo`. The password or key is generated. */
  readonly auth?: RegisterWebhookAuth | undefined
  /** The name shown in Halo (default `@halo/webhooks → <url>`). */
  readonly name?: string | undefined
  /** More `Webhook` record fields, sent as given (they override this package's own). */
  readonly fields?: Readonly<Record<string, unknown>> | undefined
}

export interface RegisteredWebhook {
  readonly webhook: HaloWebhookInfo
  /** The generated password or key. Returned this once: store it where your receiver reads it. */
  readonly secret: string
  /** Ready for `createWebhookHandler({ verify })` / `verifyHaloWebhook`. */
  readonly verify: HaloWebhookVerifyOptions
}

const DEFAULT_HEADER = 'X-Halo-Webhook-Key'

/**
 * Creates a webhook in Halo (`POST /Webhook`) that sends the given events to `url`, authenticated
 * with a newly generated secret, and answers the verify options that accept its deliveries.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { registerWebhook } from '@halo/webhooks'
 *
 * const core = createHaloCore.fromEnv()
 * const { webhook, secret } = await registerWebhook(core, {
 *   url: 'https://hooks.example.com/halo',
 *   events: ['New Ticket Logged', 'Ticket Updated'],
 * })
 * console.log(`created ${webhook.id}; store the secret now, it is not shown again (${secret.length} chars)`)
 * ```
 */
export async function registerWebhook(
  core: HaloCore,
  options: RegisterWebhookOptions,
): Promise<RegisteredWebhook> {
  const url = new URL(options.url).href // a typo fails here, not in Halo's delivery log
  if (options.events.length === 0) throw new TypeError('registerWebhook needs at least one event name')
  const auth = options.auth ?? { type: 'basic' }
  const secret = generateSecret()
  let credentials: Record<string, unknown>
  let verify: HaloWebhookVerifyOptions
  if (auth.type === 'basic') {
    const username = auth.username ?? 'halo'
    credentials = {
      authentication_type: AUTHENTICATION_TYPE.basic,
      basic_username: username,
      basic_password: secret,
    }
    verify = { basic: { username, password: secret } }
  } else if (auth.type === 'header') {
    const name = auth.name ?? DEFAULT_HEADER
    // Halo's record has one string for it, so the whole header line goes there.
    credentials = {
      authentication_type: AUTHENTICATION_TYPE.header,
      authentication_header: `${name}: ${secret}`,
    }
    verify = { header: { name, value: secret } }
  } else {
    throw new TypeError(
      `registerWebhook: auth.type must be 'basic' or 'header' (got ${JSON.stringify((auth as { type?: unknown }).type)})`,
    )
  }
  const body = {
    ...OUTBOUND_WEBHOOK,
    name: options.name ?? `@halo/webhooks → ${url}`,
    url,
    events: options.events.map((name) => ({ name })),
    ...credentials,
    ...options.fields,
  }
  const created = await core.request<unknown>(upsertWebhooksOperation, { body: [body] })
  const record = Array.isArray(created) ? created[0] : created
  if (typeof record !== 'object' || record === null || !('id' in record)) {
    throw new Error('Halo answered POST /Webhook without the created webhook (no id in the response)')
  }
  return { webhook: toWebhookInfo(record as Record<string, unknown>), secret, verify }
}
