import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
    // Honest limits for a loaded 2-core machine: many tests do real I/O (loopback HTTP, subprocesses).
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
})
