/**
 * The configuration cannot give a client: no profile of that name, a missing setting, or an unreadable
 * profile file. The message says what is missing and where each setting can come from; it never holds
 * a secret's value.
 */
export class HaloProfileError extends Error {
  override readonly name = 'HaloProfileError'
  /** The settings that are missing (`baseUrl`, `clientId`, `clientSecret`), if that is the problem. */
  readonly missing: readonly string[]
  /** The profile file consulted. */
  readonly path: string

  constructor(message: string, details: { readonly path: string; readonly missing?: readonly string[] }) {
    super(message)
    this.path = details.path
    this.missing = details.missing ?? []
  }
}

/** Whether `error` is a `HaloProfileError` (by name too, so it survives duplicate installs). */
export function isHaloProfileError(error: unknown): error is HaloProfileError {
  return error instanceof HaloProfileError || (error instanceof Error && error.name === 'HaloProfileError')
}
