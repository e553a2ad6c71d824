// The spec, read once into what the emitters need: operations with names, parameters, bodies,
// responses and packages; entity schemas with the package that owns (exports) each.
import { isParamSegment, nameOperations } from '../naming/operation-names.mjs'
import { segmentName, singularize, upperFirst } from '../naming/words.mjs'
import { queryValueKind } from './query-types.mjs'
import { operationRefs, refName } from './refs.mjs'
import { assignSchemaOwners, schemaClosure } from './schema-owners.mjs'

export const PACKAGES = ['tickets', 'assets', 'kb', 'reporting', 'finance', 'crm', 'admin', 'integrations']

const METHODS = ['get', 'post', 'delete']

/** Query parameters the core sets itself when it pages a list. */
const PAGING_PARAMS = new Set(['pageinate', 'page_no'])

/**
 * @param {object} spec the OpenAPI document
 * @param {{ tagPackages: Record<string, string>, listKeys: object, overrides: object }} config
 */
export function buildModel(spec, { tagPackages, listKeys, overrides }) {
  const components = spec.components?.schemas ?? {}
  const tags = checkTagMap(spec, tagPackages)

  const raw = []
  for (const path of Object.keys(spec.paths).sort()) {
    for (const method of METHODS) {
      const operation = spec.paths[path][method]
      if (operation) raw.push({ key: `${method.toUpperCase()} ${path}`, method, path, operation })
    }
  }
  const unknownMethods = Object.entries(spec.paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter(
        (method) => !METHODS.includes(method) && !['parameters', 'summary', 'description'].includes(method),
      )
      .map((method) => `${method.toUpperCase()} ${path}`),
  )
  if (unknownMethods.length > 0) throw new Error(`codegen: unsupported methods: ${unknownMethods.join(', ')}`)

  const keys = new Set(raw.map((entry) => entry.key))
  const postEntity = new Map()
  for (const entry of raw) {
    if (entry.method !== 'post') continue
    const entity = bodyEntity(entry.operation)
    if (entity) postEntity.set(entry.path, entity)
  }

  const operations = raw.map(({ key, method, path, operation }) => {
    const tag = operation.tags?.[0]
    if (!tag) throw new Error(`codegen: ${key} has no tag`)
    const packageName = tagPackages[tag]
    const parameters = operation.parameters ?? []
    const queryParams = dedupeByName(parameters.filter((p) => p.in === 'query')).map((p) => ({
      name: p.name,
      kind: queryValueKind(p),
      description: p.description ?? '',
    }))
    const pathParams = dedupeByName(parameters.filter((p) => p.in === 'path')).map((p) => ({
      name: p.name,
      kind: p.schema?.type === 'integer' ? 'integer' : 'string',
      description: p.description ?? '',
    }))
    checkPathParams(key, path, pathParams)
    const paged = method === 'get' && queryParams.some((p) => p.name === 'pageinate')
    const listKey = method === 'get' ? listKeys.listKeys[path] : undefined
    const isBareArray = method === 'get' && listKeys.bareArrays.includes(path)
    const segments = path.split('/').filter(Boolean)
    const endsWithParam = isParamSegment(segments.at(-1))
    const hasParams = segments.some(isParamSegment)
    const hasGetByIdSibling = [...keys].some(
      (other) => other.startsWith(`GET ${path}/{`) && !other.slice(path.length + 5).includes('/'),
    )
    // A GET collection beside a GET-by-id is a list even when the spec documents one object: the live API
    // answers such collections with an array (or an envelope), and the core's list finds the records in
    // any of those shapes.
    const isList =
      paged || listKey !== undefined || isBareArray || (method === 'get' && !hasParams && hasGetByIdSibling)
    const isCollectionGet =
      method === 'get' &&
      !hasParams &&
      (isList || hasGetByIdSibling || (segments.length === 1 && keys.has(`POST ${path}`)))
    let entity
    if (method === 'get' && isCollectionGet) entity = postEntity.get(path)
    else if (method === 'get' && endsWithParam) entity = postEntity.get(`/${segments.slice(0, -1).join('/')}`)
    return {
      key,
      method,
      path,
      tag,
      packageName,
      summary: operation.summary ?? '',
      description: operation.description ?? '',
      pathParams,
      queryParams,
      // The core pages lists itself; the rest of a list's query stays the caller's.
      callerQueryParams: isList ? queryParams.filter((p) => !PAGING_PARAMS.has(p.name)) : queryParams,
      body: requestBody(key, operation),
      paged,
      isList,
      isCollectionGet,
      listKey,
      maxPageSize: paged ? listKeys.maxPageSize[packageName] : undefined,
      entity,
    }
  })

  const names = nameOperations(operations, overrides)
  for (const operation of operations) operation.name = names.get(operation.key)

  const owners = assignSchemaOwners({ components, operations, tags, tagPackages, packages: PACKAGES })
  const aliases = typeAliases({ operations, components, overrides })

  const packages = PACKAGES.map((name) => {
    const packageOperations = operations.filter((operation) => operation.packageName === name)
    const roots = new Set([...owners].filter(([, owner]) => owner === name).map(([schema]) => schema))
    for (const operation of packageOperations) for (const ref of operationRefs(operation)) roots.add(ref)
    return {
      name,
      tags: tags.filter((tag) => tagPackages[tag] === name),
      operations: packageOperations,
      schemas: schemaClosure(components, roots),
      ownedSchemas: [...owners]
        .filter(([, owner]) => owner === name)
        .map(([schema]) => schema)
        .sort(),
      aliases: aliases.filter((alias) => alias.packageName === name),
    }
  })

  checkExportedNamesUnique(packages, components)
  const displayNames = nameDisplayNames(aliases, overrides.primaryTypeAliases ?? {})
  return {
    components,
    operations,
    packages,
    tags,
    aliases,
    displayNames,
    /** The name a component is declared under in @halo/types: its friendly alias, else its own. */
    display: (name) => displayNames.get(name) ?? name,
  }
}

/**
 * The friendly name each aliased component is declared under (`Faults` → `Ticket`), so signatures and
 * hovers say `Ticket`; a component several aliases name takes the one `primaryTypeAliases` chooses.
 * @returns {Map<string, string>} component name → declared name
 */
function nameDisplayNames(aliases, primary) {
  const byTarget = new Map()
  for (const alias of aliases) byTarget.set(alias.target, [...(byTarget.get(alias.target) ?? []), alias.name])
  const names = new Map()
  for (const [target, candidates] of byTarget) {
    if (candidates.length === 1) names.set(target, candidates[0])
    else if (candidates.includes(primary[target])) names.set(target, primary[target])
    else
      throw new Error(
        `codegen: ${target} has several friendly names (${candidates.join(', ')}); choose one in name-overrides.json primaryTypeAliases`,
      )
  }
  return names
}

function checkTagMap(spec, tagPackages) {
  const tags = [
    ...new Set(Object.values(spec.paths).flatMap((item) => METHODS.flatMap((m) => item[m]?.tags ?? []))),
  ]
  tags.sort()
  const problems = []
  for (const tag of tags) {
    const target = tagPackages[tag]
    if (target === undefined) problems.push(`tag ${tag} is not mapped to a package`)
    else if (!PACKAGES.includes(target)) problems.push(`tag ${tag} maps to unknown package ${target}`)
  }
  for (const tag of Object.keys(tagPackages)) {
    if (!tags.includes(tag)) problems.push(`tag ${tag} in the map is not in the spec`)
  }
  if (problems.length > 0) throw new Error(`codegen: tag map problems:\n  ${problems.join('\n  ')}`)
  return tags
}

function checkPathParams(key, path, pathParams) {
  const inPath = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]).sort()
  const declared = pathParams.map((p) => p.name).sort()
  if (inPath.join() !== declared.join()) {
    throw new Error(`codegen: ${key} declares path parameters ${declared} but its path has ${inPath}`)
  }
}

/** Halo repeats a few parameter names (`utcoffset` twice on `GET /Tickets`); the first one wins. */
function dedupeByName(parameters) {
  const seen = new Set()
  return parameters.filter((parameter) => {
    if (seen.has(parameter.name)) return false
    seen.add(parameter.name)
    return true
  })
}

function contentSchema(operation) {
  const content = operation.requestBody?.content
  if (!content) return undefined
  const multipart = content['multipart/form-data']
  if (multipart) return { kind: 'multipart', schema: multipart.schema ?? {} }
  const json = content['application/json'] ?? Object.values(content)[0]
  const schema = json?.schema ?? {}
  return { kind: schema.type === 'array' ? 'json-array' : 'json', schema }
}

function requestBody(key, operation) {
  const body = contentSchema(operation)
  if (!body) return undefined
  if (body.kind === 'multipart' && body.schema.type !== 'object') {
    throw new Error(`codegen: ${key} has a multipart body that is not an object`)
  }
  return body
}

/** The component a POST body carries (`[Faults]` → `Faults`), if any. */
function bodyEntity(operation) {
  const body = contentSchema(operation)
  if (!body || body.kind === 'multipart') return undefined
  const schema = body.kind === 'json-array' ? body.schema.items : body.schema
  return schema?.$ref ? refName(schema.$ref) : undefined
}

/**
 * Friendly names for entities: `POST /Tickets [Faults]` makes `Ticket` an alias of `Faults`.
 * Only single-segment collections name entities; the overrides can add or drop aliases.
 */
function typeAliases({ operations, components, overrides }) {
  const aliases = new Map()
  for (const operation of operations) {
    if (operation.method !== 'post') continue
    const segments = operation.path.split('/').filter(Boolean)
    if (segments.length !== 1) continue
    const target = bodyEntity(operationLike(operation))
    if (!target) continue
    const alias = upperFirst(
      singularize(segmentName(segments[0], { first: true, segmentOverrides: overrides.segments })),
    )
    if (alias === target || components[alias] || overrides.dropTypeAliases.includes(alias)) continue
    if (aliases.has(alias)) {
      throw new Error(`codegen: type alias ${alias} would name two entities; drop one in name-overrides.json`)
    }
    aliases.set(alias, { name: alias, target, packageName: operation.packageName })
  }
  for (const [alias, { target, package: packageName }] of Object.entries(overrides.typeAliases)) {
    if (!components[target]) throw new Error(`codegen: type alias ${alias} targets unknown schema ${target}`)
    aliases.set(alias, { name: alias, target, packageName })
  }
  return [...aliases.values()].sort((a, b) => (a.name < b.name ? -1 : 1))
}

function operationLike(operation) {
  const content = {}
  if (operation.body) {
    content[operation.body.kind === 'multipart' ? 'multipart/form-data' : 'application/json'] = {
      schema: operation.body.schema,
    }
  }
  return { requestBody: operation.body ? { content } : undefined }
}

function paramsTypeName(operation) {
  return `${upperFirst(operation.name)}Params`
}

export { paramsTypeName }

/** Names exported from domain packages must be unique across all of them (the facade merges them). */
function checkExportedNamesUnique(packages, components) {
  const seen = new Map()
  const clashes = []
  const add = (name, where) => {
    if (seen.has(name)) clashes.push(`${name} (${seen.get(name)} and ${where})`)
    else seen.set(name, where)
  }
  for (const pkg of packages) {
    for (const operation of pkg.operations) {
      add(operation.name, `${pkg.name} operation`)
      add(`${operation.name}Operation`, `${pkg.name} descriptor`)
      add(paramsTypeName(operation), `${pkg.name} params type`)
    }
    for (const schema of pkg.ownedSchemas) add(schema, `${pkg.name} schema type`)
    for (const alias of pkg.aliases) add(alias.name, `${pkg.name} type alias`)
  }
  for (const name of Object.keys(components))
    if (!seen.has(name)) clashes.push(`${name} (owned by no package)`)
  if (clashes.length > 0) throw new Error(`codegen: exported names clash:\n  ${clashes.join('\n  ')}`)
}
