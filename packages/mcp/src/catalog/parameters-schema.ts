import type { CatalogOperation, CatalogParameter } from './operation-catalog.js'

/** A JSON Schema fragment, as MCP clients and models read them. */
export type JsonSchema = { readonly [keyword: string]: unknown }

function parameterSchema(parameter: CatalogParameter): JsonSchema {
  const description = parameter.description === '' ? {} : { description: parameter.description }
  switch (parameter.type) {
    case 'integer[]':
      return {
        type: 'array',
        items: { type: 'integer' },
        ...description,
      }
    case 'date-time':
      return { type: 'string', format: 'date-time', ...description }
    default:
      return { type: parameter.type, ...description }
  }
}

/** Options of {@link parametersSchema}. */
export interface ParametersSchemaOptions {
  /** Keep only the query parameters whose names pass (path parameters are always kept). */
  readonly keep?: ((parameter: CatalogParameter) => boolean) | undefined
}

/**
 * The `params` object `call_operation` takes for this operation, as a JSON Schema: path and query
 * parameters by wire name, and `body` when the operation takes one.
 */
export function parametersSchema(
  operation: CatalogOperation,
  options: ParametersSchemaOptions = {},
): JsonSchema {
  const properties: Record<string, JsonSchema> = {}
  const required: string[] = []
  for (const parameter of operation.parameters) {
    if (parameter.in === 'query' && options.keep && !options.keep(parameter)) continue
    properties[parameter.name] = parameterSchema(parameter)
    if (parameter.required) required.push(parameter.name)
  }
  if (operation.body) {
    const entity = operation.body.entity ?? 'object'
    properties.body =
      operation.body.kind === 'json-array'
        ? {
            type: 'array',
            items: { type: 'object', description: `A ${entity} record by Halo's wire names` },
            description: `${entity} records (one object is sent as a one-item array)`,
          }
        : operation.body.kind === 'multipart'
          ? { type: 'object', description: 'Form fields of the multipart upload' }
          : { type: 'object', description: `A ${entity} record by Halo's wire names` }
  }
  return { type: 'object', properties, ...(required.length > 0 ? { required } : {}) }
}
