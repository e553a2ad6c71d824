// The overlay of observed fields (overlay/observed-fields.json): fields live Halo sends that the spec's
// component schemas lack. Checked strictly (a typo must not quietly widen a model), then merged into
// the spec's components before anything else reads them, so the models and the valibot schemas both
// carry them.

const PRIMITIVES = new Set(['string', 'integer', 'number', 'boolean'])
const ENTRY_KEYS = ['schema', 'field', 'type', 'seen']

/**
 * Problems with one overlay type (`{ type, format? }`, `{ $ref }`, `{ type: 'array', items }`, or
 * `{ type: 'object' }` for an open object: one whose fields nobody has seen, typed as unknown values).
 */
function typeProblems(type, components, where) {
  if (!type || typeof type !== 'object' || Array.isArray(type)) return [`${where}: type must be an object`]
  const keys = Object.keys(type)
  if ('$ref' in type) {
    if (keys.length !== 1) return [`${where}: a $ref type takes no other key`]
    if (typeof type.$ref !== 'string' || !components[type.$ref])
      return [`${where}: $ref ${JSON.stringify(type.$ref)} is not a component schema of the spec`]
    return []
  }
  if (type.type === 'array') {
    if (keys.some((key) => key !== 'type' && key !== 'items'))
      return [`${where}: an array type takes only items`]
    return typeProblems(type.items, components, `${where}.items`)
  }
  if (type.type === 'object') {
    // Only open: an object whose fields are known is a component, and belongs in the spec or a $ref.
    if (keys.length !== 1) return [`${where}: an object type takes no other key (its fields are not known)`]
    return []
  }
  if (!PRIMITIVES.has(type.type))
    return [
      `${where}: type ${JSON.stringify(type.type)} is not one of ${[...PRIMITIVES, 'array', 'object'].join(', ')}`,
    ]
  if (keys.some((key) => key !== 'type' && key !== 'format'))
    return [`${where}: a primitive type takes only format`]
  if ('format' in type && typeof type.format !== 'string') return [`${where}: format must be a string`]
  return []
}

/**
 * Every problem with the overlay against the spec's components: unknown keys, unknown schemas, a field
 * the spec already declares (the overlay only adds), a duplicate, a type outside the vocabulary, or an
 * entry that does not say where the field was seen.
 * @returns {string[]}
 */
export function checkObservedFields(overlay, components) {
  if (!overlay || !Array.isArray(overlay.fields)) return ['the overlay needs a "fields" array']
  const problems = []
  const seen = new Set()
  overlay.fields.forEach((entry, index) => {
    const where = `fields[${index}]${entry?.schema && entry?.field ? ` (${entry.schema}.${entry.field})` : ''}`
    if (!entry || typeof entry !== 'object') {
      problems.push(`${where}: not an object`)
      return
    }
    for (const key of Object.keys(entry))
      if (!ENTRY_KEYS.includes(key)) problems.push(`${where}: unknown key ${JSON.stringify(key)}`)
    for (const key of ENTRY_KEYS) if (!(key in entry)) problems.push(`${where}: ${key} is missing`)
    if (typeof entry.schema !== 'string' || !components[entry.schema]) {
      problems.push(`${where}: schema ${JSON.stringify(entry.schema)} is not a component schema of the spec`)
      return
    }
    if (typeof entry.field !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(entry.field))
      problems.push(`${where}: field must be a wire name`)
    else if (components[entry.schema].properties && entry.field in components[entry.schema].properties)
      problems.push(
        `${where}: the spec already declares ${entry.schema}.${entry.field}; drop it from the overlay`,
      )
    const key = `${entry.schema}.${entry.field}`
    if (seen.has(key)) problems.push(`${where}: listed twice`)
    seen.add(key)
    if (typeof entry.seen !== 'string' || entry.seen.trim().length < 20)
      problems.push(`${where}: seen must say where the field was observed`)
    problems.push(...typeProblems(entry.type, components, `${where}.type`))
  })
  return problems
}

/** An overlay type as an OpenAPI property schema (`$ref` by component path). */
function openApiOf(type) {
  if (type.$ref) return { $ref: `#/components/schemas/${type.$ref}` }
  if (type.type === 'array') return { type: 'array', items: openApiOf(type.items) }
  return type.format ? { type: type.type, format: type.format } : { type: type.type }
}

/**
 * The spec with the overlay's fields added to its components (the input is not modified). Each added
 * property carries `x-halo-observed` (where it was seen), which the models print as its TSDoc.
 */
export function applyObservedFields(spec, overlay) {
  const components = spec.components?.schemas ?? {}
  const problems = checkObservedFields(overlay, components)
  if (problems.length > 0)
    throw new Error(`codegen: overlay/observed-fields.json has problems:\n  ${problems.join('\n  ')}`)
  const merged = { ...components }
  for (const { schema, field, type, seen } of overlay.fields) {
    const target = merged[schema] === components[schema] ? { ...components[schema] } : merged[schema]
    target.properties = { ...target.properties, [field]: { ...openApiOf(type), 'x-halo-observed': seen } }
    merged[schema] = target
  }
  return { ...spec, components: { ...spec.components, schemas: merged } }
}
