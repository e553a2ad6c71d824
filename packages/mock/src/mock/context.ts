import type { Query } from '../http/query.js'
import type { HaloState } from '../store/halo-state.js'
import type { ResolvedSettings } from './settings.js'

/** Who the bearer token belongs to. */
export interface Session {
  clientId: string
  tenant: string | undefined
  scope: string
  agentId: number
}

/** Everything a route handler sees about one request. */
export interface MockContext {
  readonly request: Request
  readonly url: URL
  readonly params: Record<string, string>
  readonly query: Query
  /** Parsed JSON (or form) body; undefined when there is none. */
  readonly body: unknown
  readonly state: HaloState
  readonly settings: ResolvedSettings
  readonly session: Session | undefined
  now(): number
}

export type RouteHandler = (ctx: MockContext) => Response | Promise<Response>
