import { HaloClient, type HaloClientOptions } from '@halo/client'
import { loadHaloProfile } from '@halo/client/profile'
import { configurationError } from '../errors/cli-error.js'
import type { GlobalOptions } from '../program/global-options.js'

/**
 * Client options from the global flags: `--base-url`, then the `HALO_*` variables, then the profile
 * named by `--profile` (or `HALO_PROFILE`, or the file's default). Throws `HaloProfileError` (exit 3)
 * naming what is missing.
 */
export function resolveClientOptions(
  globals: GlobalOptions,
  env: Readonly<Record<string, string | undefined>>,
): Promise<HaloClientOptions> {
  const effectiveEnv = globals.baseUrl === undefined ? env : { ...env, HALO_BASE_URL: globals.baseUrl }
  return loadHaloProfile({ profile: globals.profile, env: effectiveEnv })
}

/** A `HaloClient` built from the global flags and configuration (see `resolveClientOptions`). */
export async function resolveClient(
  globals: GlobalOptions,
  env: Readonly<Record<string, string | undefined>>,
): Promise<HaloClient> {
  const options = await resolveClientOptions(globals, env)
  try {
    return new HaloClient(options)
  } catch (error) {
    // The constructor refuses malformed settings (a base URL that is not a URL, plain http off loopback).
    throw configurationError(
      `The configuration is not usable: ${error instanceof Error ? error.message : String(error)}`,
      error,
    )
  }
}
