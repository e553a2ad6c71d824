import { randomBytes } from 'node:crypto'
import { rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { InterruptGuard } from '../runtime/interrupt-guard.js'
import { openFileAppender } from './file-appender.js'

/**
 * A file written under a temporary name beside its destination and renamed into place only when
 * complete: readers never see half a file, and Ctrl-C (or a crash) leaves only the old file, if any.
 */
export interface AtomicFileWriter {
  /** The final path. */
  readonly path: string
  /** The temporary path being written. */
  readonly temporaryPath: string
  /** Appends text or bytes, waiting when the disk is slower than the producer. */
  write(chunk: string | Uint8Array): Promise<void>
  /** Flushes, closes and renames the file into place. */
  commit(): Promise<void>
  /** Closes and deletes the temporary file. */
  abort(): Promise<void>
}

export interface AtomicFileOptions {
  /** File mode of the new file (default 0o644; 0o600 for anything holding a secret). */
  readonly mode?: number | undefined
  /** Registers the temporary file so Ctrl-C deletes it. */
  readonly interrupt?: InterruptGuard | undefined
}

/** Opens a temporary file beside `path` for an atomic write. */
export function createAtomicFileWriter(path: string, options: AtomicFileOptions = {}): AtomicFileWriter {
  const temporaryPath = temporaryPathBeside(path)
  options.interrupt?.trackTemporaryFile(temporaryPath)
  const file = openFileAppender(temporaryPath, options.mode ?? 0o644)
  return {
    path,
    temporaryPath,
    write: (chunk) => file.write(chunk),
    async commit() {
      await file.close()
      await rename(temporaryPath, path)
      options.interrupt?.untrackTemporaryFile(temporaryPath)
    },
    async abort() {
      await file.close().catch(() => undefined)
      await rm(temporaryPath, { force: true })
      options.interrupt?.untrackTemporaryFile(temporaryPath)
    },
  }
}

/**
 * A hidden name beside `path`, unique to this process and call (`.<name>.<pid>.<random><suffix>`), so
 * the final rename stays on one file system and a leftover is easy to recognise.
 */
export function temporaryPathBeside(path: string, suffix = '.tmp'): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}${suffix}`)
}

/** Writes a whole file atomically (temporary name, then rename). */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: AtomicFileOptions = {},
): Promise<void> {
  const writer = createAtomicFileWriter(path, options)
  try {
    await writer.write(data)
    await writer.commit()
  } catch (error) {
    await writer.abort()
    throw error
  }
}
