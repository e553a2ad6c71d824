import { type CatalogRow, operationCatalogRows } from '../generated/operation-catalog.js'

/** A parameter of an operation, by its wire name. */
export interface CatalogParameter {
  readonly name: string
  readonly in: 'path' | 'query'
  readonly type: 'boolean' | 'integer' | 'number' | 'integer[]' | 'date-time' | 'string'
  readonly description: string
  /** Path parameters are required; query parameters never are. */
  readonly required: boolean
}

/** One API operation as `find_operations` describes it. */
export interface CatalogOperation {
  /** The generated name, as `halo.ops` and `call_operation` know it: `listTickets`. */
  readonly name: string
  readonly method: 'GET' | 'POST' | 'DELETE'
  /** Path relative to `/api`, with `{name}` placeholders. */
  readonly path: string
  readonly tag: string
  readonly summary: string
  readonly description: string
  readonly parameters: readonly CatalogParameter[]
  /** Present when the operation takes a body: how it is encoded and the entity schema it carries. */
  readonly body: { readonly kind: 'json' | 'json-array' | 'multipart'; readonly entity?: string } | undefined
  /** True when the operation answers a list of records. */
  readonly list: boolean
}

function fromRow(row: CatalogRow): CatalogOperation {
  const [name, method, path, tag, summary, description, parameters, body, list] = row
  return {
    name,
    method,
    path,
    tag,
    summary,
    description,
    parameters: parameters.map(([paramName, location, type, paramDescription]) => ({
      name: paramName,
      in: location,
      type,
      description: paramDescription,
      required: location === 'path',
    })),
    body:
      body === null
        ? undefined
        : body[1] === undefined
          ? { kind: body[0] }
          : { kind: body[0], entity: body[1] },
    list: list === 1,
  }
}

let byName: ReadonlyMap<string, CatalogOperation> | undefined

/** Every operation of the API by generated name (built on first use from the generated table). */
export function operationCatalog(): ReadonlyMap<string, CatalogOperation> {
  byName ??= new Map(operationCatalogRows.map((row) => [row[0], fromRow(row)]))
  return byName
}

/** The operation with this generated name, or `undefined`. */
export function catalogOperation(name: string): CatalogOperation | undefined {
  return operationCatalog().get(name)
}
