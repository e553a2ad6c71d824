// @halo/cli: the `halo` command. The package's main entry lets programs run it in-process
// (`runHalo(['tickets', 'list'], io)`), and gives command modules their shared building blocks.
export { CliError, configurationError, interruptedError, usageError } from './errors/cli-error.js'
export { exitCodeForError } from './errors/exit-code-for-error.js'
export { EXIT_CODES, type ExitCode } from './errors/exit-codes.js'
export {
  type AtomicFileOptions,
  type AtomicFileWriter,
  createAtomicFileWriter,
  writeFileAtomic,
} from './files/atomic-file-writer.js'
export { OUTPUT_FORMATS, type OutputFormat } from './output/output-format.js'
export { OutputWriter } from './output/output-writer.js'
export type { CliRuntime, CommandModule } from './program/command-module.js'
export { createHaloProgram } from './program/create-halo-program.js'
export type { GlobalOptions } from './program/global-options.js'
export { runHalo } from './program/run-halo.js'
export type { ProgressBar, ProgressBarOptions } from './progress/progress-bar.js'
export type { CliIo, CliOutputStream } from './runtime/cli-io.js'
export { CommandContext } from './runtime/command-context.js'
export { InterruptGuard } from './runtime/interrupt-guard.js'
