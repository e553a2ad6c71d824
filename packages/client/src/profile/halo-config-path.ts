import { join } from 'node:path'
import type { HaloEnvironment } from '@halo/core'
import envPaths from 'env-paths'

/** The variable that replaces the platform's configuration folder (tests, containers, CI). */
export const HALO_CONFIG_DIR_VARIABLE = 'HALO_CONFIG_DIR'

/** The profile file's name inside the configuration folder. */
export const HALO_CONFIG_FILE_NAME = 'config.json'

/**
 * Where profiles are kept: `config.json` in the platform's configuration folder for `halo`
 * (`~/.config/halo` on Linux, `~/Library/Preferences/halo` on macOS, `%APPDATA%\halo\Config` on
 * Windows, as `env-paths` knows them), or in `HALO_CONFIG_DIR` when it is set.
 */
export function haloConfigPath(env: HaloEnvironment = process.env): string {
  const override = env[HALO_CONFIG_DIR_VARIABLE]?.trim()
  const folder =
    override !== undefined && override !== '' ? override : envPaths('halo', { suffix: '' }).config
  return join(folder, HALO_CONFIG_FILE_NAME)
}
