import { randomBytes } from 'node:crypto'
import { chmod, mkdir, open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { HaloEnvironment } from '@halo/core'
import { haloConfigPath } from './halo-config-path.js'
import { HALO_PROFILE_FIELDS, type HaloProfile, type HaloProfileFile } from './halo-profile.js'
import { readProfileFile } from './read-profile-file.js'

export interface SaveHaloProfileOptions {
  /** Environment variables (default `process.env`); only `HALO_CONFIG_DIR` is read. */
  readonly env?: HaloEnvironment | undefined
  /** Also make this the profile used when none is named. Default: only when the file has none yet. */
  readonly makeDefault?: boolean | undefined
}

/**
 * Saves (adds or replaces) a named profile and answers the file's path. The file is written whole to a
 * temporary name beside it with mode 0600 and renamed over the old one, so a crash never leaves a
 * half-written file and the secret is never readable by other users, even for a moment. The folder is
 * created with mode 0700. Nothing is logged.
 */
export async function saveHaloProfile(
  name: string,
  profile: HaloProfile,
  options: SaveHaloProfileOptions = {},
): Promise<string> {
  if (name.trim() === '' || name !== name.trim()) {
    throw new TypeError(
      `A profile name must be non-empty text without surrounding spaces, got ${JSON.stringify(name)}`,
    )
  }
  const path = haloConfigPath(options.env ?? process.env)
  const current = await readProfileFile(path)
  const clean: Record<string, string> = {}
  for (const field of HALO_PROFILE_FIELDS) {
    const value = profile[field]?.trim()
    if (value !== undefined && value !== '') clean[field] = value
  }
  const next: HaloProfileFile = {
    defaultProfile:
      options.makeDefault === true || current.defaultProfile === undefined ? name : current.defaultProfile,
    profiles: { ...current.profiles, [name]: clean },
  }
  await mkdir(dirname(path), { recursive: true, mode: 0o700 })
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  )
  const handle = await open(temporary, 'wx', 0o600)
  try {
    await handle.writeFile(`${JSON.stringify(next, null, 2)}\n`, 'utf8')
    await handle.sync()
    await handle.close()
    // The mode given to open() is reduced by the umask; 0600 is wanted whatever the umask is.
    await chmod(temporary, 0o600)
    await rename(temporary, path)
  } catch (error) {
    await handle.close().catch(() => undefined)
    await rm(temporary, { force: true })
    throw error
  }
  return path
}
