import type { HaloErrorKind } from './error-kind.js'
import { HaloError } from './halo-error.js'

/** Halo answered with a body the client cannot read as what was asked: an HTML page, or JSON that does not parse. */
export class HaloUnexpectedResponseError extends HaloError {
  protected override kind(): HaloErrorKind {
    return 'unexpected_response'
  }
}
