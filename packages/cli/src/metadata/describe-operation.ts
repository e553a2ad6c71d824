import { type CatalogOperation, type CatalogParameter, catalogOperation } from '@halo/client/catalog'
import type { OperationDescriptor } from '@halo/core'

/** One line: `GET /Tickets/{id}`. */
export function operationLine(descriptor: OperationDescriptor): string {
  return `${descriptor.method} ${descriptor.path}`
}

/** How a command takes each kind of parameter: `halo ops call` takes all in `--params`, `list` takes `--filter`. */
export interface ParameterRoutes {
  readonly path: (parameter: CatalogParameter) => string
  readonly query: (parameter: CatalogParameter) => string
  readonly body: string
}

/** `halo ops call`: every parameter by wire name in `--params`, the body as its `body`. */
export const OPS_CALL_ROUTES: ParameterRoutes = {
  path: (p) => `path, required: "${p.name}" in --params`,
  query: (p) => `query: "${p.name}" in --params`,
  body: '"body" in --params',
}

const BODY_SHAPES = {
  json: 'a JSON object',
  'json-array': 'a JSON array of records',
  multipart: 'multipart form data',
} as const

function parameterTable(parameters: readonly CatalogParameter[], routes: ParameterRoutes): string[] {
  const nameWidth = Math.max(...parameters.map((p) => p.name.length))
  const typeWidth = Math.max(...parameters.map((p) => p.type.length))
  return parameters.map((p) => {
    const where = p.in === 'path' ? routes.path(p) : routes.query(p)
    const text = `    ${p.name.padEnd(nameWidth)}  ${p.type.padEnd(typeWidth)}  ${where}`
    return p.description === '' ? text : `${text} — ${p.description}`
  })
}

/**
 * Help text for an operation, from the library's operation catalog: method and path, Halo's summary
 * and description, every parameter with its type and where it goes, the body, and paging.
 */
export function describeOperation(
  descriptor: OperationDescriptor,
  routes: ParameterRoutes = OPS_CALL_ROUTES,
): string {
  const operation: CatalogOperation | undefined = catalogOperation(descriptor.name)
  const lines = [`${descriptor.name}: ${operationLine(descriptor)} (Halo tag ${descriptor.tag})`]
  for (const text of [operation?.summary, operation?.description]) if (text) lines.push(`  ${text}`)
  const parameters = operation?.parameters ?? []
  if (parameters.length > 0) {
    lines.push('  parameters:', ...parameterTable(parameters, routes))
  }
  const body = operation?.body
  if (body !== undefined) {
    lines.push(
      `  body: ${BODY_SHAPES[body.kind]}${body.entity ? ` (${body.entity})` : ''}, as ${routes.body}`,
    )
  }
  if (descriptor.paged) lines.push('  paged: every page is fetched (cap with --limit)')
  if (descriptor.entity && body === undefined) lines.push(`  answers: ${descriptor.entity}`)
  return `${lines.join('\n')}\n`
}

/**
 * The request an operation would send for `params`, for `--dry-run`: path parameters substituted,
 * the other parameters as the query, `body` as the body.
 */
export function plannedOperationRequest(
  descriptor: OperationDescriptor,
  params: Readonly<Record<string, unknown>>,
): { method: string; path: string; query: Record<string, unknown>; body: unknown } {
  const query: Record<string, unknown> = {}
  let path = descriptor.path
  for (const [key, value] of Object.entries(params)) {
    if (key === 'body') continue
    if (descriptor.pathParams && key in descriptor.pathParams) {
      path = path.replace(`{${key}}`, encodeURIComponent(String(value)))
    } else query[key] = value
  }
  return { method: descriptor.method, path, query, body: params.body }
}
