import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { Plugin } from 'esbuild'
import { defineConfig } from 'tsup'

// ofetch's universal entry (`dist/index.mjs`), bundled into the core instead of resolved by the
// consumer: on Node its package exports send every consumer to `dist/node.mjs`, whose
// node-fetch-native fallback Node 20 (global fetch) never runs but bundles and installs anyway
// (docs/decisions/0004-ofetch-in-the-transport.md, "Packaging"). destr and ufo stay dependencies.
const ofetchUniversalEntry = join(
  dirname(createRequire(import.meta.url).resolve('ofetch/package.json')),
  'dist/index.mjs',
)
const bundleOfetchUniversalEntry: Plugin = {
  name: 'bundle-ofetch-universal-entry',
  setup(build) {
    build.onResolve({ filter: /^ofetch$/ }, () => ({ path: ofetchUniversalEntry }))
  },
}

export default defineConfig({
  // `@halo/core/resource`: the toolkit resources are built from, kept off the main entry point;
  // `@halo/core/csv`: the CSV writing rule the report exports and the ticket import kit share
  entry: { index: 'src/index.ts', resource: 'src/resource/index.ts', csv: 'src/csv/index.ts' },
  format: ['esm', 'cjs'],
  // both entry points share one copy of each module (one NameLookupError class), in CJS as in ESM
  splitting: true,
  // tsup 8.5 injects `baseUrl` into the d.ts build; TypeScript 6 rejects it (TS5101)
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  clean: true,
  // No source maps in the tarball: docs/decisions/0002-no-source-maps-in-packages.md
  sourcemap: false,
  target: 'node20',
  treeshake: true,
  noExternal: ['ofetch'],
  esbuildPlugins: [bundleOfetchUniversalEntry],
})
