import { isHaloProfileError } from '@halo/client/profile'
import { isHaloAuthenticationError, isHaloError } from '@halo/core'
import { CommanderError } from 'commander'
import { CliError } from './cli-error.js'
import { EXIT_CODES, type ExitCode } from './exit-codes.js'

/**
 * The exit code for an error that ended a command: refused credentials and configuration problems are
 * 3, command-line mistakes 2, anything Halo answered (or a failure to reach it) 1.
 */
export function exitCodeForError(error: unknown): ExitCode {
  if (error instanceof CliError) return error.exitCode
  if (error instanceof CommanderError) {
    return error.code === 'commander.helpDisplayed' || error.code === 'commander.version'
      ? EXIT_CODES.ok
      : EXIT_CODES.usage
  }
  if (isHaloProfileError(error) || isHaloAuthenticationError(error)) return EXIT_CODES.configuration
  if (error instanceof Error && error.name === 'AbortError') return EXIT_CODES.interrupted
  if (isHaloError(error)) return EXIT_CODES.haloError
  // The library throws these for the caller's own input (a path id that is not a number, a bad
  // option value) before anything is sent: on the command line, that is a usage mistake.
  if (error instanceof TypeError || error instanceof RangeError) return EXIT_CODES.usage
  return EXIT_CODES.haloError
}
