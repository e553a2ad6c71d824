import type { OperationDescriptor } from '@halo/core'

/** `GET /Webhook`: a bare array of Halo's `Webhook` records. */
export const listWebhooksOperation: OperationDescriptor = {
  name: 'listWebhooks',
  method: 'GET',
  path: '/Webhook',
  tag: 'Webhook',
  queryParams: ['isazureautomation', 'type'],
}

/** `POST /Webhook`: creates (no `id`) or updates webhooks; Halo takes an array. */
export const upsertWebhooksOperation: OperationDescriptor = {
  name: 'upsertWebhooks',
  method: 'POST',
  path: '/Webhook',
  tag: 'Webhook',
  body: 'json-array',
}
