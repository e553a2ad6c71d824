import { createWriteStream } from 'node:fs'

/** A new file written from the start, chunk after chunk. */
export interface FileAppender {
  /** Appends text or bytes, waiting when the disk is slower than the producer. */
  write(chunk: string | Uint8Array): Promise<void>
  /** Flushes and closes the file (again: nothing); rejects with the first write error, if any. */
  close(): Promise<void>
}

/**
 * Creates `path` (which must not exist: `wx`, so a name collision never overwrites a file) and writes
 * it in order, holding back the producer while the stream's buffer is full, so memory holds at most
 * one buffer of what is still to reach the disk.
 */
export function openFileAppender(path: string, mode = 0o644): FileAppender {
  const stream = createWriteStream(path, { flags: 'wx', mode })
  let failure: Error | undefined
  stream.on('error', (error) => {
    failure = error
  })
  return {
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
    async close() {
      if (!stream.closed) {
        await new Promise<void>((resolve, reject) => {
          stream.end((error?: Error | null) => (error ? reject(error) : resolve()))
        })
      }
      if (failure) throw failure
    },
  }
}
