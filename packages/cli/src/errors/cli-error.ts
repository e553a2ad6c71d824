import { EXIT_CODES, type ExitCode } from './exit-codes.js'

/**
 * An error a command raises on purpose, carrying the exit code `halo` ends with. Its message is printed
 * as the one line of the failure, so it says what to check; it must never hold a secret.
 */
export class CliError extends Error {
  override readonly name = 'CliError'
  readonly exitCode: ExitCode

  constructor(message: string, exitCode: ExitCode = EXIT_CODES.haloError, options?: { cause?: unknown }) {
    super(message, options)
    this.exitCode = exitCode
  }
}

/** The command line is wrong (exit 2). */
export function usageError(message: string): CliError {
  return new CliError(message, EXIT_CODES.usage)
}

/** Configuration or credentials are missing or refused (exit 3). */
export function configurationError(message: string, cause?: unknown): CliError {
  return new CliError(message, EXIT_CODES.configuration, cause === undefined ? undefined : { cause })
}

/** The run was stopped by Ctrl-C (exit 130). */
export function interruptedError(): CliError {
  return new CliError('Interrupted.', EXIT_CODES.interrupted)
}
