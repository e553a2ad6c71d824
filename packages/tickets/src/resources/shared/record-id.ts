/** Checks an id argument before it goes into a URL path. */
export function checkPositiveInteger(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
    throw new TypeError(
      `${what} must be a positive whole number, got ${JSON.stringify(value) ?? String(value)}`,
    )
  }
  return value
}
