import { defineConfig } from 'tsup'

export default defineConfig({
  // `profile` is Node-only (files, env-paths) and so lives on its own subpath.
  // `catalog` holds every operation's descriptions and parameters: its own subpath keeps it out of
  // bundles that import the client.
  entry: { index: 'src/index.ts', profile: 'src/profile/index.ts', catalog: 'src/catalog/index.ts' },
  format: ['esm', 'cjs'],
  // tsup 8.5 injects `baseUrl` into the d.ts build; TypeScript 6 rejects it (TS5101)
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  clean: true,
  // No source maps in the tarball: docs/decisions/0002-no-source-maps-in-packages.md
  sourcemap: false,
  target: 'node20',
  treeshake: true,
})
