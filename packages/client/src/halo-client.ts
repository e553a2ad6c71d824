import {
  createHaloCore,
  type HaloCore,
  type HaloCoreOptions,
  type HaloLogger,
  haloOptionsFromEnv,
} from '@halo/core'
import {
  createGeneratedNamespaces,
  type GeneratedNamespaceName,
  type GeneratedNamespaces,
} from './namespaces/generated-namespaces.js'
import { type AllOperations, allOperations } from './operations/all-operations.js'
import { type BoundOperations, bindOperations } from './operations/bind-operations.js'
import { withEntitySchemas } from './options/with-entity-schemas.js'
import { createResources, type HaloResourceName, type HaloResources } from './resources/halo-resources.js'
import {
  type UniversalSearchOptions,
  type UniversalSearchResults,
  universalSearch,
} from './search/universal-search.js'

/** Options of `new HaloClient(options)`: the same as `createHaloCore` (see `HaloCoreOptions`). */
export type HaloClientOptions = HaloCoreOptions

/** Every API operation bound to a client: `halo.ops.listTickets(params?, options?)`. */
export type HaloOperations = BoundOperations<AllOperations>

/** The name of a resource namespace of a client: a hand-written resource or a generated tag namespace. */
export type HaloNamespaceName = HaloResourceName | GeneratedNamespaceName

/** Environment variables, as `process.env` holds them. */
export type HaloEnvironment = Readonly<Record<string, string | undefined>>

/** The calls a client answers as its core does: operations, raw paths, paging and the token. */
type CoreCalls = Pick<
  HaloCore,
  'request' | 'list' | 'get' | 'post' | 'put' | 'patch' | 'delete' | 'paginate' | 'getAccessToken'
>

// The resources and the core's calls are declared by the interface of the same name, so each is
// documented once (in `HaloResources`, generated per tag, or in `HaloCore` with every overload) and
// attached in one step. Declaration merging is the point here: the constructor assigns every declared
// member.
export interface HaloClient extends HaloResources, GeneratedNamespaces, CoreCalls {}

/**
 * The whole Halo API in one object: a `HaloCore` (auth, transport, rate limiting, retries, paging, raw
 * access) with every resource attached, `halo.ops` for each generated operation, and `halo.search`.
 *
 * @example
 * ```ts
 * import { HaloClient, isHaloResourceNotFound } from '@halo/client'
 *
 * const halo = new HaloClient({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * const ticket = await halo.tickets.create({ tickettype_id: 1, summary: 'Server outage' })
 * for await (const type of halo.ticketTypes.list()) console.log(type.id, type.name)
 * ```
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: see the interface above
export class HaloClient implements HaloCore {
  /**
   * A client configured from `HALO_BASE_URL`, `HALO_CLIENT_ID`, `HALO_CLIENT_SECRET` and the optional
   * `HALO_TENANT`, `HALO_AUTH_URL`, `HALO_SCOPE`. Throws one error naming every missing variable.
   * `overrides` are merged over what was read (`{ validate: 'warn' }`, a logger, …).
   *
   * @example
   * ```ts
   * import { HaloClient } from '@halo/client'
   *
   * // Credentials come from the deployment (HALO_BASE_URL, HALO_CLIENT_ID, …), not from the code.
   * const halo = HaloClient.fromEnv(process.env, { logger: console })
   * const me = await halo.agents.getMe()
   * ```
   */
  static fromEnv(env?: HaloEnvironment, overrides?: Partial<HaloClientOptions>): HaloClient {
    return new HaloClient(haloOptionsFromEnv(env, overrides))
  }

  /** The API root every path is relative to, e.g. `https://acme.halopsa.com/api`. */
  readonly apiUrl: string
  /** The client's logger (secrets redacted). */
  readonly logger: HaloLogger
  /** Every operation of the API, bound to this client, by its generated name. */
  readonly ops: HaloOperations
  /**
   * The name of every resource namespace on this client, one per API tag at least: the hand-written
   * resources (`tickets`, `ticketTypes`, …) first, then a generated namespace for each tag that has no
   * hand-written resource of its name (`cabHeaders`, …), holding that tag's operations.
   */
  readonly resourceNames: readonly HaloNamespaceName[]

  constructor(options: HaloClientOptions) {
    const core = createHaloCore(withEntitySchemas(options))
    this.apiUrl = core.apiUrl
    this.logger = core.logger
    Object.assign(this, coreCallsOf(core))
    // Resources and operations get the client itself as their core, so a record's helpers, a bound
    // operation and `halo.get` all share one token, one rate limiter and one set of hooks.
    const resources = createResources(this)
    const handWritten = Object.keys(resources) as HaloResourceName[]
    const generated = createGeneratedNamespaces(this, new Set(handWritten))
    Object.assign(this, generated, resources)
    this.ops = bindOperations(this, allOperations)
    this.resourceNames = Object.freeze([
      ...handWritten,
      ...(Object.keys(generated) as GeneratedNamespaceName[]),
    ])
  }

  /**
   * Searches tickets, assets, KB articles and users in parallel with Halo's `search` filter, at most
   * `limit` records each (default 10).
   */
  search(term: string, options?: UniversalSearchOptions): Promise<UniversalSearchResults> {
    return universalSearch(this, term, options)
  }
}

/** `core`'s calls, bound to it, for the client to answer as its own (`const { get } = halo` works too). */
function coreCallsOf(core: HaloCore): CoreCalls {
  return {
    request: core.request.bind(core),
    list: core.list.bind(core),
    get: core.get.bind(core),
    post: core.post.bind(core),
    put: core.put.bind(core),
    patch: core.patch.bind(core),
    delete: core.delete.bind(core),
    paginate: core.paginate.bind(core),
    getAccessToken: core.getAccessToken.bind(core),
  }
}
