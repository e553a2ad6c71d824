import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runProcess } from '../src/processes.js'
import { testServerUrl } from '../src/server-context.js'
import { findPostgresBin } from '../src/servers/index.js'

const postgresUrl = testServerUrl('@halo/test-support', 'postgres')

describe.skipIf(postgresUrl === '')('the PostgreSQL the global setup provides', () => {
  it('runs SQL as the postgres user on loopback', async () => {
    expect(postgresUrl).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres$/)
    const bin = findPostgresBin() ?? ''
    const psql = await runProcess(join(bin, 'psql'), [postgresUrl, '-Atc', 'SELECT 40 + 2'])
    expect(psql.stderr).toBe('')
    expect(psql.stdout.trim()).toBe('42')
  })
})
