// `$ref` helpers shared by the model builders.

export function refName(ref) {
  return ref.slice(ref.lastIndexOf('/') + 1)
}

/** Names of every component a schema (or any JSON value holding schemas) refers to. */
export function schemaRefs(schema, out = new Set()) {
  if (Array.isArray(schema)) for (const item of schema) schemaRefs(item, out)
  else if (schema && typeof schema === 'object') {
    for (const [key, value] of Object.entries(schema)) {
      if (key === '$ref' && typeof value === 'string') out.add(refName(value))
      else schemaRefs(value, out)
    }
  }
  return out
}

/** Components an operation names directly: in its request body, and its response entity. */
export function operationRefs(operation) {
  const refs = operation.body ? schemaRefs(operation.body.schema) : new Set()
  if (operation.entity) refs.add(operation.entity)
  return refs
}
