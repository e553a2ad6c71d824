import type { HaloCore } from '@halo/core'
import { type HaloWebhookInfo, toWebhookInfo } from './halo-webhook-info.js'
import { listWebhooksOperation } from './webhook-operations.js'

/**
 * The webhooks configured in Halo (`GET /Webhook`), without their credentials.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { listWebhooks } from '@halo/webhooks'
 *
 * const core = createHaloCore.fromEnv()
 * for (const webhook of await listWebhooks(core)) console.log(webhook.name, webhook.url, webhook.events)
 * ```
 */
export async function listWebhooks(core: HaloCore): Promise<HaloWebhookInfo[]> {
  const records = await core.list<Record<string, unknown>>(listWebhooksOperation, { type: 0 })
  return records.map(toWebhookInfo)
}
