import type { OperationDescriptor, OperationParams, PathParamKind } from '../operation/descriptor.js'

const PLACEHOLDER = /\{([^}]+)\}/
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

/** An operation's path split around its `{name}` placeholders: literals[0] name[0] literals[1] … */
interface PathTemplate {
  readonly literals: readonly string[]
  readonly names: readonly string[]
}

// Descriptors are module constants, so each path is split once rather than on every call.
const templates = new WeakMap<OperationDescriptor, PathTemplate>()

function templateOf(operation: OperationDescriptor): PathTemplate {
  let template = templates.get(operation)
  if (template === undefined) {
    const parts = operation.path.split(PLACEHOLDER)
    template = {
      literals: parts.filter((_part, index) => index % 2 === 0),
      names: parts.filter((_part, index) => index % 2 === 1),
    }
    templates.set(operation, template)
  }
  return template
}

/**
 * Fills `{name}` placeholders from params, validating each by its kind, and answers the params
 * that are left (query parameters and the body).
 */
export function buildOperationPath(
  operation: OperationDescriptor,
  params: OperationParams,
): { readonly path: string; readonly rest: Record<string, unknown> } {
  const { literals, names } = templateOf(operation)
  let path = literals[0] ?? ''
  for (let index = 0; index < names.length; index++) {
    const name = names[index] as string
    const value = params[name]
    if (value === undefined || value === null) {
      throw new TypeError(
        `${operation.name}: missing path parameter ${name} (${operation.method} ${operation.path})`,
      )
    }
    path += encodePathParam(operation.name, name, operation.pathParams?.[name] ?? 'string', value)
    path += literals[index + 1] ?? ''
  }
  // Copied without the path parameters (rather than copied whole and then deleted from, which
  // turns the object into a slow dictionary).
  const rest: Record<string, unknown> = {}
  for (const key in params) {
    if (Object.hasOwn(params, key) && !names.includes(key)) rest[key] = params[key]
  }
  return { path, rest }
}

/**
 * Checks a raw path (`'/Tickets/5'`) so the bearer token can only go to this instance's API:
 * no absolute URLs, no protocol-relative `//host`, no `..` segments.
 */
export function checkRawPath(path: string): string {
  if (typeof path !== 'string' || path === '')
    throw new TypeError('A path relative to /api is required, e.g. /Tickets')
  // The URL parser drops tabs, CRs and LFs, so '/.\r./Users' would become '/../Users' and leave
  // /api with the bearer token; other control characters have no business in a path either.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[\u0000-\u001f\u007f]/.test(path)) {
    throw new TypeError(
      `Path ${JSON.stringify(path)} contains a control character (tab, CR, LF or another); remove it, or percent-encode it in a query value`,
    )
  }
  const api = /^\/?api(?=[/?#]|$)/i.exec(path)
  if (api !== null) {
    const rest = path.slice(api[0].length)
    const suggestion = rest === '' || rest.startsWith('/') ? rest || '/' : `/${rest}`
    throw new TypeError(
      `Paths are relative to /api (the client adds it): pass '${suggestion}' rather than ${JSON.stringify(path)}, which would request /api/api…`,
    )
  }
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
