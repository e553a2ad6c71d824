import type { HaloErrorKind } from './error-kind.js'
import { HaloError, type HaloErrorDetails } from './halo-error.js'

/** The token request was refused, or the API answered 401 after one refresh and replay. */
export class HaloAuthenticationError extends HaloError {
  /** The OAuth2 `error` code the authorisation server sent (`invalid_client`, `invalid_scope`, …). */
  readonly oauthError: string | undefined

  constructor(
    message: string,
    details: HaloErrorDetails & { readonly oauthError?: string | undefined } = {},
  ) {
    super(message, details)
    this.oauthError = details.oauthError
  }

  protected override kind(): HaloErrorKind {
    return 'authentication'
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), oauthError: this.oauthError }
  }
}
