/**
 * Methods attached to a record. `ThisType` lets a method body use `this` as the finished record.
 */
export type RecordMethods<TMethods> = { [K in keyof TMethods]: (...args: never[]) => unknown }

/** A record with its helper methods attached. */
export type WithMethods<TRecord extends object, TMethods extends RecordMethods<TMethods>> = TRecord & TMethods

/**
 * Attaches helper methods to a plain record as non-enumerable properties and returns the same object.
 *
 * Why non-enumerable: the contract promises that `JSON.stringify(record)`, `Object.keys(record)` and
 * `{ ...record }` see exactly Halo's data, so a record can be logged, cached or posted back unchanged.
 * The record is mutated rather than copied so that a large list costs no extra allocation per row.
 *
 * Throws when a method name is already an own enumerable property of the record: silently shadowing a
 * wire field would drop Halo data from the record, which is worse than failing loudly while the resource
 * is written. A non-enumerable own property is a helper attached earlier, so decorating twice is fine.
 */
export function withMethods<TRecord extends object, TMethods extends RecordMethods<TMethods>>(
  record: TRecord,
  methods: TMethods & ThisType<TRecord & TMethods>,
): WithMethods<TRecord, TMethods> {
  for (const name of Object.keys(methods) as (keyof TMethods & string)[]) {
    refuseHidingField(record, name)
    Object.defineProperty(record, name, {
      value: methods[name],
      enumerable: false,
      writable: true,
      configurable: true,
    })
  }
  return record as WithMethods<TRecord, TMethods>
}

const isEnumerable = Object.prototype.propertyIsEnumerable

/** Throws when `name` is a wire field of the record (an own enumerable property) a helper would hide. */
export function refuseHidingField(record: object, name: string): void {
  if (isEnumerable.call(record, name)) {
    throw new TypeError(
      `withMethods: the record already has an own property "${name}"; a helper method of that name would hide Halo's data. Rename the method.`,
    )
  }
}
