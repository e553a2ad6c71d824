import type { HaloErrorKind } from './error-kind.js'
import { HaloError } from './halo-error.js'

/** Halo answered 404: no record with that id, or no such path under `/api`. */
export class HaloResourceNotFound extends HaloError {
  protected override kind(): HaloErrorKind {
    return 'not_found'
  }
}
