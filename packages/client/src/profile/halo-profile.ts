/**
 * One named set of connection settings, as kept in the profile file. The names are those of
 * `HaloClientOptions`, so a profile spreads straight into `new HaloClient(profile)`.
 */
export interface HaloProfile {
  /** Instance root, with or without `/api` (`https://acme.halopsa.com`). */
  readonly baseUrl?: string | undefined
  readonly clientId?: string | undefined
  /** Kept only in the profile file (mode 0600); never printed. */
  readonly clientSecret?: string | undefined
  readonly tenant?: string | undefined
  readonly authUrl?: string | undefined
  readonly scope?: string | undefined
}

/** The whole profile file: `{ "defaultProfile": "work", "profiles": { "work": { … } } }`. */
export interface HaloProfileFile {
  /** The profile used when none is named (`--profile`, `HALO_PROFILE`); else `default`. */
  readonly defaultProfile?: string | undefined
  readonly profiles: Readonly<Record<string, HaloProfile>>
}

/** The profile fields, in the order they are written and reported. */
export const HALO_PROFILE_FIELDS = [
  'baseUrl',
  'clientId',
  'clientSecret',
  'tenant',
  'authUrl',
  'scope',
] as const

/** The profile name used when neither `--profile`, `HALO_PROFILE` nor the file names one. */
export const DEFAULT_PROFILE_NAME = 'default'
