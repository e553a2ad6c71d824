// Halo documents query parameters with non-OpenAPI type names (`bool`, `int`, `List<int>`, …) and
// sometimes with no schema at all, only a `(bool)` prefix in the description. One mapping for both.

/**
 * @typedef {'boolean' | 'integer' | 'number' | 'integerList' | 'integerListText' | 'date' | 'string' | 'unknown'} ValueKind
 * `integerListText`: typed `string` but described as "(array of int)"; a string or a number array.
 */

const TYPE_KINDS = {
  bool: 'boolean',
  boolean: 'boolean',
  int: 'integer',
  integer: 'integer',
  long: 'integer',
  double: 'number',
  number: 'number',
  float: 'number',
  decimal: 'number',
  'List<int>': 'integerList',
  DateTime: 'date',
  obj: 'unknown',
  string: 'string',
}

/** The kind of value a query parameter takes. */
export function queryValueKind(parameter) {
  const described = /^\((array of int|[A-Za-z<>]+)\)/.exec(parameter.description ?? '')?.[1]
  const schema = parameter.schema
  if (!schema) {
    if (described === 'array of int') return 'integerListText'
    return TYPE_KINDS[described ?? ''] ?? 'unknown'
  }
  if (schema.type === 'string' && schema.format === 'date-time') return 'date'
  if (schema.type === 'string' && described === 'array of int') return 'integerListText'
  return TYPE_KINDS[schema.type] ?? 'unknown'
}

/** TypeScript type of a query parameter of the given kind. */
export function queryTypeScript(kind) {
  switch (kind) {
    case 'boolean':
      return 'boolean'
    case 'integer':
    case 'number':
      return 'number'
    case 'integerList':
      return 'readonly number[]'
    case 'integerListText':
      return 'string | readonly number[]'
    case 'date':
      return 'string | Date'
    case 'string':
      return 'string'
    default:
      return 'unknown'
  }
}
