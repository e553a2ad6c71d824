/**
 * Reads a file from disk for `attachments.uploadFile`. `node:fs/promises` is imported when called, not at
 * module load, so bundles for browsers (which never call this) do not pull in Node built-ins.
 */
export async function readLocalFile(path: string): Promise<Uint8Array> {
  const { readFile } = await import('node:fs/promises')
  return new Uint8Array(await readFile(path))
}

/** The last segment of a path, with either separator: `C:\\logs\\app.log` → `app.log`. */
export function baseName(path: string): string {
  const segments = path.split(/[\\/]/)
  return segments[segments.length - 1] ?? path
}
