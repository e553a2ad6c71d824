import { useHaloMockServer } from '@halo/test-support/halo-mock-server'
import { describe, expect, it } from 'vitest'
import { runHaloBin } from './support/run-halo.js'

// Subprocess runs on a loaded 2-core machine: each test gets a generous, honest timeout.
const SLOW = 60_000

describe('halo: global behaviour and exit codes', () => {
  const halo = useHaloMockServer()

  it('prints help and the version with exit 0', { timeout: SLOW }, async () => {
    const help = await runHaloBin(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: halo')
    for (const flag of ['--profile', '--base-url', '--output', '--quiet', '--dry-run', '--yes']) {
      expect(help.stdout).toContain(flag)
    }
    for (const command of [
      'login',
      'doctor',
      'request',
      'ops',
      'export',
      'template',
      'import',
      'report',
      'sql',
      'mock',
      'completion',
      'tickets',
    ]) {
      expect(help.stdout).toMatch(new RegExp(`\\n  ${command}\\b`))
    }
    const version = await runHaloBin(['--version'])
    expect(version.code).toBe(0)
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/)
  })

  it('exits 2 on usage errors: unknown command, unknown flag, bad --output, missing argument', {
    timeout: SLOW,
  }, async () => {
    const env = halo.env()
    for (const args of [
      ['bogus'],
      ['tickets', 'list', '--bogus'],
      ['--output', 'xml', 'tickets', 'list'],
      ['tickets', 'get'],
      ['tickets', 'get', 'abc'],
    ]) {
      const run = await runHaloBin(args, { env })
      expect(run.code, args.join(' ')).toBe(2)
      expect(run.stderr).not.toBe('')
    }
    expect(halo.mock.requests).toEqual([])
  })

  it('exits 3 naming what is missing when nothing is configured', { timeout: SLOW }, async () => {
    const run = await runHaloBin(['tickets', 'list'], {
      env: { HALO_CONFIG_DIR: '/nonexistent/halo-cli-test' },
    })
    expect(run.code).toBe(3)
    expect(run.stderr).toMatch(
      /^halo: Missing baseUrl \(HALO_BASE_URL\), clientId \(HALO_CLIENT_ID\), clientSecret \(HALO_CLIENT_SECRET\)/,
    )
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
  })

  it('exits 3 when Halo refuses the credentials, without printing the secret', {
    timeout: SLOW,
  }, async () => {
    const secret = 'wrong-secret-value-123'
    const run = await runHaloBin(['tickets', 'list', '--limit', '1'], {
      env: halo.env({ HALO_CLIENT_SECRET: secret }),
    })
    expect(run.code).toBe(3)
    expect(run.stderr).toMatch(/clientId and clientSecret/)
    expect(run.stdout + run.stderr).not.toContain(secret)
  })

  it('exits 1 when Halo answers with an error, as one line or as JSON with --output json', {
    timeout: SLOW,
  }, async () => {
    const plain = await runHaloBin(['tickets', 'get', '999999'], { env: halo.env() })
    expect(plain.code).toBe(1)
    expect(plain.stderr).toMatch(/^halo: .*404|^halo: .*not found/i)
    expect(plain.stderr.trim().split('\n')).toHaveLength(1)
    const json = await runHaloBin(['tickets', 'get', '999999', '--output', 'json'], { env: halo.env() })
    expect(json.code).toBe(1)
    const report = JSON.parse(json.stderr) as { error: { status: number; exitCode: number; type: string } }
    expect(report.error).toMatchObject({ status: 404, exitCode: 1, type: 'HaloResourceNotFound' })
  })

  it('exits 1 on a server error after retries (fault injection)', { timeout: SLOW }, async () => {
    halo.mock.faults.add({ kind: 'status', status: 500, match: { method: 'GET', path: '/Status' } })
    const run = await runHaloBin(['request', 'GET', '/Status'], { env: halo.env() })
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/500/)
  })

  it('request: raw GET with --query, and --dry-run on a POST sends nothing and redacts secrets', {
    timeout: SLOW,
  }, async () => {
    const get = await runHaloBin(['request', 'GET', '/Status', '--query', 'excludeclosed=true'], {
      env: halo.env(),
    })
    expect(get.code).toBe(0)
    expect(Array.isArray(JSON.parse(get.stdout))).toBe(true)
    expect(halo.mock.requests.some((r) => r.method === 'GET' && /\/api\/status/i.test(r.path))).toBe(true)

    halo.mock.clearRequests()
    const dry = await runHaloBin(
      ['request', 'POST', '/Users', '--data', '{"name":"Ann","password":"hunter2"}', '--dry-run'],
      { env: halo.env() },
    )
    expect(dry.code).toBe(0)
    expect(JSON.parse(dry.stdout)).toEqual({
      dryRun: true,
      method: 'POST',
      path: '/Users',
      body: { name: 'Ann', password: '[redacted]' },
    })
    expect(dry.stdout).not.toContain('hunter2')
    expect(halo.mock.requests).toEqual([])
  })
})
