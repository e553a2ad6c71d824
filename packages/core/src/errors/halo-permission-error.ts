import type { HaloErrorKind } from './error-kind.js'
import { HaloError } from './halo-error.js'

/** Halo answered 403: the application's scopes or the agent it logs in as lack a permission. */
export class HaloPermissionError extends HaloError {
  protected override kind(): HaloErrorKind {
    return 'permission'
  }
}
