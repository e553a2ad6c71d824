import type { HaloErrorKind } from './error-kind.js'
import { HaloError } from './halo-error.js'

/** An attempt took longer than `timeoutMs` (headers and body) and retries were spent or not allowed. */
export class HaloTimeoutError extends HaloError {
  protected override kind(): HaloErrorKind {
    return 'timeout'
  }
}
