import { defineConfig } from 'tsup'

export default defineConfig({
  entry: ['src/index.ts', 'src/cli.ts'],
  format: ['esm', 'cjs'],
  // tsup 8.5 injects `baseUrl` into the d.ts build; TypeScript 6 rejects it (TS5101)
  dts: { entry: ['src/index.ts'], compilerOptions: { ignoreDeprecations: '6.0' } },
  clean: true,
  // No source maps in the tarball: docs/decisions/0002-no-source-maps-in-packages.md
  sourcemap: false,
  target: 'node20',
  treeshake: true,
})
