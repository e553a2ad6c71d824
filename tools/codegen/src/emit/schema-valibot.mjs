// Component schemas for response validation, as compact model descriptions: one string per component,
// written once into @halo/types/schemas, which builds loose valibot objects from them on first use
// (every property optional and nullable, references resolved by name so cycles work). The grammar is
// documented beside its reader, packages/types/src/schemas/model-schemas.ts. Each domain package's
// schemas file picks the models its operations reach.
import { refName } from '../model/refs.mjs'
import { BANNER, docBlock, propertyKey, quote } from './text.mjs'

export const MODEL_DESCRIPTIONS_PATH = 'packages/types/src/generated/schema-models.ts'

export function schemaConstName(name) {
  return `${name}Schema`
}

// Names the description grammar can carry: a property name anything but its separators; a component
// name ends a type and is an export of the descriptions module, so an identifier.
const NAMES = { property: /^[^,:]+$/, component: /^[A-Za-z_$][A-Za-z0-9_$]*$/ }

function checkedName(name, what) {
  // `__proto__` would set the prototype of the entries object rather than add an entry.
  if (!NAMES[what].test(name) || name === '__proto__') {
    throw new Error(`codegen: ${what} "${name}" cannot be written in a model description`)
  }
  return name
}

function typeOf(schema) {
  const base = baseTypeOf(schema)
  return schema?.nullable && base !== 'u' ? `?${base}` : base
}

function baseTypeOf(schema) {
  if (!schema || typeof schema !== 'object') return 'u'
  if (schema.$ref) return `@${checkedName(refName(schema.$ref), 'component')}`
  if (schema.enum) return 'n'
  switch (schema.type) {
    case 'string':
      return schema.format === 'binary' ? 'u' : 's'
    case 'integer':
    case 'number':
      return 'n'
    case 'boolean':
      return 'b'
    case 'array':
      return `[${typeOf(schema.items)}`
    case 'object': {
      const value = schema.additionalProperties
      return `{${value && typeof value === 'object' ? typeOf(value) : 'u'}`
    }
    default:
      return 'u'
  }
}

/**
 * One component as a model description: `=n` for an enum, else its properties as `name:type`
 * joined by commas. A property's type is written without its `?`: every property may be null.
 */
export function describeModel(schema) {
  if (schema.enum) return '=n'
  return Object.entries(schema.properties ?? {})
    .map(([property, value]) => `${checkedName(property, 'property')}:${baseTypeOf(value)}`)
    .join(',')
}

/** The descriptions of every component, one export each, so bundlers keep only those a package uses. */
export function emitModelDescriptions(components) {
  const names = Object.keys(components).sort()
  const lines = names.map(
    (name) =>
      `export const ${checkedName(name, 'component')}: string = ${quote(describeModel(components[name]))}\n`,
  )
  return `${BANNER}
// Every component of Halo's API as a compact model description for response validation (the grammar
// is in ../schemas/model-schemas.ts). The domain packages' /schemas entries pick the ones they use.

${lines.join('')}`
}

/**
 * The schemas file of one package: the `schemas` record holds every model the package's operations
 * reach, keyed by component name, ready for the core's `schemas` option; schemas it owns are also
 * exported by `<Name>Schema` (and by friendly alias, `TicketSchema`), typed by the shared interfaces.
 */
export function emitSchemas({ names, owned, aliases, display = (name) => name }) {
  const typed = [...owned, ...aliases.map((alias) => alias.target)]
  const typeImports = [...new Set(typed.map(display))]
    .sort()
    .map((name) => `  ${name},\n`)
    .join('')
  const picked = names.map((name) => `  ${propertyKey(name)}: models.${name},\n`).join('')
  const ownedExports = owned.map(
    (name) =>
      `${docBlock([`Valibot schema of Halo's \`${name}\`.`])}export const ${schemaConstName(name)} = built.${name} as v.GenericSchema<${display(name)}>\n`,
  )
  const aliasExports = aliases.map(
    (alias) =>
      `${docBlock([`Valibot schema of a ${alias.name} (Halo's \`${alias.target}\`).`])}export const ${schemaConstName(alias.name)} = built.${alias.target} as v.GenericSchema<${display(alias.target)}>\n`,
  )
  return `${BANNER}
import * as models from '@halo/types/schemas'
import type * as v from 'valibot'
${typeImports === '' ? '' : `import type {\n${typeImports}} from '@halo/types'\n`}
// The models this package reaches, built into valibot schemas the first time each is used.
const built = /* @__PURE__ */ models.modelSchemas({
${picked}})

${docBlock([
  'Every entity schema this package uses, by Halo component name: pass it (merged with other',
  "packages' records) as the core's `schemas` option to validate responses.",
])}export const schemas: Readonly<Record<string, v.GenericSchema>> = built

${[...ownedExports, ...aliasExports].join('\n')}`
}
