// One rule for every operation name (the spec has no operation ids). See README.md "Names".
import { lowerFirst, pluralize, segmentName, singularize } from './words.mjs'

const VERBS = { get: 'get', post: 'post', delete: 'delete' }

export function isParamSegment(segment) {
  return segment.includes('{')
}

/** The friendly PascalCase words of a path's literal segments (`/Asset/NextTag` → `AssetNextTag`). */
export function pathBase(path, method, segmentOverrides) {
  const segments = path.split('/').filter(Boolean)
  return segments
    .filter((segment, index) => !isParamSegment(segment) && !(index > 0 && segment.toLowerCase() === method))
    .map((segment, index) => segmentName(segment, { first: index === 0, segmentOverrides }))
    .join('')
}

/**
 * Names every operation and checks the names are unique.
 * @param {Array<{ key: string, method: string, path: string, isCollectionGet: boolean }>} operations
 * @param {{ operations: Record<string, string>, segments: Record<string, string> }} overrides
 * @returns {Map<string, string>} operation key (`GET /Tickets`) → name (`listTickets`)
 */
export function nameOperations(operations, overrides) {
  const names = new Map()
  for (const operation of operations) {
    const override = overrides.operations[operation.key]
    names.set(operation.key, override ?? ruleName(operation, overrides.segments))
  }
  const byName = new Map()
  for (const [key, name] of names) byName.set(name, [...(byName.get(name) ?? []), key])
  const clashes = [...byName].filter(([, keys]) => keys.length > 1)
  if (clashes.length > 0) {
    const lines = clashes.map(([name, keys]) => `  ${name}: ${keys.join(', ')}`).join('\n')
    throw new Error(
      `codegen: operation names clash; add entries to tools/codegen/name-overrides.json "operations":\n${lines}`,
    )
  }
  const unused = Object.keys(overrides.operations).filter((key) => !names.has(key))
  if (unused.length > 0) {
    throw new Error(`codegen: name overrides for operations the spec does not have: ${unused.join(', ')}`)
  }
  return names
}

function ruleName({ method, path, isCollectionGet }, segmentOverrides) {
  const segments = path.split('/').filter(Boolean)
  const base = pathBase(path, method, segmentOverrides)
  const endsWithParam = isParamSegment(segments.at(-1) ?? '')
  const isCollectionPath = segments.length === 1 && !endsWithParam
  if (method === 'get' && isCollectionGet) return `list${pluralize(base)}`
  if (method === 'post' && isCollectionPath) return `upsert${pluralize(base)}`
  if ((method === 'get' || method === 'delete') && endsWithParam) return `${method}${singularize(base)}`
  return lowerFirst(`${VERBS[method]}${base}`)
}
