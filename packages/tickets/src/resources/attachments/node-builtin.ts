/**
 * A Node built-in module (`node:fs/promises`, `node:path`) for the attachment helpers that touch the
 * disk. It is fetched with `process.getBuiltinModule` (Node ≥ 20.16, Bun, Deno) when called, never by
 * an `import`: a static or dynamic import of a Node built-in reaches browser bundlers (esbuild,
 * webpack), which then fail or need configuration, although a browser never calls these helpers.
 *
 * `method` names the caller for the error (`'uploadFile(path)'`), `instead` what to do in a browser.
 */
export function nodeBuiltin<T>(id: string, method: string, instead: string): T {
  const runtime = (
    globalThis as { process?: { getBuiltinModule?: ((id: string) => unknown) | undefined } | undefined }
  ).process
  if (typeof runtime?.getBuiltinModule !== 'function') {
    throw new TypeError(
      typeof runtime === 'undefined'
        ? `${method} uses the disk, which only works in Node.js (or Bun, Deno); in a browser, ${instead}`
        : `${method} needs Node.js 20.16 or later (process.getBuiltinModule); on an older Node, ${instead}`,
    )
  }
  return runtime.getBuiltinModule(id) as T
}
