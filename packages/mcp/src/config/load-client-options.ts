import { loadHaloProfile } from '@halo/client/profile'
import type { HaloCoreOptions, HaloEnvironment } from '@halo/core'

/** Options of {@link loadClientOptions}. */
export interface LoadClientOptionsInput {
  /** A profile saved by `halo login`; default `HALO_PROFILE`, then the profile file's default. */
  readonly profile?: string | undefined
  readonly env: HaloEnvironment
}

/** The client settings, and where they came from for the start-up line (never the settings themselves). */
export interface LoadedClientOptions {
  readonly options: HaloCoreOptions
  readonly source: string
}

const VARIABLES = ['HALO_BASE_URL', 'HALO_CLIENT_ID', 'HALO_CLIENT_SECRET'] as const

/**
 * Client settings the way the `halo` command finds them (`loadHaloProfile`): a named profile from the
 * profile file, with the variables `HaloClient.fromEnv` reads (`HALO_BASE_URL`, …) overriding it field by
 * field; with no profile file, the variables alone. Throws the library's error naming what is missing.
 */
export async function loadClientOptions(input: LoadClientOptionsInput): Promise<LoadedClientOptions> {
  const options = await loadHaloProfile({ profile: input.profile, env: input.env })
  const fromVariables = VARIABLES.every((name) => (input.env[name] ?? '').trim() !== '')
  const profile = input.profile ?? input.env.HALO_PROFILE
  const source = fromVariables ? 'environment' : `profile ${profile ?? '(default)'}`
  return { options, source }
}
