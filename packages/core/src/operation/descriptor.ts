/** HTTP methods the Halo API uses (the spec has only GET, POST and DELETE; raw access allows all). */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/** How a path parameter is checked before it is encoded into the URL. */
export type PathParamKind = 'integer' | 'string'

/** How an operation sends its `body` parameter. */
export type BodyKind = 'json' | 'json-array' | 'multipart'

/**
 * Everything the core needs to know about one API operation. Generated operation files hold one
 * of these and a one-line function; all behaviour lives in the core.
 */
export interface OperationDescriptor {
  /** Generated function name, e.g. `listTickets`. */
  readonly name: string
  readonly method: HttpMethod
  /** Path relative to `/api`, with `{name}` placeholders, e.g. `/Tickets/{id}`. */
  readonly path: string
  /** The spec tag the operation belongs to, e.g. `Faults`. */
  readonly tag: string
  /** Path parameters by name and how each is validated. */
  readonly pathParams?: Readonly<Record<string, PathParamKind>> | undefined
  /** Query parameter wire names the spec documents (others are still passed through). */
  readonly queryParams?: readonly string[] | undefined
  /** Present when the operation takes a request body. */
  readonly body?: BodyKind | undefined
  /** True when the operation supports `pageinate` / `page_no` / `page_size`. */
  readonly paged?: boolean | undefined
  /** The envelope key holding the records of a list response (`tickets`, `users`, …), when known. */
  readonly listKey?: string | undefined
  /** Largest page size the server honours for this list (100 by default; assets 50). */
  readonly maxPageSize?: number | undefined
  /** Component schema name of the entity the operation returns, used by response validation. */
  readonly entity?: string | undefined
}

/**
 * Parameters of a generated operation: path and query parameters by their wire names, and the
 * request body as `body`.
 */
export interface OperationParams {
  readonly body?: unknown
  readonly [wireName: string]: unknown
}

/** Library options that may accompany list parameters; never sent on the wire. */
export interface ListControls {
  /** Stop after this many records in total. */
  readonly limit?: number | undefined
}
