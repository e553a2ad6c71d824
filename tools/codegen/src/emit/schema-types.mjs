// Component schemas as TypeScript types. Every entity property is optional and may be null:
// Halo omits and nulls fields freely, and the valibot schemas accept exactly that.
import { refName } from '../model/refs.mjs'
import { BANNER, docBlock, propertyKey } from './text.mjs'

/**
 * TypeScript for a (non-component) schema; `display` names a referenced component as @halo/types
 * declares it (`Faults` → `Ticket`).
 */
export function typeOf(schema, { readonlyArrays = false, inBody = false, display = (name) => name } = {}) {
  const base = baseTypeOf(schema, { readonlyArrays, inBody, display })
  return schema?.nullable && base !== 'unknown' ? `${base} | null` : base
}

function baseTypeOf(schema, options) {
  const { readonlyArrays, inBody, display } = options
  if (!schema || typeof schema !== 'object') return 'unknown'
  if (schema.$ref) return display(refName(schema.$ref))
  if (schema.enum) return 'number'
  switch (schema.type) {
    case 'string':
      // A file only travels in multipart bodies; inside JSON records its shape is unknown.
      if (schema.format === 'binary') return inBody ? 'Blob' : 'unknown'
      return 'string'
    case 'integer':
    case 'number':
      return 'number'
    case 'boolean':
      return 'boolean'
    case 'array': {
      const item = typeOf(schema.items, options)
      // A union, an intersection or a readonly array needs brackets before `[]`; `Record<K, V>` does not.
      const wrapped = /[|&]|^readonly /.test(item) ? `(${item})` : item
      return `${readonlyArrays ? 'readonly ' : ''}${wrapped}[]`
    }
    case 'object': {
      if (schema.properties) {
        const entries = Object.entries(schema.properties).map(
          ([name, property]) => `readonly ${propertyKey(name)}?: ${typeOf(property, options)}`,
        )
        return `{ ${entries.join('; ')} }`
      }
      const value = schema.additionalProperties
      if (value && typeof value === 'object') return `Record<string, ${typeOf(value, options)}>`
      return 'Record<string, unknown>'
    }
    default:
      return 'unknown'
  }
}

/**
 * The models of @halo/types: every component once, declared under its friendly name when it has one
 * (`interface Ticket`, Halo's `Faults`) with the spec's name kept as an alias (`type Faults = Ticket`),
 * so hovers and signatures say `Ticket` and both names work.
 */
export function emitModels(components, display) {
  const names = Object.keys(components).sort()
  const blocks = names.map((name) => {
    const schema = components[name]
    const declared = display(name)
    const friendly = declared !== name
    const what = friendly ? `A ${declared} record: Halo's \`${name}\` schema.` : `Halo's \`${name}\` schema.`
    const specAlias = friendly
      ? `\n${docBlock([`Halo's name for {@link ${declared}}.`])}export type ${name} = ${declared}\n`
      : ''
    if (schema.enum) {
      return `${docBlock([`\`${name}\`: one of ${schema.enum.join(', ')}.`])}export type ${declared} = number\n${specAlias}`
    }
    const properties = Object.entries(schema.properties ?? {}).map(([property, propertySchema]) => {
      const type = typeOf({ ...propertySchema, nullable: true }, { display })
      // A field from the overlay of observed fields: the spec lacks it, so say where it was seen.
      const observed = propertySchema['x-halo-observed']
      const doc = observed ? docBlock([`Not in the spec; seen in ${observed}.`], '  ') : ''
      return `${doc}  ${propertyKey(property)}?: ${type}\n`
    })
    return `${docBlock([what])}export interface ${declared} {\n${properties.join('')}}\n${specAlias}`
  })
  return `${BANNER}\n\n${blocks.join('\n')}`
}
