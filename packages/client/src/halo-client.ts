import {
  type AccessToken,
  createHaloCore,
  type HaloCore,
  type HaloCoreOptions,
  type HaloList,
  type HaloLogger,
  type HaloResponse,
  haloOptionsFromEnv,
  type ListControls,
  type NoWithResponse,
  type OperationDescriptor,
  type OperationParams,
  type PaginateOptions,
  type RawRequestOptions,
  type RequestOptions,
  type WithResponseOption,
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

// The resources are declared by the interface of the same name, so each is documented once (in
// `HaloResources`, or generated per tag) and attached in one loop. Declaration merging is the point
// here: the constructor assigns every declared member.
export interface HaloClient extends HaloResources, GeneratedNamespaces {}

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

  readonly #core: HaloCore

  constructor(options: HaloClientOptions) {
    this.#core = createHaloCore(withEntitySchemas(options))
    this.apiUrl = this.#core.apiUrl
    this.logger = this.#core.logger
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

  request<T = unknown>(
    operation: OperationDescriptor,
    params?: OperationParams,
    options?: RequestOptions,
  ): Promise<T> {
    return this.#core.request<T>(operation, params, options)
  }

  list<T = unknown>(
    operation: OperationDescriptor,
    params?: OperationParams & ListControls,
    options?: RequestOptions,
  ): HaloList<T> {
    return this.#core.list<T>(operation, params, options)
  }

  /** `GET {apiUrl}{path}`: `halo.get('/Status', { query: { excludeclosed: true } })`. */
  get<T = unknown>(path: string, options: RawRequestOptions & WithResponseOption): Promise<HaloResponse<T>>
  get<T = unknown>(path: string, options?: RawRequestOptions & NoWithResponse): Promise<T>
  get(
    path: string,
    options?: RawRequestOptions & { readonly withResponse?: boolean | undefined },
  ): Promise<unknown> {
    return this.#core.get(path, options as RawRequestOptions)
  }

  /** `POST {apiUrl}{path}` with a JSON body: `halo.post('/Tickets', [{ summary }])`. */
  post<T = unknown>(
    path: string,
    body: unknown,
    options: RawRequestOptions & WithResponseOption,
  ): Promise<HaloResponse<T>>
  post<T = unknown>(path: string, body?: unknown, options?: RawRequestOptions & NoWithResponse): Promise<T>
  post(
    path: string,
    body?: unknown,
    options?: RawRequestOptions & { readonly withResponse?: boolean | undefined },
  ): Promise<unknown> {
    return this.#core.post(path, body, options as RawRequestOptions)
  }

  put<T = unknown>(
    path: string,
    body: unknown,
    options: RawRequestOptions & WithResponseOption,
  ): Promise<HaloResponse<T>>
  put<T = unknown>(path: string, body?: unknown, options?: RawRequestOptions & NoWithResponse): Promise<T>
  put(
    path: string,
    body?: unknown,
    options?: RawRequestOptions & { readonly withResponse?: boolean | undefined },
  ): Promise<unknown> {
    return this.#core.put(path, body, options as RawRequestOptions)
  }

  patch<T = unknown>(
    path: string,
    body: unknown,
    options: RawRequestOptions & WithResponseOption,
  ): Promise<HaloResponse<T>>
  patch<T = unknown>(path: string, body?: unknown, options?: RawRequestOptions & NoWithResponse): Promise<T>
  patch(
    path: string,
    body?: unknown,
    options?: RawRequestOptions & { readonly withResponse?: boolean | undefined },
  ): Promise<unknown> {
    return this.#core.patch(path, body, options as RawRequestOptions)
  }

  delete<T = unknown>(path: string, options: RawRequestOptions & WithResponseOption): Promise<HaloResponse<T>>
  delete<T = unknown>(path: string, options?: RawRequestOptions & NoWithResponse): Promise<T>
  delete(
    path: string,
    options?: RawRequestOptions & { readonly withResponse?: boolean | undefined },
  ): Promise<unknown> {
    return this.#core.delete(path, options as RawRequestOptions)
  }

  /** Pages a raw list path with `pageinate=true`: `for await (const t of halo.paginate('/Tickets'))`. */
  paginate<T = unknown>(path: string, options?: PaginateOptions): HaloList<T> {
    return this.#core.paginate<T>(path, options)
  }

  /** A valid access token (cached, single-flight), for callers that must reach Halo another way. */
  getAccessToken(options?: { readonly signal?: AbortSignal | undefined }): Promise<AccessToken> {
    return this.#core.getAccessToken(options)
  }
}
