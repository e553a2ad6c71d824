import { parseSecureUrl } from '../options/base-url.js'
import type { RetryOptions } from '../options/retry-options.js'
import type { CompleteLogger } from '../redaction/redacting-logger.js'
import type { Transport } from '../transport/transport.js'

/** Where tokens come from: the authorisation server root and, for hosted instances, the tenant. */
export interface AuthServer {
  readonly authUrl: string
  readonly tenant: string | undefined
  /** True when AuthInfo answered; false when the `{root}/auth` fallback is in use. */
  readonly discovered: boolean
}

export interface DiscoverOptions {
  readonly transport: Transport
  readonly rootUrl: string
  readonly allowInsecureHttp: boolean
  readonly timeoutMs: number
  readonly retry: RetryOptions | false
  readonly logger: CompleteLogger
  readonly signal?: AbortSignal | undefined
}

/**
 * Asks the instance where its authorisation server is: `GET {root}/api/AuthInfo`, without a token,
 * reading `auth_url` and `tenant_id` (as the PowerShell module does). Any failure falls back to
 * `{root}/auth`, the self-hosted layout, and is logged.
 */
export async function discoverAuthServer(options: DiscoverOptions): Promise<AuthServer> {
  const fallback: AuthServer = { authUrl: `${options.rootUrl}/auth`, tenant: undefined, discovered: false }
  try {
    const response = await options.transport.execute({
      kind: 'auth',
      method: 'GET',
      url: `${options.rootUrl}/api/AuthInfo`,
      timeoutMs: options.timeoutMs,
      retry: options.retry,
      signal: options.signal,
    })
    const info = response.data
    if (typeof info !== 'object' || info === null) throw new Error('AuthInfo answered no object')
    const record = info as Record<string, unknown>
    const authUrlText = typeof record.auth_url === 'string' ? record.auth_url.trim() : ''
    if (authUrlText === '') throw new Error('AuthInfo answered no auth_url')
    // Relative answers are resolved against the instance; plain http:// off loopback is refused.
    const url = parseSecureUrl(
      new URL(authUrlText, `${options.rootUrl}/`).href,
      'AuthInfo auth_url',
      options.allowInsecureHttp,
    )
    const tenantValue = record.tenant_id
    const tenant =
      (typeof tenantValue === 'string' && tenantValue.trim() !== '') || typeof tenantValue === 'number'
        ? String(tenantValue).trim()
        : undefined
    const authUrl = `${url.origin}${url.pathname.replace(/\/+$/, '')}`
    options.logger.debug('Discovered the authorisation server from AuthInfo', { authUrl, tenant })
    return { authUrl, tenant, discovered: true }
  } catch (error) {
    options.signal?.throwIfAborted()
    options.logger.info(`AuthInfo discovery failed; using ${fallback.authUrl}`, {
      reason: error instanceof Error ? error.message : String(error),
    })
    return fallback
  }
}
