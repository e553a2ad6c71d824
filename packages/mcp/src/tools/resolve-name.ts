/** Turns "12" into 12 and leaves names alone. */
function asId(value: string | number): number | undefined {
  if (typeof value === 'number') return value
  return /^\d+$/.test(value.trim()) ? Number(value.trim()) : undefined
}

/**
 * The id for a value a tool was given: a number (or a numeric string) is the id already, anything else
 * is a name looked up through the library's cached name lookup (`statuses.idOf`, `agents.idOf`, …).
 */
export async function resolveId(
  value: string | number | undefined,
  lookup: (name: string) => Promise<number>,
): Promise<number | undefined> {
  if (value === undefined) return undefined
  return asId(value) ?? lookup(String(value).trim())
}
