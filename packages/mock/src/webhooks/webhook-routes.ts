// `/Webhook`: Halo's webhook configuration, kept so ticket changes can be delivered to it.
import { json, notFound } from '../http/respond.js'
import type { RouteTable } from '../http/route-table.js'
import type { RouteHandler } from '../mock/context.js'
import type { WebhookRecord, WebhookRegistry } from './webhook-registry.js'

/** What GET answers: the record without its credentials, as a client should never read them back. */
function withoutCredentials(record: WebhookRecord): Record<string, unknown> {
  const { basic_password: _password, authentication_header: _header, ...rest } = record
  return rest
}

export function registerWebhookRoutes(table: RouteTable<RouteHandler>, registry: WebhookRegistry): void {
  table.add('GET', '/Webhook', () => json(registry.list().map(withoutCredentials)))
  table.add('GET', '/Webhook/{id}', (ctx) => {
    const record = registry.get(ctx.params.id ?? '')
    return record ? json(withoutCredentials(record)) : notFound('Webhook', ctx.params.id ?? '')
  })
  table.add('POST', '/Webhook', (ctx) => {
    const items = Array.isArray(ctx.body) ? ctx.body : [ctx.body]
    if (items.some((item) => typeof item !== 'object' || item === null)) {
      return json({ ClassName: 'System.Exception', Message: 'Expected an array of Webhook objects' }, 400)
    }
    const saved = items.map((item) => withoutCredentials(registry.upsert(item as Record<string, unknown>)))
    return json(saved.length === 1 ? saved[0] : saved, 201)
  })
  table.add('DELETE', '/Webhook/{id}', (ctx) => {
    const id = ctx.params.id ?? ''
    const record = registry.get(id)
    if (!record || !registry.delete(id)) return notFound('Webhook', id)
    return json(withoutCredentials(record))
  })
}
