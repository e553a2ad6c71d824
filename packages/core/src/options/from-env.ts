import type { HaloCoreOptions } from './core-options.js'

/** Environment variables read by `haloOptionsFromEnv`, by option. */
export const HALO_ENV_VARIABLES = {
  baseUrl: 'HALO_BASE_URL',
  clientId: 'HALO_CLIENT_ID',
  clientSecret: 'HALO_CLIENT_SECRET',
  tenant: 'HALO_TENANT',
  authUrl: 'HALO_AUTH_URL',
  scope: 'HALO_SCOPE',
} as const

const REQUIRED = ['baseUrl', 'clientId', 'clientSecret'] as const
const OPTIONAL = ['tenant', 'authUrl', 'scope'] as const

/** Environment variables by name, as `process.env` holds them. */
export type HaloEnvironment = Readonly<Record<string, string | undefined>>

function processEnv(): HaloEnvironment {
  // Read lazily and defensively: browsers and edge runtimes have no `process`.
  const process = (globalThis as { process?: { env?: HaloEnvironment | undefined } | undefined }).process
  return process?.env ?? {}
}

/**
 * Client-credentials options from `HALO_BASE_URL`, `HALO_CLIENT_ID`, `HALO_CLIENT_SECRET` and the
 * optional `HALO_TENANT`, `HALO_AUTH_URL`, `HALO_SCOPE`. Throws one error naming every missing
 * variable, so a deployment is fixed in one go. `overrides` are merged over what was read.
 */
export function haloOptionsFromEnv(
  env: HaloEnvironment = processEnv(),
  overrides: Partial<HaloCoreOptions> = {},
): HaloCoreOptions {
  const read = (name: string): string | undefined => {
    const value = env[name]?.trim()
    return value === undefined || value === '' ? undefined : value
  }
  const missing = REQUIRED.map((option) => HALO_ENV_VARIABLES[option]).filter(
    (name) => read(name) === undefined,
  )
  if (missing.length > 0) {
    const list = missing.join(', ')
    throw new TypeError(
      `Missing environment variable${missing.length > 1 ? 's' : ''}: ${list}. ` +
        'Set HALO_BASE_URL to the instance root (https://acme.halopsa.com) and HALO_CLIENT_ID / ' +
        'HALO_CLIENT_SECRET to a "Client ID and Secret (Services)" application from ' +
        'Configuration > Integrations > Halo API.',
    )
  }
  const options: Record<string, string> = {}
  for (const option of [...REQUIRED, ...OPTIONAL]) {
    const value = read(HALO_ENV_VARIABLES[option])
    if (value !== undefined) options[option] = value
  }
  return { ...(options as unknown as HaloCoreOptions), ...overrides }
}
