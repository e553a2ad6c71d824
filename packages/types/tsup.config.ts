import { defineConfig } from 'tsup'

// Types only at the main entry: its JavaScript is empty, and exists so every resolver (ESM, CJS,
// bundlers) finds the package and its declarations the same way as any other @halo package. The
// `schemas` entry is the models' valibot schemas, loaded only by response validation.
export default defineConfig({
  entry: ['src/index.ts', 'src/schemas.ts'],
  format: ['esm', 'cjs'],
  // tsup 8.5 injects `baseUrl` into the d.ts build; TypeScript 6 rejects it (TS5101)
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  clean: true,
  sourcemap: false,
  target: 'node20',
})
