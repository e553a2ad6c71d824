import { nodeBuiltin } from './node-builtin.js'

/** The part of `node:fs/promises` this file needs. */
interface FsPromises {
  readFile(path: string): Promise<Uint8Array>
}

/** Reads a file from disk for `attachments.uploadFile` (Node, Bun, Deno; see `nodeBuiltin`). */
export async function readLocalFile(path: string): Promise<Uint8Array> {
  const fs = nodeBuiltin<FsPromises>(
    'node:fs/promises',
    'uploadFile(path)',
    "pass the file's bytes to attachments.upload() instead",
  )
  return new Uint8Array(await fs.readFile(path))
}

/** The last segment of a path, with either separator: `C:\\logs\\app.log` → `app.log`. */
export function baseName(path: string): string {
  const segments = path.split(/[\\/]/)
  return segments[segments.length - 1] ?? path
}
