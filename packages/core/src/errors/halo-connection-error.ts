import type { HaloErrorKind } from './error-kind.js'
import { HaloError } from './halo-error.js'

/** The request never got an answer: DNS, TLS, refused or reset connection. */
export class HaloConnectionError extends HaloError {
  protected override kind(): HaloErrorKind {
    return 'connection'
  }
}
