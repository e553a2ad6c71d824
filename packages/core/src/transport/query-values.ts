import { withQuery } from 'ufo'

function wireValue(name: string, value: unknown): string {
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
 * Query parameters as Halo reads them, one string per name: booleans as `true`/`false`, dates as
 * ISO 8601, arrays comma-joined (Halo's "list of ids" filters), `undefined` and `null` left out.
 * `undefined` when nothing is left. Encoding is not done here: see `withHaloQuery`.
 */
export function haloQueryValues(
  query: Readonly<Record<string, unknown>> | undefined,
): Record<string, string> | undefined {
  if (query === undefined) return undefined
  let values: Record<string, string> | undefined
  for (const name in query) {
    if (!Object.hasOwn(query, name)) continue
    const value = query[name]
    if (value === undefined || value === null) continue
    values ??= {}
    values[name] = Array.isArray(value)
      ? value
          .filter((item) => item !== undefined && item !== null)
          .map((item) => wireValue(name, item))
          .join(',')
      : wireValue(name, value)
  }
  return values
}

/**
 * The URL with Halo's query values, encoded by ufo's `withQuery`: the function ofetch's own `query`
 * option runs. It is applied once, before the call, rather than per attempt inside ofetch, so that
 * hooks, logs, errors, the response cache and the wire all see one and the same URL.
 */
export function withHaloQuery(url: string, query: Readonly<Record<string, unknown>> | undefined): string {
  const values = haloQueryValues(query)
  if (values === undefined) return url
  try {
    return withQuery(url, values)
  } catch (error) {
    // ufo encodes with encodeURI, which throws on a lone UTF-16 surrogate (text cut in the middle
    // of an emoji). Such a character is sent as U+FFFD, as URLSearchParams would send it.
    if (!(error instanceof URIError)) throw error
    const wellFormed: Record<string, string> = {}
    for (const [name, value] of Object.entries(values))
      wellFormed[name] = value.replace(LONE_SURROGATE, '\uFFFD')
    return withQuery(url, wellFormed)
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
