// The vitest settings every package shares; a package's vitest.config.ts names only what differs.
import { fileURLToPath } from 'node:url'
import { defineConfig, type ViteUserConfig } from 'vitest/config'

type TestOptions = NonNullable<ViteUserConfig['test']>

export interface HaloVitestOptions {
  /** Real servers the run needs: each adds a global setup that starts one (see `provideRedis`). */
  readonly servers?: readonly ('redis' | 'postgres')[]
  /** Settings that differ from the shared ones (e.g. longer timeouts). */
  readonly test?: TestOptions
}

const globalSetupOf = (server: 'redis' | 'postgres') =>
  fileURLToPath(new URL(`./global-setup/${server}.ts`, import.meta.url))

/**
 * `test/**\/*.test.ts` with type tests in `test/**\/*.test-d.ts`, and 30 s limits: honest for a loaded
 * 2-core machine, where many tests do real I/O (loopback HTTP, subprocesses).
 */
export function haloVitestConfig(options: HaloVitestOptions = {}): ViteUserConfig {
  const { globalSetup, ...test } = options.test ?? {}
  const extraSetup = globalSetup === undefined ? [] : [globalSetup].flat()
  const setup = [...(options.servers ?? []).map(globalSetupOf), ...extraSetup]
  return defineConfig({
    test: {
      include: ['test/**/*.test.ts'],
      typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
      testTimeout: 30_000,
      hookTimeout: 30_000,
      ...(setup.length === 0 ? {} : { globalSetup: setup }),
      ...test,
    },
  })
}
