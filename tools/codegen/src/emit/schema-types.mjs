// Component schemas as TypeScript types. Every entity property is optional and may be null:
// Halo omits and nulls fields freely, and the valibot schemas accept exactly that.
import { refName } from '../model/refs.mjs'
import { BANNER, docBlock, propertyKey } from './text.mjs'

/** TypeScript for a (non-component) schema. */
export function typeOf(schema, { readonlyArrays = false, inBody = false } = {}) {
  const base = baseTypeOf(schema, { readonlyArrays, inBody })
  return schema?.nullable && base !== 'unknown' ? `${base} | null` : base
}

function baseTypeOf(schema, options) {
  const { readonlyArrays, inBody } = options
  if (!schema || typeof schema !== 'object') return 'unknown'
  if (schema.$ref) return refName(schema.$ref)
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
      const wrapped = /[|&\s]/.test(item) ? `(${item})` : item
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

/** The models file of one package: every schema its operations reach, all exported. */
export function emitModels(names, components) {
  const blocks = names.map((name) => {
    const schema = components[name]
    if (schema.enum) {
      return `${docBlock([`\`${name}\`: one of ${schema.enum.join(', ')}.`])}export type ${name} = number\n`
    }
    const properties = Object.entries(schema.properties ?? {}).map(([property, propertySchema]) => {
      const type = typeOf({ ...propertySchema, nullable: true })
      // A field from the overlay of observed fields: the spec lacks it, so say where it was seen.
      const observed = propertySchema['x-halo-observed']
      const doc = observed ? docBlock([`Not in the spec; seen in ${observed}.`], '  ') : ''
      return `${doc}  ${propertyKey(property)}?: ${type}\n`
    })
    return `${docBlock([`Halo's \`${name}\` schema.`])}export interface ${name} {\n${properties.join('')}}\n`
  })
  return `${BANNER}\n\n${blocks.join('\n')}`
}
