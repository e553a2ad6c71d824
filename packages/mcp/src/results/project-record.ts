/** Halo's "no date" value, which reads as noise to a model. */
const NO_DATE = /^1900-01-01/

function isEmpty(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    value === '' ||
    (typeof value === 'string' && NO_DATE.test(value))
  )
}

/** A record as plain data (helper methods and prototypes gone). */
function plainData(record: unknown): Record<string, unknown> {
  return JSON.parse(JSON.stringify(record ?? {})) as Record<string, unknown>
}

/**
 * The compact view of a record: the `defaults` an agent usually needs plus any `fields` asked for
 * (`['*']` for all of them), leaving out empty values.
 */
export function projectRecord(
  record: unknown,
  defaults: readonly string[],
  fields?: readonly string[] | undefined,
): Record<string, unknown> {
  const data = plainData(record)
  if (fields?.includes('*')) return data
  const out: Record<string, unknown> = {}
  for (const key of [...defaults, ...(fields ?? [])]) {
    if (Object.hasOwn(data, key) && !isEmpty(data[key])) out[key] = data[key]
  }
  return out
}
