import type { Command } from 'commander'

/** The flags every `halo` command accepts (commander's camelCase names). */
export interface GlobalOptions {
  /** `--profile NAME`: the profile of the profile file to use. */
  readonly profile?: string | undefined
  /** `--base-url URL`: overrides the profile's and `HALO_BASE_URL`. */
  readonly baseUrl?: string | undefined
  /** `--output json|ndjson|csv|table`. */
  readonly output?: string | undefined
  /** `--quiet`: no messages or progress on stderr (errors still). */
  readonly quiet?: boolean | undefined
  /** `--dry-run`: writes print the request that would be sent and send nothing. */
  readonly dryRun?: boolean | undefined
  /** `--yes`: no confirmation before deletes. */
  readonly yes?: boolean | undefined
}

/** Declares the global flags on the root program; subcommands read them with `optsWithGlobals()`. */
export function addGlobalOptions(program: Command): Command {
  return program
    .option('--profile <name>', 'profile of the config file to use (default: HALO_PROFILE, then "default")')
    .option('--base-url <url>', 'Halo instance root, overriding the profile and HALO_BASE_URL')
    .option(
      '-o, --output <format>',
      'json, ndjson, csv or table (default: table on a terminal, json when piped)',
    )
    .option('-q, --quiet', 'no messages or progress bars on stderr')
    .option('--dry-run', 'print the request a write would send (method, path, body) and send nothing')
    .option('-y, --yes', 'do not ask for confirmation before deleting')
}
