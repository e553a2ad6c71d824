import type { ResolvedOptions } from '../options/resolve-options.js'
import type { CompleteLogger } from '../redaction/redacting-logger.js'
import type { Transport } from '../transport/transport.js'
import { type AuthServer, discoverAuthServer } from './discover-auth-server.js'

/**
 * Where this client sends its grants: `authUrl` when given, else discovered once from AuthInfo.
 * Only a successful discovery is kept, so a transient failure is tried again with the next token
 * request (until then the `{root}/auth` fallback is used).
 */
export function createAuthServerLookup(
  resolved: ResolvedOptions,
  transport: Transport,
  logger: CompleteLogger,
): () => Promise<AuthServer> {
  let discovered: Promise<AuthServer> | undefined
  return async () => {
    if (resolved.authUrl !== undefined)
      return { authUrl: resolved.authUrl, tenant: resolved.tenant, discovered: false }
    discovered ??= discoverAuthServer({
      transport,
      rootUrl: resolved.rootUrl,
      allowInsecureHttp: resolved.allowInsecureHttp,
      timeoutMs: resolved.timeoutMs,
      retry: resolved.retry,
      logger,
    }).then((server) => {
      if (!server.discovered) discovered = undefined
      return server
    })
    const server = await discovered
    return { ...server, tenant: resolved.tenant ?? server.tenant }
  }
}
