import { CliError } from '../errors/cli-error.js'
import { EXIT_CODES } from '../errors/exit-codes.js'

/** Packages some commands need that are installed separately, with the command that needs each. */
export const OPTIONAL_PACKAGES = {
  '@halo/mcp': 'halo mcp',
  '@halo/sync': 'halo sync',
  '@halo/webhooks': 'halo webhooks',
} as const

export type OptionalPackageName = keyof typeof OPTIONAL_PACKAGES

function isMissing(error: unknown, name: string): boolean {
  const code = (error as { code?: unknown } | null)?.code
  const message = error instanceof Error ? error.message : ''
  return (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && message.includes(name)
}

/**
 * Imports an optional companion package (`@halo/mcp`, `@halo/sync`, `@halo/webhooks`). When it is not
 * installed, fails with exit 3 and the command that installs it, rather than a stack trace.
 * `importer` defaults to a dynamic `import()`; tests pass their own.
 */
export async function loadOptionalPackage<T>(
  name: OptionalPackageName,
  importer: (name: string) => Promise<unknown> = (specifier) => import(specifier),
): Promise<T> {
  try {
    return (await importer(name)) as T
  } catch (error) {
    if (!isMissing(error, name)) throw error
    throw new CliError(
      `"${OPTIONAL_PACKAGES[name]}" needs ${name}, which is not installed. Install it beside @halo/cli: npm install -g ${name} (or npm install ${name} in this project).`,
      EXIT_CODES.configuration,
      { cause: error },
    )
  }
}
