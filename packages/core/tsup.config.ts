import { defineConfig } from 'tsup'

export default defineConfig({
  // `@halo/core/resource`: the toolkit resources are built from, kept off the main entry point
  entry: { index: 'src/index.ts', resource: 'src/resource/index.ts' },
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
})
