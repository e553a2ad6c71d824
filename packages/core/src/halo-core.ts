import type { AccessToken } from './auth/token.js'
import type { HaloList } from './list/halo-list.js'
import type { ListControls, OperationDescriptor, OperationParams } from './operation/descriptor.js'
import type { HaloLogger } from './options/logger.js'
import type { RawRequestOptions, RequestOptions } from './options/request-options.js'
import type { HaloResponse, WithResponseOption } from './options/with-response.js'

/** Raw-call options that answer the body alone. */
export interface NoWithResponse {
  readonly withResponse?: false | undefined
}

/** Raw list options: the query, where the records are, and library controls. */
export interface PaginateOptions extends RawRequestOptions, ListControls {
  /** Envelope key of the records (`tickets`); found automatically when omitted. */
  readonly listKey?: string | undefined
  /** Largest page size the endpoint honours. Default 100. */
  readonly maxPageSize?: number | undefined
}

/**
 * Auth, transport, rate limiting, retries, pagination and raw access, with no resources.
 * Domain packages take one of these: `tickets(core)`, `listTickets(core, params)`.
 */
export interface HaloCore {
  /** The API root every path is relative to, e.g. `https://acme.halopsa.com/api`. */
  readonly apiUrl: string
  /** The client's logger (redacting), for domain packages to report through. */
  readonly logger: HaloLogger

  /** Calls one API operation. Lists answer the raw response here; use `list` to page. */
  request<T = unknown>(
    operation: OperationDescriptor,
    params?: OperationParams,
    options?: RequestOptions,
  ): Promise<T>
  /** Calls a list operation, paging when it pages, and answers every record. */
  list<T = unknown>(
    operation: OperationDescriptor,
    params?: OperationParams & ListControls,
    options?: RequestOptions,
  ): HaloList<T>

  /** `GET {apiUrl}{path}`; with `{ withResponse: true }`, the body with status, headers and request id. */
  get<T = unknown>(path: string, options: RawRequestOptions & WithResponseOption): Promise<HaloResponse<T>>
  get<T = unknown>(path: string, options?: RawRequestOptions & NoWithResponse): Promise<T>
  post<T = unknown>(
    path: string,
    body: unknown,
    options: RawRequestOptions & WithResponseOption,
  ): Promise<HaloResponse<T>>
  post<T = unknown>(path: string, body?: unknown, options?: RawRequestOptions & NoWithResponse): Promise<T>
  put<T = unknown>(
    path: string,
    body: unknown,
    options: RawRequestOptions & WithResponseOption,
  ): Promise<HaloResponse<T>>
  put<T = unknown>(path: string, body?: unknown, options?: RawRequestOptions & NoWithResponse): Promise<T>
  patch<T = unknown>(
    path: string,
    body: unknown,
    options: RawRequestOptions & WithResponseOption,
  ): Promise<HaloResponse<T>>
  patch<T = unknown>(path: string, body?: unknown, options?: RawRequestOptions & NoWithResponse): Promise<T>
  delete<T = unknown>(path: string, options: RawRequestOptions & WithResponseOption): Promise<HaloResponse<T>>
  delete<T = unknown>(path: string, options?: RawRequestOptions & NoWithResponse): Promise<T>
  /** Pages a raw list path (`'/Tickets'`) with `pageinate=true`. */
  paginate<T = unknown>(path: string, options?: PaginateOptions): HaloList<T>

  /** A valid access token (cached, single-flight). For callers that must reach Halo another way. */
  getAccessToken(options?: { readonly signal?: AbortSignal | undefined }): Promise<AccessToken>
}
