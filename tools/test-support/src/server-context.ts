// In a test file: the server the global setup found. Where there is none, the tests that need it skip
// on a developer's machine with the reason, and FAIL under CI, which installs the servers (.ci/run):
// there a missing server must not quietly skip the tests that prove the shared stores work.
import { inject } from 'vitest'
// The keys of `inject(...)`, declared beside the global setups that provide them.
import type {} from './servers/provided-servers.js'

export type TestServer = 'redis' | 'postgres'

const names: Record<TestServer, string> = { redis: 'Redis', postgres: 'PostgreSQL' }

/** True when the CI variable says this is a CI run (`CI=true`, `CI=1`; not `false` or `0`). */
export function isCI(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.CI?.trim().toLowerCase()
  return value !== undefined && value !== '' && value !== 'false' && value !== '0'
}

/** Throws under CI; elsewhere warns that the tests needing it are skipped. */
export function reportMissing(packageName: string, what: string, reason: string): void {
  if (isCI()) throw new Error(`${packageName}: no ${what} in CI: ${reason}`)
  console.warn(`${packageName}: ${what} tests skipped: ${reason}`)
}

/**
 * The URL of the server the global setup provided, `''` when there is none (then `reportMissing`: the
 * file fails under CI, and its tests skip elsewhere).
 */
export function testServerUrl(packageName: string, server: TestServer): string {
  const url = server === 'redis' ? inject('redisUrl') : inject('postgresUrl')
  if (url === '') {
    const reason = server === 'redis' ? inject('redisUnavailableReason') : inject('postgresUnavailableReason')
    reportMissing(packageName, names[server], reason)
  }
  return url
}

/** Whether the tests may start `redis-server` processes of their own (fails under CI when not). */
export function canStartRedisServers(packageName: string): boolean {
  const can = inject('redisServerBinary')
  if (!can)
    reportMissing(packageName, 'redis-server binary', inject('redisUnavailableReason') || 'not installed')
  return can
}
