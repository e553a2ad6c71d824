import { randomUUID } from 'node:crypto'
import pg from 'pg'
import { inject } from 'vitest'

export const postgresUrl = inject('postgresUrl')
export const redisUrl = inject('redisUrl')
/** Both servers are there: the shared-mirror tests can run. */
export const serversAvailable = postgresUrl !== '' && redisUrl !== ''

if (!serversAvailable) {
  const why = [inject('postgresUnavailableReason'), inject('redisUnavailableReason')]
    .filter(Boolean)
    .join('; ')
  // CI installs both (.ci/run): there a missing server fails the run instead of quietly skipping the
  // tests that prove a shared mirror works.
  if (process.env.CI) throw new Error(`@halo/sync: PostgreSQL and Redis are required in CI: ${why}`)
  console.warn(`@halo/sync: PostgreSQL/Redis tests skipped: ${why}`)
}

/** A fresh database of its own on the test server, so test files never share tables. */
export async function freshDatabase(): Promise<string> {
  const name = `sync_${randomUUID().replaceAll('-', '').slice(0, 12)}`
  const admin = new pg.Client({ connectionString: postgresUrl })
  await admin.connect()
  try {
    await admin.query(`CREATE DATABASE ${name}`)
  } finally {
    await admin.end()
  }
  const url = new URL(postgresUrl)
  url.pathname = `/${name}`
  return url.toString()
}
