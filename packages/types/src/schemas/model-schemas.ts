// Valibot schemas for response validation, built from compact model descriptions (one string per
// component, generated into ../generated/schema-models.ts) the first time each is used.
import * as v from 'valibot'
import { lazyEntity } from './entity.js'

/**
 * A model description, as `tools/codegen` writes them:
 *
 * - an entity is its properties, `name:type` joined by commas (`id:n,summary:s,user:@Users`); every
 *   property is optional and may be `null` (`v.exactOptional(v.nullable(type))`), but for `u`, which
 *   takes anything; unknown properties pass through (a loose object);
 * - any other model is `=` and its type (`=n` for Halo's numeric enums).
 *
 * A type is `s` (string), `n` (number), `b` (boolean), `u` (anything), `@Name` (the model `Name`),
 * `?type` (the type or `null`), `[type` (an array of the type), `{type` (a record of strings to the
 * type). Operators come first and a name last, so a type needs no brackets.
 */
export type ModelDescription = string

// One instance each: valibot schemas are immutable, and most properties are one of these.
const string = /* @__PURE__ */ v.string()
const number = /* @__PURE__ */ v.number()
const boolean = /* @__PURE__ */ v.boolean()
const unknown = /* @__PURE__ */ v.unknown()
const optionalUnknown = /* @__PURE__ */ v.exactOptional(unknown)
const optionalScalars: Readonly<Record<string, v.GenericSchema>> = {
  s: /* @__PURE__ */ v.exactOptional(v.nullable(string)),
  n: /* @__PURE__ */ v.exactOptional(v.nullable(number)),
  b: /* @__PURE__ */ v.exactOptional(v.nullable(boolean)),
}

type Resolve = (name: string) => v.GenericSchema

function typeSchema(type: string, resolve: Resolve, model: string): v.GenericSchema {
  switch (type[0]) {
    case 's':
      return string
    case 'n':
      return number
    case 'b':
      return boolean
    case 'u':
      return unknown
    case '@':
      return resolve(type.slice(1))
    case '?':
      return v.nullable(typeSchema(type.slice(1), resolve, model))
    case '[':
      return v.array(typeSchema(type.slice(1), resolve, model))
    case '{':
      return v.record(v.string(), typeSchema(type.slice(1), resolve, model))
    default:
      throw new TypeError(`the description of ${model} has a type @halo/types cannot read: "${type}"`)
  }
}

function propertySchema(type: string, resolve: Resolve, model: string): v.GenericSchema {
  if (type === 'u') return optionalUnknown
  return optionalScalars[type] ?? v.exactOptional(v.nullable(typeSchema(type, resolve, model)))
}

function entries(description: string, resolve: Resolve, model: string): v.ObjectEntries {
  const built: Record<string, v.GenericSchema> = {}
  if (description === '') return built
  for (const property of description.split(',')) {
    const colon = property.indexOf(':')
    built[property.slice(0, colon)] = propertySchema(property.slice(colon + 1), resolve, model)
  }
  return built
}

/**
 * The valibot schema of every described model, by name, ready for the core's `schemas` option.
 * Each entity's properties are built the first time a record of it is validated (then kept);
 * references between the models resolve by name among `descriptions`, so cycles are fine.
 */
export function modelSchemas<Name extends string>(
  descriptions: Readonly<Record<Name, ModelDescription>>,
): Readonly<Record<Name, v.GenericSchema>> {
  const schemas = {} as Record<Name, v.GenericSchema>
  const resolve: Resolve = (name) => {
    const schema = Object.hasOwn(schemas, name) ? schemas[name as Name] : undefined
    if (schema === undefined) throw new TypeError(`no model description for ${name}, which another refers to`)
    return schema
  }
  for (const name of Object.keys(descriptions) as Name[]) {
    const description = descriptions[name]
    schemas[name] = description.startsWith('=')
      ? typeSchema(description.slice(1), resolve, name)
      : lazyEntity(() => entries(description, resolve, name))
  }
  return schemas
}
