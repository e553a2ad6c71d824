// The version is read from package.json when the package is built (esbuild inlines this one field),
// so it can never disagree with the published version.
import { version } from '../../package.json'

/** This package's version, as published. */
export const SDK_VERSION: string = version

/** The runtime and its version, when the process says (Node, Bun, Deno); `undefined` elsewhere. */
function runtime(): string | undefined {
  if (typeof process === 'undefined') return undefined
  const versions = (process as { readonly versions?: Readonly<Record<string, string | undefined>> }).versions
  if (versions === undefined) return undefined
  if (versions.bun !== undefined) return `bun/${versions.bun}`
  if (versions.deno !== undefined) return `deno/${versions.deno}`
  if (versions.node !== undefined) return `node/${versions.node}`
  return undefined
}

/**
 * What the client sends as `User-Agent`, so Halo admins see who calls:
 * `halo-sdk-typescript/0.1.0 node/20.11.1`. `undefined` in a browser or worker, where a script may
 * not set the header (and a custom one would only add a CORS preflight).
 */
export function sdkUserAgent(): string | undefined {
  const where = runtime()
  return where === undefined ? undefined : `halo-sdk-typescript/${SDK_VERSION} ${where}`
}
