import { CommanderError } from 'commander'
import { describeError } from '../errors/describe-error.js'
import { exitCodeForError } from '../errors/exit-code-for-error.js'
import type { CliIo } from '../runtime/cli-io.js'
import { InterruptGuard } from '../runtime/interrupt-guard.js'
import { createCliRuntime } from './command-module.js'
import { createHaloProgram } from './create-halo-program.js'

/** Whether the arguments ask for JSON output, read before (or without) a successful parse. */
function wantsJson(argv: readonly string[]): boolean {
  return argv.some(
    (arg, index) =>
      arg === '--output=json' ||
      arg === '-ojson' ||
      ((arg === '--output' || arg === '-o') && argv[index + 1] === 'json'),
  )
}

/**
 * Runs `halo` with `argv` (the arguments after the program name) and answers the exit code. Failures
 * are printed as one line on stderr (as JSON with `--output json`); commander prints its own usage
 * errors. Never calls `process.exit`.
 */
export async function runHalo(
  argv: readonly string[],
  io: CliIo,
  interrupt: InterruptGuard = new InterruptGuard(),
): Promise<number> {
  const program = createHaloProgram(createCliRuntime(io, interrupt))
  try {
    await program.parseAsync([...argv], { from: 'user' })
    return 0
  } catch (error) {
    if (!(error instanceof CommanderError)) {
      const { line, report } = describeError(error)
      io.stderr.write(wantsJson(argv) ? `${JSON.stringify(report)}\n` : `halo: ${line}\n`)
    }
    return exitCodeForError(error)
  } finally {
    interrupt.removeTemporaryFiles()
  }
}
