import { defineConfig } from 'tsup'

// Types only: the JavaScript entry is empty, and exists so every resolver (ESM, CJS, bundlers) finds
// the package and its declarations the same way as any other @halo package.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  // tsup 8.5 injects `baseUrl` into the d.ts build; TypeScript 6 rejects it (TS5101)
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  clean: true,
  sourcemap: false,
  target: 'node20',
})
