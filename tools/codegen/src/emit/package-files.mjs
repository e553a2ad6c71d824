// Every generated file of one domain package, as a map from repo-relative path to source.

import { descriptorName, emitTagFile, tagFileName } from './operations.mjs'
import { emitModels } from './schema-types.mjs'
import { emitSchemas } from './schema-valibot.mjs'
import { BANNER, docBlock, quote } from './text.mjs'

function byName(a, b) {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0
}

function emitAliases(aliases) {
  const targets = [...new Set(aliases.map((alias) => alias.target))].sort()
  const imports = targets.length > 0 ? `import type { ${targets.join(', ')} } from './models.js'\n\n` : ''
  const blocks = aliases.map(
    (alias) =>
      `${docBlock([`A ${alias.name} record: Halo's \`${alias.target}\`.`])}export type ${alias.name} = ${alias.target}\n`,
  )
  return `${BANNER}\n${imports}${blocks.join('\n')}`
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

function emitTagNamespaces(pkg, files, namespaceOfTag) {
  const entries = files
    .map(({ file, tag, operations }) => ({ file, tag, name: namespaceOfTag.get(tag), operations }))
    .sort((a, b) => (a.name < b.name ? -1 : 1))
  const imports = entries.map(
    ({ file, operations }) =>
      `import {\n${[...operations]
        .sort(byName)
        .map((operation) => `  ${operation.name},\n`)
        .join('')}} from './operations/${file}.js'\n`,
  )
  const namespaces = entries.map(
    ({ tag, name, operations }) =>
      `  ${name}: {\n    tag: ${quote(tag)},\n    operations: {\n${[...operations]
        .sort(byName)
        .map((operation) => `      ${operation.name},\n`)
        .join('')}    },\n  },\n`,
  )
  return `${BANNER}
${imports.join('')}
${docBlock([
  `One namespace per API tag of @halo/${pkg.name}: its operations by name. The facade attaches each`,
  'namespace (bound to the client) where no hand-written resource of that name exists.',
])}export const ${pkg.name}TagNamespaces = {
${namespaces.join('')}} as const

${docBlock([`The namespace of each API tag of @halo/${pkg.name}.`])}export const ${pkg.name}NamespaceOfTag = {
${entries.map(({ tag, name }) => `  ${quote(tag)}: ${quote(name)},\n`).join('')}} as const
`
}

function emitIndex(pkg, files) {
  const lines = [BANNER]
  for (const { file } of files) lines.push(`export * from './operations/${file}.js'`)
  lines.push(`export { operationDescriptors, operations } from './operation-list.js'`)
  lines.push(`export { ${pkg.name}NamespaceOfTag, ${pkg.name}TagNamespaces } from './tag-namespaces.js'`)
  if (pkg.ownedSchemas.length > 0) {
    lines.push(
      `export type {\n${pkg.ownedSchemas.map((name) => `  ${name},\n`).join('')}} from './models.js'`,
    )
  }
  if (pkg.aliases.length > 0) {
    lines.push(
      `export type {\n${pkg.aliases.map((alias) => `  ${alias.name},\n`).join('')}} from './aliases.js'`,
    )
  }
  return `${lines.join('\n')}\n`
}

/** @returns {Map<string, string>} repo-relative path → file content */
export function emitPackage(pkg, components, namespaceOfTag) {
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
  for (const { file, operations } of files) out.set(`${root}/operations/${file}.ts`, emitTagFile(operations))
  out.set(`${root}/models.ts`, emitModels(pkg.schemas, components))
  out.set(`${root}/aliases.ts`, emitAliases(pkg.aliases))
  out.set(`${root}/operation-list.ts`, emitOperationList(pkg, files))
  out.set(`${root}/tag-namespaces.ts`, emitTagNamespaces(pkg, files, namespaceOfTag))
  out.set(
    `${root}/schemas.ts`,
    emitSchemas({ names: pkg.schemas, owned: pkg.ownedSchemas, components, aliases: pkg.aliases }),
  )
  out.set(`${root}/index.ts`, emitIndex(pkg, files))
  return out
}
