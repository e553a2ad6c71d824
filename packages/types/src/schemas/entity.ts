// A Halo entity as a valibot schema: a loose object (unknown fields pass through) of optional, nullable
// properties, with a faster run than valibot's own and entries built the first time they are needed.
import * as v from 'valibot'

/** What a valibot schema run reads and writes. */
interface Dataset {
  typed: boolean
  value: unknown
  issues?: v.BaseIssue<unknown>[]
}

/** A loose object schema as its run sees it (`this`). */
interface LooseObjectLike {
  readonly entries: v.ObjectEntries
}

// valibot's own run, for entries the faster one cannot take (see `runEntity`).
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

/**
 * valibot's `looseObject` run visits every entry for every record (800 on a ticket, most of them
 * absent); this one visits the keys the record has and looks each up in the entries. When every
 * entry is optional without default or fallback, as built from a model description, the outcome is
 * the same: the same issues with the same paths, known keys checked, unknown keys passed through
 * (`__proto__`, `constructor`, `prototype` left out, as valibot does); only the order of the output's
 * keys and of the issues follows the record rather than the entries. Otherwise (a schema derived with
 * `v.required`, say) it is valibot's own run.
 */
function runEntity(this: LooseObjectLike, dataset: Dataset, config: v.Config<v.BaseIssue<unknown>>): Dataset {
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

/**
 * An entity schema: valibot's `looseObject(entries)` with the faster run. `entries` is called the
 * first time the schema runs or is read (by `v.pick`, `v.required`, …), and its answer kept, so
 * building an entity costs nothing until a record of it is validated, and entities may refer to each
 * other in cycles.
 */
export function lazyEntity(entries: () => v.ObjectEntries): v.GenericSchema {
  const schema = { ...v.looseObject({}), '~run': runEntity }
  Object.defineProperty(schema, 'entries', {
    configurable: true,
    enumerable: true,
    get() {
      const built = entries()
      Object.defineProperty(schema, 'entries', {
        configurable: true,
        enumerable: true,
        writable: true,
        value: built,
      })
      return built
    },
  })
  return v._standardSchema(schema as never) as unknown as v.GenericSchema
}
