/**
 * The exit codes of `halo`, as scripts rely on them. 130 is the shell's convention for a run stopped by
 * Ctrl-C (128 + SIGINT).
 */
export const EXIT_CODES = {
  /** Everything asked for was done. */
  ok: 0,
  /** Halo answered with an error (or could not be reached), or the input data was refused. */
  haloError: 1,
  /** The command line is wrong: unknown command or flag, a missing or malformed argument. */
  usage: 2,
  /** Configuration or authentication: no profile, a missing setting, refused credentials. */
  configuration: 3,
  /** Stopped by Ctrl-C; nothing half-written was left. */
  interrupted: 130,
} as const

export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES]
