import type { HaloClient } from '@halo/client'
import { confirm } from '@inquirer/prompts'
import type { Command } from 'commander'
import { usageError } from '../errors/cli-error.js'
import {
  type AtomicFileOptions,
  type AtomicFileWriter,
  createAtomicFileWriter,
} from '../files/atomic-file-writer.js'
import { describePlannedRequest, type PlannedRequest } from '../output/dry-run.js'
import { resolveOutputFormat } from '../output/output-format.js'
import { OutputWriter } from '../output/output-writer.js'
import type { GlobalOptions } from '../program/global-options.js'
import { createProgressBar, type ProgressBar, type ProgressBarOptions } from '../progress/progress-bar.js'
import { createProgressGroup, type ProgressGroup } from '../progress/progress-group.js'
import type { CliIo } from './cli-io.js'
import type { InterruptGuard } from './interrupt-guard.js'
import { resolveClient } from './resolve-client.js'

/**
 * What a command's action gets: the global flags, the output writer, and the shared pieces (the client
 * resolved from the flags and configuration, progress bars, atomic files, confirmation, dry runs).
 */
export class CommandContext {
  readonly globals: GlobalOptions
  readonly output: OutputWriter
  readonly io: CliIo
  readonly interrupt: InterruptGuard
  #client: Promise<HaloClient> | undefined

  constructor(command: Command, io: CliIo, interrupt: InterruptGuard) {
    this.globals = command.optsWithGlobals<GlobalOptions>()
    this.io = io
    this.interrupt = interrupt
    let format: ReturnType<typeof resolveOutputFormat>
    try {
      format = resolveOutputFormat(this.globals.output, io.stdout.isTTY === true)
    } catch (error) {
      throw usageError((error as Error).message)
    }
    this.output = new OutputWriter(format, io.stdout, io.stderr, this.globals.quiet === true)
  }

  /** `--dry-run` was given. */
  get dryRun(): boolean {
    return this.globals.dryRun === true
  }

  /** Aborted on Ctrl-C. */
  get signal(): AbortSignal {
    return this.io.signal
  }

  /** The client for the configured instance (built once, on first use). */
  client(): Promise<HaloClient> {
    this.#client ??= resolveClient(this.globals, this.io.env)
    return this.#client
  }

  /** A progress bar on stderr, shown only on a terminal and without `--quiet`. */
  progress(options: ProgressBarOptions): ProgressBar {
    return createProgressBar(this.io.stderr, this.globals.quiet === true, options)
  }

  /** Several progress bars drawn together, for work that runs side by side (same rules as `progress`). */
  progressGroup(): ProgressGroup {
    return createProgressGroup(this.io.stderr, this.globals.quiet === true)
  }

  /** A file written to a temporary name and renamed when complete; Ctrl-C deletes the temporary file. */
  atomicFile(path: string, options: Omit<AtomicFileOptions, 'interrupt'> = {}): AtomicFileWriter {
    return createAtomicFileWriter(path, { ...options, interrupt: this.interrupt })
  }

  /** Prints the request a write would send (`--dry-run`), secrets redacted. */
  printPlannedRequest(request: PlannedRequest | readonly PlannedRequest[]): void {
    const requests = Array.isArray(request) ? request : [request as PlannedRequest]
    const described = requests.map(describePlannedRequest)
    this.output.result(described.length === 1 ? described[0] : described)
  }

  /** Whether stdin and stderr are a terminal a person can answer on. */
  get interactive(): boolean {
    return this.io.stdin.isTTY === true && this.io.stderr.isTTY === true
  }

  /**
   * Asks before a destructive step. `--yes` answers yes; without a terminal to ask on, the step is
   * refused (exit 2) so a script never deletes by accident.
   */
  async confirm(question: string): Promise<boolean> {
    if (this.globals.yes === true) return true
    if (!this.interactive) {
      throw usageError(`${question} Refusing without a terminal to ask on: pass --yes to confirm.`)
    }
    return confirm(
      { message: question, default: false },
      { input: this.io.stdin, output: this.io.stderr, signal: this.signal },
    )
  }
}
