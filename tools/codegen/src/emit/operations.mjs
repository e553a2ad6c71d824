// One file per tag: for each operation a descriptor, a params type and a one-line function.
import { paramsTypeName } from '../model/build-model.mjs'
import { queryTypeScript } from '../model/query-types.mjs'
import { schemaRefs } from '../model/refs.mjs'
import { kebabCase } from '../naming/words.mjs'
import { typeOf } from './schema-types.mjs'
import { arrayLiteral, BANNER, docBlock, docText, propertyKey, quote } from './text.mjs'
import { RECORD_BODY_TYPES } from './types-package.mjs'

export function tagFileName(tag) {
  return kebabCase(tag)
}

export function descriptorName(operation) {
  return `${operation.name}Operation`
}

/** Whether the caller must pass params (a path parameter or a body). */
export function paramsRequired(operation) {
  return operation.pathParams.length > 0 || operation.body !== undefined
}

function hasParams(operation) {
  return paramsRequired(operation) || operation.callerQueryParams.length > 0
}

/** TypeScript of the request body. Arrays stay arrays: Halo's create-and-update POSTs take them. */
export function bodyType(body, display) {
  const type = typeOf(body.schema, { readonlyArrays: true, inBody: true, display })
  return body.kind === 'multipart' ? `FormData | ${type}` : type
}

/**
 * The record an upsert writes (`POST /Tickets [Faults]` → `Faults`): a single-segment collection POST
 * whose body is an array of one component. Halo answers what was posted: one record for one, an array
 * for several.
 */
export function upsertEntity(operation) {
  if (operation.method !== 'post' || !operation.name.startsWith('upsert')) return undefined
  if (operation.body?.kind !== 'json-array') return undefined
  const ref = operation.body.schema.items?.$ref
  return ref ? ref.split('/').at(-1) : undefined
}

export function responseType(operation, display) {
  const entity = operation.entity ? display(operation.entity) : 'unknown'
  if (operation.isList) return `HaloList<${entity}>`
  return `Promise<${operation.method === 'get' && operation.entity ? entity : 'unknown'}>`
}

/** `Ticket (Halo's \`Faults\`)` for a component with a friendly name, `\`Cab\`` otherwise. */
function entityLabel(entity, display) {
  const name = display(entity)
  return name === entity ? `\`${entity}\`` : `${name} (Halo's \`${entity}\`)`
}

/**
 * What the operation does, in one sentence that uses the friendly name, for the shapes the generator
 * knows (list, get, delete by id, upsert); undefined otherwise.
 */
function kindSentence(operation, display) {
  const entity = operation.entity
  if (operation.isList) {
    const what = entity ? entityLabel(entity, display) : 'record'
    return operation.paged
      ? `Every matching ${what}, page after page (\`await\` it for an array, or \`for await\` to stream; \`limit\` caps it).`
      : `Every ${what} of the list (\`await\` it for an array, or \`for await\` to stream; \`limit\` caps it).`
  }
  if (operation.name.startsWith('upsert') && operation.body?.kind === 'json-array') {
    const upserted = upsertEntity(operation)
    return upserted
      ? `Creates ${entityLabel(upserted, display)} records (no \`id\`) or updates them (with \`id\`): Halo takes an array, and answers one record for \`body: [record]\`, an array for several.`
      : 'Creates records (no `id`) or updates them (with `id`): Halo takes an array.'
  }
  if (operation.method === 'get' && entity) return `Gets one ${entityLabel(entity, display)}.`
  const deleted = /^Delete one (\w+)$/.exec(operation.summary ?? '')
  if (operation.method === 'delete' && deleted) return `Deletes one ${entityLabel(deleted[1], display)}.`
  return undefined
}

/**
 * The spec's own words, without its boilerplate: every call needs authentication, and "Get one X" /
 * "Use this to return multiple X" say what the kind sentence already says with the friendly name.
 */
const BOILERPLATE = [
  /^Requires authentication\.$/,
  /^Use this to return (a single instance of|multiple) \S+\.$/,
  /^Delete specific \S+\.$/,
  /^(Get one|List of|Delete one) \S+$/,
  /^\.$/,
]

function specSentences(operation) {
  return [...docText(operation.summary), ...docText(operation.description)].filter(
    (line) => !BOILERPLATE.some((pattern) => pattern.test(line)),
  )
}

/**
 * An operation's TSDoc, one line: what it does (the friendly name where the shape is known, else the
 * spec's words), then the method, path and tag. The parameters document themselves: each field of the
 * params type carries its own description, and `HaloCore` and `RequestOptions` theirs.
 */
function operationDoc(operation, display) {
  const words = [kindSentence(operation, display), ...specSentences(operation)].filter(Boolean)
  const where = `\`${operation.method.toUpperCase()} ${operation.path}\` (Halo tag \`${operation.tag}\`).`
  return [[...words, where].join(' ')]
}

function emitDescriptor(operation) {
  const fields = [
    `name: ${quote(operation.name)}`,
    `method: ${quote(operation.method.toUpperCase())}`,
    `path: ${quote(operation.path)}`,
    `tag: ${quote(operation.tag)}`,
  ]
  if (operation.pathParams.length > 0) {
    fields.push(
      `pathParams: { ${operation.pathParams.map((p) => `${propertyKey(p.name)}: ${quote(p.kind)}`).join(', ')} }`,
    )
  }
  if (operation.queryParams.length > 0) {
    fields.push(
      `queryParams: ${arrayLiteral(
        operation.queryParams.map((p) => quote(p.name)),
        '  ',
      )}`,
    )
  }
  if (operation.body) fields.push(`body: ${quote(operation.body.kind)}`)
  if (operation.paged) fields.push('paged: true')
  if (operation.listKey) fields.push(`listKey: ${quote(operation.listKey)}`)
  if (operation.maxPageSize) fields.push(`maxPageSize: ${operation.maxPageSize}`)
  if (operation.entity) fields.push(`entity: ${quote(operation.entity)}`)
  // Undocumented on purpose: its name pairs it with its function, whose doc gives the method and path.
  return `export const ${descriptorName(operation)}: OperationDescriptor = {\n${fields.map((f) => `  ${f},\n`).join('')}}\n`
}

/** A parameter's description from the spec, without the spec's placeholder ("undefined"). */
function parameterDoc(parameter) {
  return docText(parameter.description).filter((line) => line !== 'undefined')
}

function emitParamsType(operation, display) {
  const name = paramsTypeName(operation)
  if (!hasParams(operation)) return `export type ${name} = Record<string, never>\n`
  // Said where it informs: query parameters go by Halo's names (`client_id`); an `id` or a `body` alone
  // needs no introduction.
  const doc =
    operation.callerQueryParams.length > 0
      ? docBlock([`Parameters of {@link ${operation.name}}, by Halo's wire names.`])
      : ''
  const lines = []
  for (const p of operation.pathParams) {
    lines.push(docBlock(parameterDoc(p), '  '))
    lines.push(`  readonly ${propertyKey(p.name)}: ${p.kind === 'integer' ? 'number' : 'string'}\n`)
  }
  for (const p of operation.callerQueryParams) {
    lines.push(docBlock(parameterDoc(p), '  '))
    lines.push(`  readonly ${propertyKey(p.name)}?: ${queryTypeScript(p.kind)} | undefined\n`)
  }
  if (operation.body) {
    // A JSON body's type says what it is; a multipart one says how it travels.
    if (operation.body.kind === 'multipart')
      lines.push(docBlock(['Request body, sent as multipart form fields (or a `FormData`).'], '  '))
    lines.push(`  readonly body: ${bodyType(operation.body, display)}\n`)
  }
  return `${doc}export type ${name} = {\n${lines.join('')}}\n`
}

function emitFunction(operation, display) {
  const lines = operationDoc(operation, display)
  const paramsName = paramsTypeName(operation)
  const optional = paramsRequired(operation) ? '' : '?'
  let paramsType = paramsName
  // Readonly<…> (a mapped type) rather than the bare interface: it has the implicit index signature
  // the core's OperationParams asks for.
  if (operation.isList) {
    paramsType = hasParams(operation) ? `${paramsName} & Readonly<ListControls>` : 'Readonly<ListControls>'
  }
  const upserted = upsertEntity(operation)
  if (upserted) return emitUpsertFunction(operation, lines, paramsName, display(upserted))
  const result = responseType(operation, display)
  const call = operation.isList ? 'list' : 'request'
  const entity = operation.entity ? display(operation.entity) : 'unknown'
  const typeArgument = operation.isList
    ? entity
    : operation.method === 'get' && operation.entity
      ? entity
      : 'unknown'
  return `${docBlock(lines)}export function ${operation.name}(
  core: HaloCore,
  params${optional}: ${paramsType},
  options?: RequestOptions,
): ${result} {
  return core.${call}<${typeArgument}>(${descriptorName(operation)}, params, options)
}
`
}

/**
 * An upsert, overloaded on the body's length as Halo answers it: `[record]` gives the record,
 * `[a, b, …]` an array, an array of unknown length either. The bodies are named types of @halo/types,
 * so each overload's declaration stays one line; the first overload's doc says it for all three, and
 * the others' return types speak for themselves.
 */
function emitUpsertFunction(operation, lines, paramsName, entity) {
  const signature = (params, result, doc) =>
    `${docBlock(doc)}export function ${operation.name}(
  core: HaloCore,
  params: ${params},
  options?: RequestOptions,
): Promise<${result}>`
  const either = `${entity} | ${entity}[]`
  return `${signature(`${paramsName} & OneRecordBody<${entity}>`, entity, lines)}
${signature(`${paramsName} & RecordsBody<${entity}>`, `${entity}[]`, [])}
${signature(paramsName, either, [])}
export function ${operation.name}(
  core: HaloCore,
  params: ${paramsName},
  options?: RequestOptions,
): Promise<${either}> {
  return core.request<${either}>(${descriptorName(operation)}, params, options)
}
`
}

/** The source of one tag's operations file; models come from @halo/types under their declared names. */
export function emitTagFile(operations, display = (name) => name) {
  const models = new Set()
  for (const operation of operations) {
    if (operation.entity) models.add(display(operation.entity))
    const upserted = upsertEntity(operation)
    if (upserted) for (const name of [display(upserted), ...RECORD_BODY_TYPES]) models.add(name)
    if (operation.body) for (const ref of schemaRefs(operation.body.schema)) models.add(display(ref))
  }
  const coreTypes = ['HaloCore', 'OperationDescriptor', 'RequestOptions']
  if (operations.some((operation) => operation.isList)) coreTypes.push('HaloList', 'ListControls')
  coreTypes.sort()
  const imports = [`import type { ${coreTypes.join(', ')} } from '@halo/core'`]
  if (models.size > 0) imports.push(`import type { ${[...models].sort().join(', ')} } from '@halo/types'`)
  const blocks = operations.map(
    (operation) =>
      `${emitDescriptor(operation)}\n${emitParamsType(operation, display)}\n${emitFunction(operation, display)}`,
  )
  return `${BANNER}\n${imports.join('\n')}\n\n${blocks.join('\n')}`
}
