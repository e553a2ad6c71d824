import { type GenericSchema, getDotPath, safeParse } from 'valibot'
import { HaloValidationError } from '../errors/halo-validation-error.js'
import type { HttpMethod } from '../operation/descriptor.js'
import type { EntitySchema, ValidationMode } from '../options/core-options.js'
import type { CompleteLogger } from '../redaction/redacting-logger.js'

/** Most issues a message or a log entry lists. */
const MAX_ISSUES = 10

export interface ResponseValidation {
  readonly mode: ValidationMode
  readonly schemas: Readonly<Record<string, EntitySchema>>
  readonly logger: CompleteLogger
}

interface Where {
  readonly entity: string
  readonly method: HttpMethod
  readonly url: string
  readonly status: number
}

function collectIssues(
  schema: EntitySchema,
  value: unknown,
  prefix: string,
  into: Record<string, string[]>,
): void {
  // Every entity schema is a valibot schema (EntitySchema is declared by its shape only to keep valibot's
  // declarations out of consumers' type-checks).
  const result = safeParse(schema as unknown as GenericSchema, value)
  if (result.success) return
  for (const issue of result.issues) {
    const path = getDotPath(issue)
    const key = path === null ? prefix || '(root)' : prefix === '' ? path : `${prefix}.${path}`
    const list = into[key] ?? []
    list.push(issue.message)
    into[key] = list
  }
}

/**
 * Checks response records against the entity's valibot schema (each element of an array).
 * `warn` logs what does not match and returns; `strict` throws `HaloValidationError` with
 * `source: 'schema'` (distinct from Halo's own 400, which has `source: 'halo'`). Entities without
 * a registered schema are not checked.
 */
export function validateRecords(records: unknown, where: Where, validation: ResponseValidation): void {
  if (validation.mode === 'off') return
  const schema = validation.schemas[where.entity]
  if (schema === undefined) return
  const issues: Record<string, string[]> = {}
  if (Array.isArray(records)) {
    for (const [index, record] of records.entries()) collectIssues(schema, record, `[${index}]`, issues)
  } else {
    collectIssues(schema, records, '', issues)
  }
  const paths = Object.keys(issues)
  if (paths.length === 0) return
  const listed = paths
    .slice(0, MAX_ISSUES)
    .map((path) => `${path}: ${(issues[path] ?? []).join(', ')}`)
    .join('; ')
  const more = paths.length > MAX_ISSUES ? ` (and ${paths.length - MAX_ISSUES} more)` : ''
  const summary = `The response of ${where.method} ${where.url} does not match the ${where.entity} schema: ${listed}${more}`
  if (validation.mode === 'warn') {
    validation.logger.warn(summary, { entity: where.entity, issues: paths.length })
    return
  }
  throw new HaloValidationError(
    `${summary}. Halo sent data the SDK's types do not describe; report it, or use validate: 'warn' to carry on.`,
    { status: where.status, method: where.method, url: where.url, errors: issues, source: 'schema' },
  )
}
