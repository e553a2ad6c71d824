// One file per tag: for each operation a descriptor, a params type and a one-line function.
import { paramsTypeName } from '../model/build-model.mjs'
import { queryTypeScript } from '../model/query-types.mjs'
import { schemaRefs } from '../model/refs.mjs'
import { kebabCase } from '../naming/words.mjs'
import { typeOf } from './schema-types.mjs'
import { arrayLiteral, BANNER, docBlock, docText, propertyKey, quote } from './text.mjs'

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

function kindSentence(operation, display) {
  if (operation.isList) {
    return operation.paged
      ? 'Every matching record, page after page (`await` it for an array, or `for await` to stream; `limit` caps it).'
      : 'Every record of the list (`await` it for an array, or `for await` to stream; `limit` caps it).'
  }
  if (operation.name.startsWith('upsert') && operation.body?.kind === 'json-array') {
    return upsertEntity(operation)
      ? 'Creates records (no `id`) or updates them (with `id`): Halo takes an array, and answers one record for a one-record array (`body: [record]`), an array for several.'
      : 'Creates records (no `id`) or updates them (with `id`): Halo takes an array.'
  }
  if (operation.method === 'get' && operation.entity) {
    const name = display(operation.entity)
    return name === operation.entity
      ? `Gets one record (Halo's \`${operation.entity}\`).`
      : `Gets one ${name} (Halo's \`${operation.entity}\`).`
  }
  return undefined
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
  const doc = docBlock([
    `Descriptor of {@link ${operation.name}}: \`${operation.method.toUpperCase()} ${operation.path}\`.`,
  ])
  return `${doc}export const ${descriptorName(operation)}: OperationDescriptor = {\n${fields.map((f) => `  ${f},\n`).join('')}}\n`
}

function emitParamsType(operation, display) {
  const name = paramsTypeName(operation)
  const doc = docBlock([`Parameters of {@link ${operation.name}}, by Halo's wire names.`])
  if (!hasParams(operation)) return `${doc}export type ${name} = Record<string, never>\n`
  const lines = []
  for (const p of operation.pathParams) {
    lines.push(
      docBlock(docText(p.description).length > 0 ? docText(p.description) : ['Path parameter.'], '  '),
    )
    lines.push(`  readonly ${propertyKey(p.name)}: ${p.kind === 'integer' ? 'number' : 'string'}\n`)
  }
  for (const p of operation.callerQueryParams) {
    lines.push(docBlock(docText(p.description), '  '))
    lines.push(`  readonly ${propertyKey(p.name)}?: ${queryTypeScript(p.kind)} | undefined\n`)
  }
  if (operation.body) {
    const what = operation.body.kind === 'multipart' ? 'multipart form fields (or a `FormData`)' : 'JSON'
    lines.push(docBlock([`Request body, sent as ${what}.`], '  '))
    lines.push(`  readonly body: ${bodyType(operation.body, display)}\n`)
  }
  return `${doc}export type ${name} = {\n${lines.join('')}}\n`
}

function emitFunction(operation, display) {
  const method = operation.method.toUpperCase()
  const summary = docText(operation.summary)
  const description = docText(operation.description)
  const kind = kindSentence(operation, display)
  const lines = [...summary]
  if (description.length > 0) lines.push(...(lines.length > 0 ? [''] : []), ...description)
  if (kind) lines.push(...(lines.length > 0 ? [''] : []), kind)
  lines.push(
    ...(lines.length > 0 ? [''] : []),
    `\`${method} ${operation.path}\` (Halo tag \`${operation.tag}\`).`,
  )
  lines.push('', '@param core - The client core (`createHaloCore(…)`, or a `HaloClient`).')
  lines.push(
    hasParams(operation)
      ? `@param params - Path and query parameters by wire name${operation.body ? ', and the request `body`' : ''}.`
      : '@param params - None are documented; unknown query parameters still pass through.',
  )
  for (const p of [...operation.pathParams, ...operation.callerQueryParams]) {
    const text = docText(p.description).join(' ')
    if (text !== '') lines.push(`@param params.${p.name} - ${text}`)
  }
  lines.push('@param options - Per-call options: `signal`, `timeoutMs`, `retry`, `headers`.')

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
 * `[a, b, …]` an array, an array of unknown length either.
 */
function emitUpsertFunction(operation, lines, paramsName, entity) {
  const signature = (params, result, doc) =>
    `${docBlock(doc)}export function ${operation.name}(
  core: HaloCore,
  params: ${params},
  options?: RequestOptions,
): Promise<${result}>`
  const either = `${entity} | ${entity}[]`
  return `${signature(`${paramsName} & { readonly body: readonly [${entity}] }`, entity, lines)}
${signature(
  `${paramsName} & { readonly body: readonly [${entity}, ${entity}, ...${entity}[]] }`,
  `${entity}[]`,
  [`Upserts two or more records: Halo answers an array (see {@link ${operation.name}}).`],
)}
${signature(paramsName, either, [
  `Upserts an array of unknown length: one record answers the record, several an array (see {@link ${operation.name}}).`,
])}
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
    if (upserted) models.add(display(upserted))
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
