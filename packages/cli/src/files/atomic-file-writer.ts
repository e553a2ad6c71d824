import { randomBytes } from 'node:crypto'
import { createWriteStream, type WriteStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { InterruptGuard } from '../runtime/interrupt-guard.js'

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
  const temporaryPath = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  )
  options.interrupt?.trackTemporaryFile(temporaryPath)
  const stream: WriteStream = createWriteStream(temporaryPath, { flags: 'wx', mode: options.mode ?? 0o644 })
  let failure: Error | undefined
  stream.on('error', (error) => {
    failure = error
  })
  const close = (): Promise<void> =>
    new Promise((resolve, reject) => {
      if (stream.closed) {
        resolve()
        return
      }
      stream.end((error?: Error | null) => (error ? reject(error) : resolve()))
    })
  return {
    path,
    temporaryPath,
    write(chunk) {
      if (failure) return Promise.reject(failure)
      return new Promise((resolve, reject) => {
        const ok = stream.write(chunk, (error) => {
          if (error) reject(error)
        })
        if (ok) resolve()
        else stream.once('drain', resolve)
      })
    },
    async commit() {
      await close()
      if (failure) throw failure
      await rename(temporaryPath, path)
      options.interrupt?.untrackTemporaryFile(temporaryPath)
    },
    async abort() {
      await close().catch(() => undefined)
      await rm(temporaryPath, { force: true })
      options.interrupt?.untrackTemporaryFile(temporaryPath)
    },
  }
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
