/** The part of `node:fs/promises` this file needs. */
interface FsPromises {
  readFile(path: string): Promise<Uint8Array>
}

/**
 * Reads a file from disk for `attachments.uploadFile`. `node:fs/promises` is fetched with
 * `process.getBuiltinModule` (Node ≥ 20.16, Bun, Deno) when called, never by an `import`: a static
 * or dynamic import of a Node built-in reaches browser bundlers (esbuild, webpack), which then fail
 * or need configuration, although a browser never calls this.
 */
export async function readLocalFile(path: string): Promise<Uint8Array> {
  const fs = nodeFs()
  return new Uint8Array(await fs.readFile(path))
}

function nodeFs(): FsPromises {
  const runtime = (
    globalThis as { process?: { getBuiltinModule?: ((id: string) => unknown) | undefined } | undefined }
  ).process
  if (typeof runtime?.getBuiltinModule !== 'function') {
    throw new TypeError(
      typeof runtime === 'undefined'
        ? "uploadFile(path) reads from disk, which only works in Node.js (or Bun, Deno); in a browser, pass the file's bytes to attachments.upload() instead"
        : 'uploadFile(path) needs Node.js 20.16 or later (process.getBuiltinModule); on an older Node, read the file yourself and pass its bytes to attachments.upload()',
    )
  }
  return runtime.getBuiltinModule('node:fs/promises') as FsPromises
}

/** The last segment of a path, with either separator: `C:\\logs\\app.log` → `app.log`. */
export function baseName(path: string): string {
  const segments = path.split(/[\\/]/)
  return segments[segments.length - 1] ?? path
}
