import type { OperationDescriptor } from '@halo/core'

/** One line: `GET /Tickets/{id}`. */
export function operationLine(descriptor: OperationDescriptor): string {
  return `${descriptor.method} ${descriptor.path}`
}

/**
 * Help text for an operation, from its descriptor: method and path, tag, path parameters with their
 * types, the query parameters Halo documents, the body, and paging.
 */
export function describeOperation(descriptor: OperationDescriptor): string {
  const lines = [`${descriptor.name}: ${operationLine(descriptor)} (Halo tag ${descriptor.tag})`]
  const pathParams = Object.entries(descriptor.pathParams ?? {})
  if (pathParams.length > 0) {
    lines.push(
      `  path parameters (required): ${pathParams.map(([name, kind]) => `${name} (${kind})`).join(', ')}`,
    )
  }
  if (descriptor.queryParams && descriptor.queryParams.length > 0) {
    lines.push(`  query parameters: ${descriptor.queryParams.join(', ')}`)
  }
  if (descriptor.body !== undefined) {
    const shape =
      descriptor.body === 'json-array'
        ? 'a JSON array of records'
        : descriptor.body === 'multipart'
          ? 'multipart form data'
          : 'a JSON object'
    lines.push(`  body: ${shape}${descriptor.entity ? ` (${descriptor.entity})` : ''}, as "body" in --params`)
  }
  if (descriptor.paged) lines.push('  paged: every page is fetched (cap with --limit)')
  if (descriptor.entity && descriptor.body === undefined) lines.push(`  answers: ${descriptor.entity}`)
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
