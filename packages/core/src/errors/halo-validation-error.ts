import type { HaloErrorKind } from './error-kind.js'
import { HaloError, type HaloErrorDetails } from './halo-error.js'

/** Messages by field path (`summary`, `[0].tickettype_id`), as Halo or the schema reported them. */
export type FieldErrors = Readonly<Record<string, readonly string[]>>

/**
 * Halo answered 400 (`source: 'halo'`), or, under `validate: 'strict'`, a response did not match
 * its entity schema (`source: 'schema'`).
 */
export class HaloValidationError extends HaloError {
  /** Field messages, when Halo sent them keyed by field (or the schema issues, by path). */
  readonly errors: FieldErrors | undefined
  readonly source: 'halo' | 'schema'

  constructor(
    message: string,
    details: HaloErrorDetails & {
      readonly errors?: FieldErrors | undefined
      readonly source?: 'halo' | 'schema'
    } = {},
  ) {
    super(message, details)
    this.errors = details.errors
    this.source = details.source ?? 'halo'
  }

  protected override kind(): HaloErrorKind {
    return 'validation'
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), errors: this.errors, source: this.source }
  }
}
