import { rmSync } from 'node:fs'
import { EXIT_CODES } from '../errors/exit-codes.js'

/**
 * What Ctrl-C does. By default it deletes every temporary file still registered (so no half-written
 * file survives) and exits 130 at once. A command that must finish a step first (an import sending a
 * chunk whose answer has to be recorded) calls `deferExit()`: the first Ctrl-C then only aborts
 * `signal`, the command stops at its next safe point and ends with exit 130 itself; a second Ctrl-C
 * exits at once.
 */
export class InterruptGuard {
  readonly #controller = new AbortController()
  readonly #temporaryFiles = new Set<string>()
  #deferred = false
  #installed: (() => void) | undefined

  /** Aborted on the first Ctrl-C. */
  get signal(): AbortSignal {
    return this.#controller.signal
  }

  /** Listens for SIGINT and SIGTERM on the process (only the `halo` binary does this). */
  install(write: (line: string) => void): void {
    const onSignal = (): void => {
      if (this.#deferred && !this.#controller.signal.aborted) {
        write('Stopping after the current step (Ctrl-C again to stop now)…')
        this.#controller.abort()
        return
      }
      this.#controller.abort()
      this.removeTemporaryFiles()
      write('Interrupted.')
      process.exit(EXIT_CODES.interrupted)
    }
    process.on('SIGINT', onSignal)
    process.on('SIGTERM', onSignal)
    // A crash or process.exit elsewhere must not leave temporary files behind either.
    const onExit = (): void => this.removeTemporaryFiles()
    process.on('exit', onExit)
    this.#installed = () => {
      process.off('SIGINT', onSignal)
      process.off('SIGTERM', onSignal)
      process.off('exit', onExit)
    }
  }

  uninstall(): void {
    this.#installed?.()
    this.#installed = undefined
  }

  /** Makes the first Ctrl-C a request to stop at the next safe point rather than an immediate exit. */
  deferExit(): void {
    this.#deferred = true
  }

  /** A file to delete if the run is interrupted or dies before it is renamed into place. */
  trackTemporaryFile(path: string): void {
    this.#temporaryFiles.add(path)
  }

  untrackTemporaryFile(path: string): void {
    this.#temporaryFiles.delete(path)
  }

  removeTemporaryFiles(): void {
    for (const path of this.#temporaryFiles) rmSync(path, { force: true })
    this.#temporaryFiles.clear()
  }
}
