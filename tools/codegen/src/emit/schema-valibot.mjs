// Component schemas as valibot schemas for response validation: loose objects (unknown fields
// pass through), every property optional and nullable, references lazy so cycles resolve.
import { refName } from '../model/refs.mjs'
import { BANNER, docBlock, propertyKey } from './text.mjs'

export function schemaConstName(name) {
  return `${name}Schema`
}

function valibotOf(schema) {
  const base = baseValibotOf(schema)
  return schema?.nullable && base !== 'v.unknown()' ? `v.nullable(${base})` : base
}

function baseValibotOf(schema) {
  if (!schema || typeof schema !== 'object') return 'v.unknown()'
  if (schema.$ref) return `v.lazy(() => ${schemaConstName(refName(schema.$ref))})`
  if (schema.enum) return 'v.number()'
  switch (schema.type) {
    case 'string':
      return schema.format === 'binary' ? 'v.unknown()' : 'v.string()'
    case 'integer':
    case 'number':
      return 'v.number()'
    case 'boolean':
      return 'v.boolean()'
    case 'array':
      return `v.array(${valibotOf(schema.items)})`
    case 'object': {
      const value = schema.additionalProperties
      return `v.record(v.string(), ${value && typeof value === 'object' ? valibotOf(value) : 'v.unknown()'})`
    }
    default:
      return 'v.unknown()'
  }
}

/**
 * Property schemas every entity shares. One instance each keeps the bundle small and the type
 * check fast; valibot schemas are immutable, so sharing them is safe.
 */
const SHARED = {
  'v.exactOptional(v.nullable(v.string()))': 'optionalString',
  'v.exactOptional(v.nullable(v.number()))': 'optionalNumber',
  'v.exactOptional(v.nullable(v.boolean()))': 'optionalBoolean',
  'v.exactOptional(v.unknown())': 'optionalUnknown',
}

function propertySchema(schema) {
  const source = `v.exactOptional(${valibotOf({ ...schema, nullable: true })})`
  return SHARED[source] ?? source
}

/**
 * The schemas file of one package. Schemas it owns are exported by `<Name>Schema` (and by friendly
 * alias, `TicketSchema`); the `schemas` record holds every schema the package's operations reach,
 * keyed by component name, ready for the core's `schemas` option.
 */
export function emitSchemas({ names, owned, components, aliases }) {
  const ownedSet = new Set(owned)
  const typeImports = names.map((name) => `  ${name},\n`).join('')
  const blocks = names.map((name) => {
    const schema = components[name]
    const exported = ownedSet.has(name) ? 'export ' : ''
    const head = `${docBlock([`Valibot schema of Halo's \`${name}\`.`])}${exported}const ${schemaConstName(name)}: v.GenericSchema<${name}> =`
    if (schema.enum) return `${head} v.number()\n`
    const entries = Object.entries(schema.properties ?? {}).map(
      ([property, value]) => `  ${propertyKey(property)}: ${propertySchema(value)},\n`,
    )
    return `${head} /* @__PURE__ */ entity<${name}>({\n${entries.join('')}})\n`
  })
  const aliasBlocks = aliases.map(
    (alias) =>
      `${docBlock([`Valibot schema of a ${alias.name} (Halo's \`${alias.target}\`).`])}export const ${schemaConstName(alias.name)}: v.GenericSchema<${alias.target}> = ${schemaConstName(alias.target)}\n`,
  )
  const record = names.map((name) => `  ${propertyKey(name)}: ${schemaConstName(name)},\n`).join('')
  const shared = Object.entries(SHARED)
    .map(([source, name]) => `const ${name} = /* @__PURE__ */ ${source}\n`)
    .join('')
  return `${BANNER}
import * as v from 'valibot'
import type {
${typeImports}} from './models.js'

${shared}
${docBlock([
  'A Halo entity: a loose object (unknown fields pass through) of optional, nullable properties.',
  "Typed by its interface rather than by valibot's inference, which is slow on 400-field objects;",
  'the entries and the interface come from the same component schema.',
])}function entity<T>(entries: v.ObjectEntries): v.GenericSchema<T> {
  return v.looseObject(entries) as unknown as v.GenericSchema<T>
}

${blocks.join('\n')}
${aliasBlocks.join('\n')}
${docBlock([
  'Every entity schema this package uses, by Halo component name: pass it (merged with other',
  "packages' records) as the core's `schemas` option to validate responses.",
])}export const schemas: Readonly<Record<string, v.GenericSchema>> = {
${record}}
`
}
