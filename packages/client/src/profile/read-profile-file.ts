import { readFile } from 'node:fs/promises'
import type { HaloProfile, HaloProfileFile } from './halo-profile.js'
import { HALO_PROFILE_FIELDS } from './halo-profile.js'
import { HaloProfileError } from './halo-profile-error.js'

/**
 * Reads the profile file; a file that does not exist is an empty one. Unknown keys are dropped and
 * non-string values refused, so a hand-edited file fails with its path rather than deep inside a request.
 */
export async function readProfileFile(path: string): Promise<HaloProfileFile> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { profiles: {} }
    throw new HaloProfileError(`Cannot read the profile file ${path}: ${(error as Error).message}`, { path })
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    throw new HaloProfileError(
      `The profile file ${path} is not valid JSON. Fix it or run "halo login" again.`,
      {
        path,
      },
    )
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new HaloProfileError(`The profile file ${path} must hold a JSON object with "profiles".`, { path })
  }
  const record = data as Record<string, unknown>
  const profiles: Record<string, HaloProfile> = {}
  const rawProfiles = record.profiles ?? {}
  if (typeof rawProfiles !== 'object' || rawProfiles === null || Array.isArray(rawProfiles)) {
    throw new HaloProfileError(`"profiles" in ${path} must be an object of named profiles.`, { path })
  }
  for (const [name, raw] of Object.entries(rawProfiles as Record<string, unknown>)) {
    profiles[name] = toProfile(raw, name, path)
  }
  const defaultProfile = typeof record.defaultProfile === 'string' ? record.defaultProfile : undefined
  return defaultProfile === undefined ? { profiles } : { defaultProfile, profiles }
}

function toProfile(raw: unknown, name: string, path: string): HaloProfile {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new HaloProfileError(`Profile "${name}" in ${path} must be an object.`, { path })
  }
  const profile: Record<string, string> = {}
  for (const field of HALO_PROFILE_FIELDS) {
    const value = (raw as Record<string, unknown>)[field]
    if (value === undefined || value === null || value === '') continue
    if (typeof value !== 'string') {
      throw new HaloProfileError(`Profile "${name}" in ${path}: "${field}" must be a string.`, { path })
    }
    profile[field] = value
  }
  return profile
}
