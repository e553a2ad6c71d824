import { HaloValidationError } from '../errors/halo-validation-error.js'
import { isHaloValidationError } from '../errors/predicates.js'
import type { OperationDescriptor } from '../operation/descriptor.js'
import type { EntitySchemaLoader, EntitySchemas } from '../options/core-options.js'
import type { ResolvedOptions } from '../options/resolve-options.js'
import type { CompleteLogger } from '../redaction/redacting-logger.js'
import type { Redactor } from '../redaction/redactor.js'
import { validateRecords } from '../validation/validate-response.js'

/** Validates the records of one response against its entity's schema (nothing when validation is off). */
export type ValidateResponse = (
  operation: OperationDescriptor,
  records: unknown,
  status: number,
  url: string,
) => Promise<void>

/**
 * Response validation for one client. Schemas given as a loader are loaded once, the first time a
 * response must be validated; until then (and with validation off, ever) nothing of them is imported.
 */
export function createResponseValidator(
  resolved: ResolvedOptions,
  redactor: Redactor,
  logger: CompleteLogger,
): ValidateResponse {
  let loadedSchemas: EntitySchemas | undefined =
    typeof resolved.schemas === 'function' ? undefined : resolved.schemas
  let loadingSchemas: Promise<EntitySchemas> | undefined
  const schemas = (): EntitySchemas | Promise<EntitySchemas> => {
    if (loadedSchemas !== undefined) return loadedSchemas
    const load = resolved.schemas as EntitySchemaLoader
    loadingSchemas ??= Promise.resolve()
      .then(load)
      .then(
        (loaded) => {
          if (typeof loaded !== 'object' || loaded === null)
            throw new TypeError(
              'the schemas loader must resolve to a record of valibot schemas by entity name',
            )
          loadedSchemas = loaded
          return loaded
        },
        (error: unknown) => {
          // Not kept: the next validation tries again.
          loadingSchemas = undefined
          throw error
        },
      )
    return loadingSchemas
  }

  return async (operation, records, status, url) => {
    if (operation.entity === undefined || resolved.validate === 'off') return
    let available: EntitySchemas
    try {
      const pending = schemas()
      available = pending instanceof Promise ? await pending : pending
    } catch (error) {
      if (resolved.validate === 'warn') {
        logger.warn('The response schemas could not be loaded; this response was not validated', { error })
        return
      }
      throw new HaloValidationError(
        `The response of ${operation.method} ${redactor.redactString(url)} could not be validated: the schemas failed to load (${redactor.redactString(error instanceof Error ? error.message : String(error))}).`,
        { status, method: operation.method, url: redactor.redactString(url), source: 'schema' },
      )
    }
    try {
      validateRecords(
        records,
        { entity: operation.entity, method: operation.method, url, status },
        { mode: resolved.validate, schemas: available, logger },
      )
    } catch (error) {
      // Schema issues quote the values received, and a hostile server may echo a secret into them.
      if (!isHaloValidationError(error)) throw error
      throw new HaloValidationError(redactor.redactString(error.message), {
        status: error.status,
        method: error.method,
        url: error.url,
        errors: redactor.redactValue(error.errors),
        source: error.source,
      })
    }
  }
}
