import { CATALOG_OPERATIONS, CATALOG_PARAMETERS, CATALOG_TAGS } from '../generated/operation-catalog.js'

/** The type of a parameter's value, as Halo documents it. */
export type CatalogParameterType = 'boolean' | 'integer' | 'number' | 'integer[]' | 'date-time' | 'string'

/** A parameter of an operation, by its wire name. */
export interface CatalogParameter {
  readonly name: string
  /** Where it goes: substituted into the path, or sent in the query string. */
  readonly in: 'path' | 'query'
  readonly type: CatalogParameterType
  /** Halo's description, as plain text (often empty). */
  readonly description: string
  /** Path parameters are required; query parameters never are. */
  readonly required: boolean
}

/** How an operation's body is encoded, and the entity schema it carries. */
export interface CatalogBody {
  readonly kind: 'json' | 'json-array' | 'multipart'
  readonly entity?: string | undefined
}

/** One API operation with what it takes to call it by name. */
export interface CatalogOperation {
  /** The generated name, as `halo.ops` knows it: `listTickets`. */
  readonly name: string
  readonly method: 'GET' | 'POST' | 'DELETE'
  /** Path relative to `/api`, with `{name}` placeholders. */
  readonly path: string
  readonly tag: string
  readonly summary: string
  readonly description: string
  readonly parameters: readonly CatalogParameter[]
  /** Present when the operation takes a body. */
  readonly body: CatalogBody | undefined
  /** True when the operation answers a list of records. */
  readonly list: boolean
}

const TYPES: Readonly<Record<string, CatalogParameterType>> = {
  b: 'boolean',
  i: 'integer',
  n: 'number',
  l: 'integer[]',
  d: 'date-time',
  s: 'string',
}
const METHODS: Readonly<Record<string, CatalogOperation['method']>> = {
  G: 'GET',
  P: 'POST',
  D: 'DELETE',
}
const BODIES: Readonly<Record<string, CatalogBody['kind']>> = { j: 'json', a: 'json-array', m: 'multipart' }

function decodeParameter(line: string): CatalogParameter {
  const [name = '', where, type = 's', ...description] = line.split('|')
  return {
    name,
    in: where === 'p' ? 'path' : 'query',
    type: TYPES[type] ?? 'string',
    description: description.join('|'),
    required: where === 'p',
  }
}

function decodeBody(field: string): CatalogBody | undefined {
  const kind = BODIES[field.charAt(0)]
  if (kind === undefined) return undefined
  const entity = field.slice(1)
  return entity === '' ? { kind } : { kind, entity }
}

function decodeCatalog(): ReadonlyMap<string, CatalogOperation> {
  const parameters = CATALOG_PARAMETERS.split('\n').map(decodeParameter)
  const tags = CATALOG_TAGS.split('\n')
  const operations = new Map<string, CatalogOperation>()
  for (const line of CATALOG_OPERATIONS.split('\n')) {
    const [
      name = '',
      method = 'G',
      path = '',
      tag = '0',
      summary = '',
      description = '',
      params = '',
      body = '',
      list,
    ] = line.split('|')
    operations.set(name, {
      name,
      method: METHODS[method] ?? 'GET',
      path,
      tag: tags[Number.parseInt(tag, 36)] ?? '',
      summary,
      description,
      parameters:
        params === ''
          ? []
          : params.split(' ').flatMap((index) => parameters[Number.parseInt(index, 36)] ?? []),
      body: decodeBody(body),
      list: list === '1',
    })
  }
  return operations
}

let catalog: ReadonlyMap<string, CatalogOperation> | undefined

/**
 * Every operation of the API by generated name, with its summary, description, parameters (type,
 * where it goes, description) and body: the metadata behind `halo ops` help and the MCP server's
 * `find_operations`. Decoded on first use from the generated table.
 *
 * @example
 * ```ts
 * import { catalogOperation } from '@halo/client/catalog'
 * catalogOperation('getTicket')?.parameters.map((p) => `${p.name}: ${p.type}`)
 * ```
 */
export function operationCatalog(): ReadonlyMap<string, CatalogOperation> {
  catalog ??= decodeCatalog()
  return catalog
}

/** The operation with this generated name (`listTickets`), or `undefined`. */
export function catalogOperation(name: string): CatalogOperation | undefined {
  return operationCatalog().get(name)
}
