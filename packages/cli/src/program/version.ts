declare const __HALO_CLI_VERSION__: string | undefined

/** The package version, written into the bundle at build time. */
export const CLI_VERSION: string =
  typeof __HALO_CLI_VERSION__ === 'string' ? __HALO_CLI_VERSION__ : '0.0.0-dev'
