// @halo/client/profile: named connection profiles kept in the platform's configuration folder
// (Node only: it reads and writes files). Used by the `halo` command; usable by any Node program.
export { HALO_CONFIG_DIR_VARIABLE, HALO_CONFIG_FILE_NAME, haloConfigPath } from './halo-config-path.js'
export {
  DEFAULT_PROFILE_NAME,
  HALO_PROFILE_FIELDS,
  type HaloProfile,
  type HaloProfileFile,
} from './halo-profile.js'
export { HaloProfileError, isHaloProfileError } from './halo-profile-error.js'
export { HALO_PROFILE_VARIABLE, type LoadHaloProfileOptions, loadHaloProfile } from './load-halo-profile.js'
export { readProfileFile } from './read-profile-file.js'
export { type SaveHaloProfileOptions, saveHaloProfile } from './save-halo-profile.js'
