/**
 * The id of a record a helper method acts on. Records from Halo always carry one; a record built by
 * hand without it cannot be updated, deleted or refreshed, and saying so beats posting a new record.
 */
export function recordId(record: { readonly id?: number | null | undefined }, what: string): number {
  const id = record.id
  if (typeof id !== 'number' || !Number.isInteger(id) || id <= 0) {
    throw new TypeError(
      `${what}: the record has no id (got ${JSON.stringify(id)}); fetch it from Halo first.`,
    )
  }
  return id
}
