import { defineConfig } from 'tsup'

export default defineConfig({
  // The SQLite store's worker thread is an entry of its own: the store starts it from the file
  // beside its module (sqlite-worker.js for ESM, sqlite-worker.cjs for CJS).
  entry: { index: 'src/index.ts', 'sqlite-worker': 'src/store/sqlite-worker.ts' },
  format: ['esm', 'cjs'],
  // The CJS build's `import.meta.url` (where the worker entry is found) is its own file's URL.
  shims: true,
  // tsup 8.5 injects `baseUrl` into the d.ts build; TypeScript 6 rejects it (TS5101)
  dts: { entry: { index: 'src/index.ts' }, compilerOptions: { ignoreDeprecations: '6.0' } },
  clean: true,
  // No source maps in the tarball: docs/decisions/0002-no-source-maps-in-packages.md
  sourcemap: false,
  target: 'node20',
  treeshake: true,
})
