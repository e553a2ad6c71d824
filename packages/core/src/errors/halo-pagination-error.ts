import type { HaloErrorKind } from './error-kind.js'
import { HaloError, type HaloErrorDetails } from './halo-error.js'

/** Under `validate: 'strict'`, the records fetched disagree with Halo's `record_count`. */
export class HaloPaginationError extends HaloError {
  /** Halo's `record_count`. */
  readonly recordCount: number
  /** Records actually fetched. */
  readonly fetched: number

  constructor(
    message: string,
    details: HaloErrorDetails & { readonly recordCount: number; readonly fetched: number },
  ) {
    super(message, details)
    this.recordCount = details.recordCount
    this.fetched = details.fetched
  }

  protected override kind(): HaloErrorKind {
    return 'pagination'
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), recordCount: this.recordCount, fetched: this.fetched }
  }
}
