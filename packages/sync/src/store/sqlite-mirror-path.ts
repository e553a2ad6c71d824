// What a SQLite mirror's path must be before the store opens it, said in the user's terms: SQLite's
// own "unable to open database file" names neither the path nor what is wrong with it.
import { existsSync } from 'node:fs'
import { dirname } from 'node:path'

/** Paths SQLite opens without a file (an in-memory or temporary database, no other process's). */
const NO_FILE = new Set([':memory:', ''])

export const isFilelessPath = (path: string): boolean => NO_FILE.has(path)

/**
 * Throws an error with `code: 'ENOENT'` (as Node's own file errors have it, for callers that tell a
 * wrong path from a failure) when the mirror cannot be where it was asked to be: a read-only store
 * opens an existing file only, and a new mirror needs its folder.
 */
export function checkMirrorPath(path: string, readOnly: boolean): void {
  if (isFilelessPath(path) || existsSync(path)) return
  if (readOnly) {
    throw missing(
      `there is no SQLite mirror at "${path}": a read-only store opens an existing file only (check the path; \`halo sync --to sqlite:${path}\` makes the mirror)`,
      path,
    )
  }
  const folder = dirname(path)
  if (!existsSync(folder)) {
    throw missing(
      `cannot make the SQLite mirror "${path}": its folder "${folder}" does not exist (create it, or check the path)`,
      folder,
    )
  }
}

function missing(message: string, path: string): Error {
  return Object.assign(new Error(`@halo/sync: ${message}`), { code: 'ENOENT', path })
}
