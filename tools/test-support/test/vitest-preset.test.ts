import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { haloVitestConfig } from '../src/vitest-preset.js'

describe('haloVitestConfig', () => {
  it('holds the shared settings: test files, type tests and 30 s limits', () => {
    expect(haloVitestConfig().test).toEqual({
      include: ['test/**/*.test.ts'],
      typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
      testTimeout: 30_000,
      hookTimeout: 30_000,
    })
  })

  it('adds a global setup per server, before the package own ones, and keeps its differences', () => {
    const test = haloVitestConfig({
      servers: ['postgres', 'redis'],
      test: { testTimeout: 120_000, globalSetup: 'test/own-setup.ts' },
    }).test
    const setup = test?.globalSetup as string[]
    expect(setup.map((file) => file.replace(/^.*\//, ''))).toEqual([
      'postgres.ts',
      'redis.ts',
      'own-setup.ts',
    ])
    expect(setup.slice(0, 2).every((file) => existsSync(file))).toBe(true)
    expect(test?.testTimeout).toBe(120_000)
    expect(test?.hookTimeout).toBe(30_000)
  })
})
