function serializeValue(name: string, value: unknown): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new TypeError(`Query parameter ${name} is an invalid Date`)
    return value.toISOString()
  }
  switch (typeof value) {
    case 'string':
      return value
    case 'boolean':
      return value ? 'true' : 'false'
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`Query parameter ${name} must be a finite number`)
      return String(value)
    case 'bigint':
      return value.toString()
    default:
      throw new TypeError(
        `Query parameter ${name} must be a string, number, boolean, Date or an array of them; got ${typeof value}`,
      )
  }
}

/**
 * Query parameters by their wire names: booleans as `true`/`false`, dates as ISO 8601, arrays
 * comma-joined (Halo's "list of ids" filters), `undefined` and `null` left out.
 */
export function serializeQuery(query: Readonly<Record<string, unknown>> | undefined): string {
  if (query === undefined) return ''
  let search: URLSearchParams | undefined
  for (const name in query) {
    if (!Object.hasOwn(query, name)) continue
    const value = query[name]
    if (value === undefined || value === null) continue
    search ??= new URLSearchParams()
    if (Array.isArray(value)) {
      const items = value.filter((item) => item !== undefined && item !== null)
      search.append(name, items.map((item) => serializeValue(name, item)).join(','))
    } else {
      search.append(name, serializeValue(name, value))
    }
  }
  return search === undefined ? '' : search.toString()
}

/** Joins a base, a path and a query string. */
export function joinUrl(base: string, path: string, query: string): string {
  const url = `${base}${path}`
  if (query === '') return url
  return `${url}${url.includes('?') ? '&' : '?'}${query}`
}
