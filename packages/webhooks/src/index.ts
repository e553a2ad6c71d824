// Receiving
export type { DedupeTimes, DeliveryClaim, WebhookDedupeStore } from './dedupe/dedupe-store.js'
export { createMemoryDedupeStore, type MemoryDedupeStoreOptions } from './dedupe/memory-dedupe-store.js'
export {
  createRedisDedupeStore,
  type RedisDedupeStoreOptions,
  type RedisLike,
} from './dedupe/redis-dedupe-store.js'
export { HaloWebhookPayloadError, isHaloWebhookPayloadError } from './errors/halo-webhook-payload-error.js'
export {
  type HaloWebhookCheck,
  type HaloWebhookFailure,
  HaloWebhookVerificationError,
  isHaloWebhookVerificationError,
} from './errors/halo-webhook-verification-error.js'
export { eventKey } from './events/event-key.js'
export type {
  HaloActionEvent,
  HaloTicketEvent,
  HaloUnknownEvent,
  HaloWebhookEvent,
  HaloWebhookEventBase,
} from './events/halo-webhook-event.js'
export { createWebhookHandler } from './handler/create-webhook-handler.js'
export type {
  CreateWebhookHandlerOptions,
  HaloWebhookEventHandler,
  HaloWebhookHandler,
} from './handler/handler-options.js'
export { type NodeListener, toNodeListener } from './node/to-node-listener.js'
// Setting up
export type { HaloWebhookInfo } from './setup/halo-webhook-info.js'
export { listWebhooks } from './setup/list-webhooks.js'
export {
  type RegisteredWebhook,
  type RegisterWebhookAuth,
  type RegisterWebhookOptions,
  registerWebhook,
} from './setup/register-webhook.js'
// Trying a receiver
export { sampleTicketPayload } from './simulate/sample-payload.js'
export { type SignedDelivery, signHaloDelivery } from './simulate/sign-delivery.js'
export {
  type SimulatedDelivery,
  type SimulateWebhookDeliveryOptions,
  simulateWebhookDelivery,
} from './simulate/simulate-webhook-delivery.js'
export { verifyHaloWebhook } from './verify/verify-halo-webhook.js'
export {
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_SIGNATURE_HEADER,
  type HaloBasicAuthOptions,
  type HaloHeaderAuthOptions,
  type HaloHmacAlgorithm,
  type HaloHmacOptions,
  type HaloSignatureDigest,
  type HaloWebhookVerifyOptions,
} from './verify/verify-options.js'
