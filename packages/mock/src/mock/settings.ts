import { mockCredentials, seed } from '../seed/seed-ids.js'
import type { MockWebhookOptions } from '../webhooks/webhook-options.js'

/** A rolling window: at most `requests` in any `windowMs` (per tenant). */
export interface RateLimitWindow {
  requests: number
  windowMs: number
}

export interface HaloMockOptions {
  /** Origin the msw handlers intercept and AuthInfo advertises (default `https://halo.example.test`). */
  baseUrl?: string
  /**
   * Authorisation server URL (token at `{authUrl}/token`). Default: `{origin of the request}/auth`.
   * A different origin is intercepted too by the msw handlers (hosted tenants use a separate auth host).
   */
  authUrl?: string
  /** Hosted tenant name: when set, `?tenant=` on the token URL must match (a missing one is accepted). */
  tenant?: string
  /** Accepted OAuth client (default `halo-mock-client` / `halo-mock-secret`). */
  clientId?: string
  clientSecret?: string
  /** Access-token lifetime in seconds (default 3600). */
  tokenTtlSeconds?: number
  /** Rolling rate-limit window, or false (default false). */
  rateLimit?: RateLimitWindow | false
  /** Send `Retry-After` with 429s (Halo does not; default false). */
  retryAfter?: boolean
  /** Largest `page_size` honoured (default 100). */
  maxPageSize?: number
  /** Largest `page_size` for assets (default 50). */
  maxAssetPageSize?: number
  /** `page_size` when `pageinate=true` comes without one (default 50). */
  defaultPageSize?: number
  /** How many tickets to seed (default 120; 100 000 is fine: they are generated lazily). */
  ticketCount?: number
  /** How many assets to seed (default 130). */
  assetCount?: number
  /** Seed for the fault-injection RNG (default 1). */
  seed?: number
  /** Clock in epoch milliseconds (default `Date.now`); replace it to expire tokens in tests. */
  now?: () => number
  /** How latency faults wait (default: an abortable setTimeout); replace it to avoid real delays in tests. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
  /** Require a bearer token on `/api` (default true). */
  requireAuth?: boolean
  /** Keep at most this many entries in `mock.requests` (default 100 000; oldest dropped). */
  requestLogLimit?: number
  /** Agent the API application runs as (`GET /Agent/me`; default seed.apiAgentId). */
  agentId?: number
  /** How webhooks registered with `POST /Webhook` are delivered when tickets change. */
  webhooks?: MockWebhookOptions
}

export interface ResolvedSettings {
  baseUrl: string
  authUrl: string | undefined
  tenant: string | undefined
  clientId: string
  clientSecret: string
  tokenTtlSeconds: number
  rateLimit: RateLimitWindow | false
  retryAfter: boolean
  maxPageSize: number
  maxAssetPageSize: number
  defaultPageSize: number
  ticketCount: number
  assetCount: number
  seed: number
  requireAuth: boolean
  requestLogLimit: number
  agentId: number
}

export const defaultBaseUrl = 'https://halo.example.test'

export function resolveSettings(options: HaloMockOptions): ResolvedSettings {
  return {
    baseUrl: (options.baseUrl ?? defaultBaseUrl).replace(/\/+$/, '').replace(/\/api$/i, ''),
    authUrl: options.authUrl?.replace(/\/+$/, ''),
    tenant: options.tenant,
    clientId: options.clientId ?? mockCredentials.clientId,
    clientSecret: options.clientSecret ?? mockCredentials.clientSecret,
    tokenTtlSeconds: options.tokenTtlSeconds ?? 3600,
    rateLimit: options.rateLimit ?? false,
    retryAfter: options.retryAfter ?? false,
    maxPageSize: options.maxPageSize ?? 100,
    maxAssetPageSize: options.maxAssetPageSize ?? 50,
    defaultPageSize: options.defaultPageSize ?? 50,
    ticketCount: options.ticketCount ?? seed.defaultTicketCount,
    assetCount: options.assetCount ?? seed.defaultAssetCount,
    seed: options.seed ?? 1,
    requireAuth: options.requireAuth ?? true,
    requestLogLimit: options.requestLogLimit ?? 100_000,
    agentId: options.agentId ?? seed.apiAgentId,
  }
}
