import type { HaloErrorKind } from './error-kind.js'
import { HaloError } from './halo-error.js'

/** Halo answered 5xx and retries (where allowed) were spent. */
export class HaloServerError extends HaloError {
  protected override kind(): HaloErrorKind {
    return 'server'
  }
}
