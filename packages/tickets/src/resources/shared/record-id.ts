/**
 * The id of a record a helper acts on. A record Halo sent without an id (a partial POST answer) cannot be
 * updated, refreshed or deleted, and sending `id: undefined` would create a new record instead.
 */
export function requireRecordId(id: number | null | undefined, kind: string, helper: string): number {
  if (typeof id !== 'number' || !Number.isInteger(id) || id <= 0) {
    throw new TypeError(`${kind}.${helper}(): this ${kind} record has no id (got ${String(id)}).`)
  }
  return id
}

/** Checks an id argument before it goes into a URL path. */
export function checkPositiveInteger(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
    throw new TypeError(
      `${what} must be a positive whole number, got ${JSON.stringify(value) ?? String(value)}`,
    )
  }
  return value
}
