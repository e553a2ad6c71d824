import { readFileSync } from 'node:fs'
import { defineConfig } from 'tsup'

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }

export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    // tsup 8.5 injects `baseUrl` into the d.ts build; TypeScript 6 rejects it (TS5101)
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    define: { __HALO_CLI_VERSION__: JSON.stringify(version) },
    clean: true,
    // No source maps in the tarball: docs/decisions/0002-no-source-maps-in-packages.md
    sourcemap: false,
    target: 'node20',
    treeshake: true,
  },
  {
    // The executable: ESM only (it is run, never imported); the shebang is kept from the source.
    entry: ['src/bin.ts'],
    format: ['esm'],
    define: { __HALO_CLI_VERSION__: JSON.stringify(version) },
    sourcemap: false,
    target: 'node20',
    treeshake: true,
  },
])
