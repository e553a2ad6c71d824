// Every generated file of one domain package, as a map from repo-relative path to source.

import { emitCrudDefinitions } from './crud-definitions.mjs'
import { descriptorName, emitTagFile, tagFileName, upsertEntity } from './operations.mjs'
import { emitSchemas } from './schema-valibot.mjs'
import { BANNER, docBlock, quote } from './text.mjs'

function byName(a, b) {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0
}

function emitOperationList(pkg, files) {
  const imports = files.map(
    ({ file, operations }) =>
      `import {\n${operations
        .flatMap((operation) => [operation.name, descriptorName(operation)])
        .map((name) => `  ${name},\n`)
        .join('')}} from './operations/${file}.js'\n`,
  )
  const sorted = [...pkg.operations].sort(byName)
  return `${BANNER}
import type { OperationDescriptor } from '@halo/core'
${imports.join('')}
${docBlock([`Every generated operation of @halo/${pkg.name}, by name (the facade binds them as \`halo.ops\`).`])}export const operations = {
${sorted.map((operation) => `  ${operation.name},\n`).join('')}} as const

${docBlock([`The descriptor of every generated operation of @halo/${pkg.name}, sorted by name.`])}export const operationDescriptors: readonly OperationDescriptor[] = [
${sorted.map((operation) => `  ${descriptorName(operation)},\n`).join('')}]
`
}

/**
 * The operations a tag's common verbs stand for, where its shape allows: `list` for its one list,
 * `get` / `delete` for its one GET / DELETE of `…/{id}` (the only path parameter), `upsert` for its
 * one collection POST of an array of records. A verb with two candidates is left out (ambiguous).
 */
export function tagVerbs(operations) {
  const byId = (method) =>
    operations.filter(
      (operation) =>
        operation.method === method &&
        !operation.isList &&
        operation.pathParams.length === 1 &&
        operation.pathParams[0].name === 'id' &&
        operation.path.endsWith('/{id}'),
    )
  const candidates = {
    list: operations.filter((operation) => operation.isList),
    get: byId('get'),
    upsert: operations.filter((operation) => upsertEntity(operation) !== undefined),
    delete: byId('delete'),
  }
  const verbs = {}
  for (const [verb, matching] of Object.entries(candidates))
    if (matching.length === 1) verbs[verb] = matching[0]
  return verbs
}

/** A string-literal union type (`'a' | 'b'`), `never` when empty. */
function literalUnion(names) {
  return names.length > 0 ? names.map(quote).join(' | ') : 'never'
}

/**
 * The tag namespaces, typed by reference (`TagNamespace<Ops, 'Faults', 'getTicket' | …>`, one line
 * each) rather than by inference, which would list every operation twice more in the declarations
 * every consumer's compiler reads.
 */
function emitTagNamespaces(pkg, files, namespaceOfTag) {
  const entries = files
    .map(({ file, tag, operations }) => ({
      file,
      tag,
      name: namespaceOfTag.get(tag),
      operations: [...operations].sort(byName),
      verbs: tagVerbs(operations),
    }))
    .sort((a, b) => (a.name < b.name ? -1 : 1))
  const imports = entries.map(
    ({ file, operations }) =>
      `import {\n${operations.map((operation) => `  ${operation.name},\n`).join('')}} from './operations/${file}.js'\n`,
  )
  const verbNames = ['list', 'get', 'upsert', 'delete']
  const withVerbs = entries.some(({ verbs }) => Object.keys(verbs).length > 0)
  const types = entries.map(({ tag, name, operations, verbs }) => {
    const names = literalUnion(operations.map((operation) => operation.name))
    if (Object.keys(verbs).length === 0)
      return `  readonly ${name}: TagNamespace<Ops, ${quote(tag)}, ${names}>\n`
    const verbArguments = verbNames.map((verb) => (verbs[verb] ? quote(verbs[verb].name) : 'never'))
    return `  readonly ${name}: TagNamespaceWithVerbs<Ops, ${quote(tag)}, ${names}, ${verbArguments.join(', ')}>\n`
  })
  const values = entries.map(({ tag, name, operations, verbs }) => {
    const verbEntries = Object.entries(verbs)
    const verbBlock =
      verbEntries.length > 0
        ? `    verbs: {\n${verbEntries.map(([verb, operation]) => `      ${verb}: ${operation.name},\n`).join('')}    },\n`
        : ''
    return `  ${name}: {\n    tag: ${quote(tag)},\n    operations: {\n${operations
      .map((operation) => `      ${operation.name},\n`)
      .join('')}    },\n${verbBlock}  },\n`
  })
  const shapes = ['NamespaceOfTag', 'TagNamespace', ...(withVerbs ? ['TagNamespaceWithVerbs'] : [])].join(
    ', ',
  )
  return `${BANNER}
import type { ${shapes} } from '@halo/types'
import type { operations } from './operation-list.js'
${imports.join('')}
/** The type of this package's \`operations\` record, which the namespaces pick from. */
type Ops = typeof operations

${docBlock([
  `One namespace per API tag of @halo/${pkg.name}: its operations by name, and the operations the`,
  'common verbs stand for (`list`, `get`, `upsert`, `delete`) where the tag has exactly one of each',
  'shape. The facade attaches each namespace (bound to the client) where no hand-written resource of',
  'that name exists.',
])}export const ${pkg.name}TagNamespaces: {
${types.join('')}} = {
${values.join('')}}

${docBlock([`The namespace of each API tag of @halo/${pkg.name}.`])}export const ${pkg.name}NamespaceOfTag: NamespaceOfTag<typeof ${pkg.name}TagNamespaces> = {
${entries.map(({ tag, name }) => `  ${quote(tag)}: ${quote(name)},\n`).join('')}}
`
}

function emitIndex(pkg, files) {
  const lines = [BANNER]
  for (const { file } of files) lines.push(`export * from './operations/${file}.js'`)
  lines.push(`export { operationDescriptors, operations } from './operation-list.js'`)
  lines.push(`export { ${pkg.name}NamespaceOfTag, ${pkg.name}TagNamespaces } from './tag-namespaces.js'`)
  // The model types live once, in @halo/types; each package re-exports the ones it owns and its
  // friendly names, so every name stays importable from where it always was.
  const names = [...new Set([...pkg.ownedSchemas, ...pkg.aliases.map((alias) => alias.name)])].sort()
  if (names.length > 0) {
    lines.push(`export type {\n${names.map((name) => `  ${name},\n`).join('')}} from '@halo/types'`)
  }
  return `${lines.join('\n')}\n`
}

/** @returns {Map<string, string>} repo-relative path → file content */
export function emitPackage(pkg, model, namespaceOfTag, { crudKinds = {}, crudRecordNames = {} } = {}) {
  const { components, display } = model
  const out = new Map()
  const root = `packages/${pkg.name}/src/generated`
  const tagFiles = new Map()
  for (const operation of pkg.operations) {
    const file = tagFileName(operation.tag)
    const owner = tagFiles.get(file)
    if (owner && owner.tag !== operation.tag) {
      throw new Error(`codegen: tags ${owner.tag} and ${operation.tag} would share operations/${file}.ts`)
    }
    tagFiles.set(file, { file, tag: operation.tag, operations: [...(owner?.operations ?? []), operation] })
  }
  const files = [...tagFiles.values()].sort((a, b) => (a.file < b.file ? -1 : 1))
  for (const { file, operations } of files)
    out.set(`${root}/operations/${file}.ts`, emitTagFile(operations, display))
  out.set(`${root}/operation-list.ts`, emitOperationList(pkg, files))
  out.set(`${root}/tag-namespaces.ts`, emitTagNamespaces(pkg, files, namespaceOfTag))
  const crudDefinitions = emitCrudDefinitions(files, display, crudKinds, crudRecordNames)
  if (crudDefinitions) out.set(`${root}/crud-definitions.ts`, crudDefinitions)
  out.set(
    `${root}/schemas.ts`,
    emitSchemas({ names: pkg.schemas, owned: pkg.ownedSchemas, components, aliases: pkg.aliases, display }),
  )
  out.set(`${root}/index.ts`, emitIndex(pkg, files))
  return out
}
