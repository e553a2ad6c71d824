export { type RunningHaloMock, type StartHaloMockOptions, startHaloMock } from './adapters/node-server.js'
export type { FaultHandle, FaultKind, FaultMatch, FaultSpec } from './faults/fault-injector.js'
export { rateLimitMessage } from './limits/rate-limiter.js'
export type { LoggedRequest } from './log/request-log.js'
export type { MockContext, Session } from './mock/context.js'
export { createHaloMock, type HaloMock, type HaloMockFaults } from './mock/create-halo-mock.js'
export {
  defaultBaseUrl,
  type HaloMockOptions,
  type RateLimitWindow,
  type ResolvedSettings,
} from './mock/settings.js'
export { mockCredentials, type SeedIds, seed } from './seed/seed-ids.js'
export type { ActionStore } from './store/action-store.js'
export { Collection, type HaloRecord } from './store/collection.js'
export type { HaloState } from './store/halo-state.js'
export {
  type ActionRecord,
  type AttachmentRecord,
  attachmentBytes,
  type PriorityRecord,
  type TicketRecord,
} from './store/records.js'
export type { MockWebhookOptions, MockWebhookSigning } from './webhooks/webhook-options.js'
export type { HaloMockWebhooks, MockWebhookAttempt } from './webhooks/webhook-simulation.js'
