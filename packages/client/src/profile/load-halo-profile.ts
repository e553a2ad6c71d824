import type { HaloCoreOptions as HaloClientOptions, HaloEnvironment } from '@halo/core'
import { HALO_ENV_VARIABLES } from '@halo/core'
import { haloConfigPath } from './halo-config-path.js'
import { DEFAULT_PROFILE_NAME, HALO_PROFILE_FIELDS, type HaloProfile } from './halo-profile.js'
import { HaloProfileError } from './halo-profile-error.js'
import { readProfileFile } from './read-profile-file.js'

/** The variable naming the profile used when `profile` is not given. */
export const HALO_PROFILE_VARIABLE = 'HALO_PROFILE'

export interface LoadHaloProfileOptions {
  /** Profile name; default `HALO_PROFILE`, then the file's `defaultProfile`, then `default`. */
  readonly profile?: string | undefined
  /** Environment variables (default `process.env`): `HALO_*` settings override the profile's. */
  readonly env?: HaloEnvironment | undefined
}

const REQUIRED = ['baseUrl', 'clientId', 'clientSecret'] as const

/**
 * Client options from a named profile of the profile file, with the variables `HaloClient.fromEnv`
 * reads (`HALO_BASE_URL`, `HALO_CLIENT_ID`, …) taking precedence field by field. With no profile file
 * at all, the variables alone are enough. Throws a `HaloProfileError` naming the profile asked for when
 * it does not exist, and every missing setting with the variable and the command that would supply it.
 *
 * @example
 * ```ts
 * import { HaloClient } from '@halo/client'
 * import { loadHaloProfile } from '@halo/client/profile'
 *
 * const halo = new HaloClient(await loadHaloProfile({ profile: 'work' }))
 * ```
 */
export async function loadHaloProfile(options: LoadHaloProfileOptions = {}): Promise<HaloClientOptions> {
  const env = options.env ?? process.env
  const path = haloConfigPath(env)
  const file = await readProfileFile(path)
  const named = nonEmpty(options.profile) ?? nonEmpty(env[HALO_PROFILE_VARIABLE])
  const name = named ?? file.defaultProfile ?? DEFAULT_PROFILE_NAME
  const stored = file.profiles[name]
  if (named !== undefined && stored === undefined) {
    const known = Object.keys(file.profiles)
    throw new HaloProfileError(
      `No profile "${name}" in ${path}` +
        (known.length > 0 ? ` (profiles: ${known.join(', ')})` : ' (the file has no profiles)') +
        `. Create it with "halo login --profile ${name}".`,
      { path },
    )
  }
  const merged: Record<string, string> = {}
  for (const field of HALO_PROFILE_FIELDS) {
    const value =
      nonEmpty(env[HALO_ENV_VARIABLES[field]]) ?? nonEmpty((stored as HaloProfile | undefined)?.[field])
    if (value !== undefined) merged[field] = value
  }
  const missing = REQUIRED.filter((field) => merged[field] === undefined)
  if (missing.length > 0) {
    const list = missing.map((field) => `${field} (${HALO_ENV_VARIABLES[field]})`).join(', ')
    const where = stored === undefined ? `no profile "${name}" in ${path}` : `profile "${name}" in ${path}`
    throw new HaloProfileError(
      `Missing ${list}: ${where} and the environment do not set ${missing.length > 1 ? 'them' : 'it'}. ` +
        `Run "halo login${name === DEFAULT_PROFILE_NAME ? '' : ` --profile ${name}`}" or set the variable${missing.length > 1 ? 's' : ''}.`,
      { path, missing },
    )
  }
  return merged as unknown as HaloClientOptions
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim()
  return trimmed === undefined || trimmed === '' ? undefined : trimmed
}
