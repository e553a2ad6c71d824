// What the smallest useful bundle is made of: `createHaloCore` plus one generated operation, bundled
// from source with esbuild (minified, browser, ESM) and attributed to the concern each source file
// belongs to. Brotli sizes do not add up part by part, so the parts are given in minified bytes and
// only the whole in brotli.

import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync } from 'node:zlib'
import { build } from 'esbuild'
import { emitResult } from './shared.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const coreSource = path.join(repoRoot, 'packages/core/src')

/** Core's folders, named by the rule or feature they carry. */
const CONCERNS: Readonly<Record<string, string>> = {
  auth: 'auth: client credentials, discovery, token cache and refresh',
  transport: 'transport: retries, timeouts, redirects, body reading, error mapping',
  'rate-limit': 'rate limiter and concurrency cap',
  list: 'paging (HaloList)',
  'circuit-breaker': 'circuit breaker',
  errors: 'error classes and predicates',
  redaction: 'secret redaction',
  options: 'options, base URL checks, fromEnv',
  validation: 'response validation (valibot)',
  timing: 'abortable sleeps and timers',
  resource: 'response cache and name lookups (resource toolkit)',
  'create-core': 'createHaloCore itself (wiring, request and list methods)',
  observability: 'observability (HALO_LOG logger, User-Agent)',
  operation: 'operation calls (path and query building)',
  hooks: 'hooks',
}

export interface BundleComposition {
  readonly entry: string
  readonly minifiedBytes: number
  readonly brotliBytes: number
  readonly parts: ReadonlyArray<{ readonly concern: string; readonly minifiedBytes: number }>
}

function concernOf(input: string): string {
  const absolute = path.resolve(repoRoot, input)
  if (absolute.startsWith(coreSource)) {
    const relative = path.relative(coreSource, absolute)
    const folder = relative.includes(path.sep) ? relative.split(path.sep)[0] : undefined
    if (folder !== undefined) return CONCERNS[folder] ?? folder
    return 'createHaloCore itself (wiring, request and list methods)'
  }
  if (input.includes('node_modules/valibot')) return 'response validation (valibot)'
  if (/node_modules\/(ofetch|destr|ufo)\//.test(input))
    return 'ofetch, destr and ufo (every attempt on the wire)'
  if (input.includes('packages/tickets')) return 'the generated operation'
  return 'other'
}

export async function runBundleComposition(): Promise<BundleComposition> {
  const entry =
    "import { createHaloCore } from '@halo/core'\nimport { getTicket } from '@halo/tickets'\nexport { createHaloCore, getTicket }\n"
  const result = await build({
    stdin: { contents: entry, resolveDir: repoRoot, loader: 'ts' },
    absWorkingDir: repoRoot,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
    alias: {
      '@halo/core': path.join(coreSource, 'index.ts'),
      // The generated operations import the toolkit subpaths; each is its own entry of core.
      '@halo/core/resource': path.join(coreSource, 'resource/index.ts'),
      '@halo/core/csv': path.join(coreSource, 'csv/index.ts'),
      '@halo/tickets': path.join(repoRoot, 'packages/tickets/src/index.ts'),
    },
  })
  const output = result.outputFiles[0]
  const meta = Object.values(result.metafile.outputs)[0]
  if (output === undefined || meta === undefined) throw new Error('esbuild produced no output')
  const byConcern = new Map<string, number>()
  for (const [input, { bytesInOutput }] of Object.entries(meta.inputs)) {
    const concern = concernOf(input)
    byConcern.set(concern, (byConcern.get(concern) ?? 0) + bytesInOutput)
  }
  return {
    entry: '@halo/core { createHaloCore } + @halo/tickets { getTicket }',
    minifiedBytes: output.contents.byteLength,
    brotliBytes: brotliCompressSync(output.contents).byteLength,
    parts: [...byConcern]
      .map(([concern, minifiedBytes]) => ({ concern, minifiedBytes }))
      .filter((part) => part.minifiedBytes > 0)
      .sort((a, b) => b.minifiedBytes - a.minifiedBytes),
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await runBundleComposition()
  emitResult(result)
  for (const part of result.parts) console.log(`${String(part.minifiedBytes).padStart(7)}  ${part.concern}`)
  console.log(`${String(result.minifiedBytes).padStart(7)}  total minified; ${result.brotliBytes} brotli`)
}
