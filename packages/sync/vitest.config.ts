import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/servers-global-setup.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
    // Real databases, subprocesses and a simulated Halo: honest, generous limits for real I/O.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
})
