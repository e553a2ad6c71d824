import type { OperationDescriptor, OperationParams, PathParamKind } from '../operation/descriptor.js'

const PLACEHOLDER = /\{([^}]+)\}/g
const DOT_SEGMENT = /(^|[/\\])\.\.?([/\\]|$)/

function encodePathParam(operation: string, name: string, kind: PathParamKind, value: unknown): string {
  if (kind === 'integer') {
    const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value
    if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 0) {
      throw new TypeError(
        `${operation}: path parameter ${name} must be a whole number ≥ 0, got ${JSON.stringify(String(value))}`,
      )
    }
    return String(number)
  }
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw new TypeError(
      `${operation}: path parameter ${name} must be a string or number, got ${typeof value}`,
    )
  }
  const text = String(value)
  // Encoding alone is not enough: some servers decode %2F before routing, so `..` never goes out.
  if (text === '' || DOT_SEGMENT.test(text)) {
    throw new TypeError(`${operation}: path parameter ${name} must not be empty or a '.'/'..' segment`)
  }
  return encodeURIComponent(text)
}

/**
 * Fills `{name}` placeholders from params, validating each by its kind, and answers the params
 * that are left (query parameters and the body).
 */
export function buildOperationPath(
  operation: OperationDescriptor,
  params: OperationParams,
): { readonly path: string; readonly rest: Record<string, unknown> } {
  const rest: Record<string, unknown> = { ...params }
  // Most operations' paths have no placeholder left to fill once the first is: skip the regex.
  if (!operation.path.includes('{')) return { path: operation.path, rest }
  const path = operation.path.replace(PLACEHOLDER, (_match, name: string) => {
    const value = params[name]
    if (value === undefined || value === null) {
      throw new TypeError(
        `${operation.name}: missing path parameter ${name} (${operation.method} ${operation.path})`,
      )
    }
    delete rest[name]
    return encodePathParam(operation.name, name, operation.pathParams?.[name] ?? 'string', value)
  })
  return { path, rest }
}

/**
 * Checks a raw path (`'/Tickets/5'`) so the bearer token can only go to this instance's API:
 * no absolute URLs, no protocol-relative `//host`, no `..` segments.
 */
export function checkRawPath(path: string): string {
  if (typeof path !== 'string' || path === '')
    throw new TypeError('A path relative to /api is required, e.g. /Tickets')
  if (/^[a-z][a-z\d+.-]*:/i.test(path) || path.startsWith('//') || path.startsWith('\\')) {
    throw new TypeError(
      `Paths are relative to /api (e.g. '/Tickets/5'); got an absolute URL ${JSON.stringify(path)}`,
    )
  }
  const pathOnly = path.split(/[?#]/, 1)[0] ?? ''
  let decoded = pathOnly
  try {
    decoded = decodeURIComponent(pathOnly)
  } catch {
    throw new TypeError(`Path ${JSON.stringify(path)} is not validly percent-encoded`)
  }
  if (DOT_SEGMENT.test(pathOnly) || DOT_SEGMENT.test(decoded)) {
    throw new TypeError(`Path ${JSON.stringify(path)} must not contain '.' or '..' segments`)
  }
  return path.startsWith('/') ? path : `/${path}`
}
