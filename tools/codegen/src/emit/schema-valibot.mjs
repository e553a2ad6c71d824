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
export function emitSchemas({ names, owned, components, aliases, display = (name) => name }) {
  const ownedSet = new Set(owned)
  const typeImports = [...new Set(names.map(display))]
    .sort()
    .map((name) => `  ${name},\n`)
    .join('')
  const blocks = names.map((name) => {
    const schema = components[name]
    const exported = ownedSet.has(name) ? 'export ' : ''
    const head = `${docBlock([`Valibot schema of Halo's \`${name}\`.`])}${exported}const ${schemaConstName(name)}: v.GenericSchema<${display(name)}> =`
    if (schema.enum) return `${head} v.number()\n`
    const entries = Object.entries(schema.properties ?? {}).map(
      ([property, value]) => `  ${propertyKey(property)}: ${propertySchema(value)},\n`,
    )
    return `${head} /* @__PURE__ */ entity<${display(name)}>({\n${entries.join('')}})\n`
  })
  const aliasBlocks = aliases.map(
    (alias) =>
      `${docBlock([`Valibot schema of a ${alias.name} (Halo's \`${alias.target}\`).`])}export const ${schemaConstName(alias.name)}: v.GenericSchema<${display(alias.target)}> = ${schemaConstName(alias.target)}\n`,
  )
  const record = names.map((name) => `  ${propertyKey(name)}: ${schemaConstName(name)},\n`).join('')
  const shared = Object.entries(SHARED)
    .map(([source, name]) => `const ${name} = /* @__PURE__ */ ${source}\n`)
    .join('')
  return `${BANNER}
import * as v from 'valibot'
import type {
${typeImports}} from '@halo/types'

${shared}
/** What a valibot schema run reads and writes. */
interface Dataset {
  typed: boolean
  value: unknown
  issues?: v.BaseIssue<unknown>[]
}

/** A loose object schema as its run sees it (\`this\`). */
interface LooseObjectLike {
  readonly entries: v.ObjectEntries
}

// valibot's own run, for entries the faster one cannot take (see \`runEntity\`).
const looseObjectRun = /* @__PURE__ */ v.looseObject({})['~run'] as unknown as (
  this: LooseObjectLike,
  dataset: Dataset,
  config: v.Config<v.BaseIssue<unknown>>,
) => Dataset
const onlyOptionalEntries = /* @__PURE__ */ new WeakMap<v.ObjectEntries, boolean>()

/** True when no entry can raise an issue or add a value for a key the record lacks. */
function onlyOptional(entries: v.ObjectEntries): boolean {
  let only = onlyOptionalEntries.get(entries)
  if (only === undefined) {
    only = Object.values(entries).every(
      (schema) =>
        (schema.type === 'exact_optional' || schema.type === 'optional' || schema.type === 'nullish') &&
        (schema as { default?: unknown }).default === undefined &&
        (schema as { fallback?: unknown }).fallback === undefined,
    )
    onlyOptionalEntries.set(entries, only)
  }
  return only
}

${docBlock([
  'A Halo entity: a loose object (unknown fields pass through) of optional, nullable properties.',
  "Typed by its interface rather than by valibot's inference, which is slow on 400-field objects;",
  'the entries and the interface come from the same component schema.',
  '',
  "It is valibot's `looseObject(entries)` with a faster run (`runEntity`).",
])}function entity<T>(entries: v.ObjectEntries): v.GenericSchema<T> {
  return v._standardSchema({ ...v.looseObject(entries), '~run': runEntity } as never) as unknown as v.GenericSchema<T>
}

${docBlock([
  "valibot's `looseObject` run visits every entry for every record (800 on a ticket, most of them",
  'absent); this one visits the keys the record has and looks each up in the entries. When every',
  'entry is optional without default or fallback, as generated, the outcome is the same: the same',
  'issues with the same paths, known keys checked, unknown keys passed through (`__proto__`,',
  "`constructor`, `prototype` left out, as valibot does); only the order of the output's keys and",
  'of the issues follows the record rather than the entries. Otherwise (a schema derived with',
  "`v.required`, say) it is valibot's own run.",
])}function runEntity(this: LooseObjectLike, dataset: Dataset, config: v.Config<v.BaseIssue<unknown>>): Dataset {
  const { entries } = this
  if (!onlyOptional(entries)) return looseObjectRun.call(this, dataset, config)
  const input = dataset.value
  if (!input || typeof input !== 'object') {
    v._addIssue(this as never, 'type', dataset as never, config)
    return dataset
  }
  const record = input as Record<string, unknown>
  const output: Record<string, unknown> = {}
  dataset.typed = true
  dataset.value = output
  for (const key in record) {
    if (!v._isValidObjectKey(record, key)) continue
    const value = record[key]
    const valueSchema = Object.hasOwn(entries, key) ? entries[key] : undefined
    if (valueSchema === undefined) {
      output[key] = value
      continue
    }
    const valueDataset = valueSchema['~run']({ value }, config) as Dataset
    if (valueDataset.issues) {
      const pathItem: v.ObjectPathItem = { type: 'object', origin: 'value', input: record, key, value }
      for (const issue of valueDataset.issues) {
        if (issue.path) issue.path.unshift(pathItem)
        else (issue as { path?: v.IssuePathItem[] }).path = [pathItem]
        dataset.issues?.push(issue)
      }
      dataset.issues ??= valueDataset.issues
      if (config.abortEarly) {
        dataset.typed = false
        break
      }
    }
    if (!valueDataset.typed) dataset.typed = false
    output[key] = valueDataset.value
  }
  return dataset
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
