import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { useHaloMockServer } from '@halo/test-support/halo-mock-server'
import { describe, expect, it } from 'vitest'
import { runHaloBin, useTemporaryFolder } from './support/run-halo.js'
import { runOnTerminal } from './support/run-on-terminal.js'

const SLOW = 60_000

const config = useTemporaryFolder('config', 'test')

/** `halo doctor --output json` with `env`: the run and the checks it printed, in order. */
async function doctorJson(env: Record<string, string>) {
  const run = await runHaloBin(['doctor', '--output', 'json'], { env })
  const checks = JSON.parse(run.stdout) as { check: string; status: string; detail: string }[]
  return { run, checks }
}

describe('halo login', () => {
  const halo = useHaloMockServer({ configDir: () => config.dir })

  it('checks the credentials with a token request, then saves the profile with mode 0600', {
    timeout: SLOW,
  }, async () => {
    const { clientId, clientSecret } = halo.mock.credentials
    const run = await runHaloBin(
      [
        'login',
        '--profile',
        'lab',
        '--base-url',
        halo.url,
        '--client-id',
        clientId,
        '--client-secret',
        clientSecret,
      ],
      { env: { HALO_CONFIG_DIR: config.dir } },
    )
    expect(run.code).toBe(0)
    expect(run.stdout + run.stderr).not.toContain(clientSecret)
    expect(halo.mock.requests.some((r) => r.method === 'POST' && /\/auth\/token/.test(r.path))).toBe(true)
    const path = join(config.dir, 'config.json')
    expect((await stat(path)).mode & 0o777).toBe(0o600)
    const file = JSON.parse(await readFile(path, 'utf8'))
    expect(file.profiles.lab).toEqual({ baseUrl: halo.url, clientId, clientSecret })

    // The saved profile is used by later commands, by name.
    const list = await runHaloBin(['--profile', 'lab', 'tickets', 'list', '--limit', '1'], {
      env: { HALO_CONFIG_DIR: config.dir },
    })
    expect(list.code).toBe(0)
    expect(JSON.parse(list.stdout)).toHaveLength(1)
    // HALO_* variables override the profile field by field.
    const overridden = await runHaloBin(['--profile', 'lab', 'tickets', 'list', '--limit', '1'], {
      env: { HALO_CONFIG_DIR: config.dir, HALO_CLIENT_SECRET: 'not-the-secret' },
    })
    expect(overridden.code).toBe(3)
  })

  it('refuses to save credentials Halo refuses (exit 3), and never prints the secret', {
    timeout: SLOW,
  }, async () => {
    const run = await runHaloBin(
      ['login', '--base-url', halo.url, '--client-id', 'halo-mock-client', '--client-secret', 'wrong-s3cret'],
      { env: { HALO_CONFIG_DIR: config.dir } },
    )
    expect(run.code).toBe(3)
    expect(run.stderr).toMatch(/Not saved: .*clientSecret/)
    expect(run.stdout + run.stderr).not.toContain('wrong-s3cret')
    await expect(stat(join(config.dir, 'config.json'))).rejects.toThrow()
  })

  it('without a terminal, names the flags it would have asked for (exit 2)', { timeout: SLOW }, async () => {
    const run = await runHaloBin(['login', '--base-url', halo.url], {
      env: { HALO_CONFIG_DIR: config.dir },
    })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--client-id, --client-secret')
  })
})

describe('on a terminal', () => {
  const halo = useHaloMockServer({ configDir: () => config.dir })

  it('login asks for what the flags do not give, masking the secret', { timeout: SLOW }, async () => {
    const { clientId, clientSecret } = halo.mock.credentials
    const run = await runOnTerminal(['login'], { HALO_CONFIG_DIR: config.dir }, [
      [/Halo URL/, `${halo.url}\r`],
      [/Client ID/, `${clientId}\r`],
      [/Client secret/, `${clientSecret}\r`],
      [/Tenant/, '\r'],
    ])
    expect(run.code, run.transcript).toBe(0)
    expect(run.transcript).not.toContain(clientSecret)
    expect(run.transcript).toContain('*'.repeat(clientSecret.length))
    const file = JSON.parse(await readFile(join(config.dir, 'config.json'), 'utf8'))
    expect(file.profiles.default).toEqual({ baseUrl: halo.url, clientId, clientSecret })
  })

  it('delete asks first, and deletes nothing when the answer is no', { timeout: SLOW }, async () => {
    const no = await runOnTerminal(['tickets', 'delete', '1001'], halo.env(), [
      [/Delete tickets 1001\?/, 'n\r'],
    ])
    expect(no.code, no.transcript).toBe(0)
    expect(no.transcript).toContain('Nothing deleted.')
    expect(halo.mock.requests.filter((r) => r.method === 'DELETE')).toEqual([])
    const yes = await runOnTerminal(['tickets', 'delete', '1001'], halo.env(), [
      [/Delete tickets 1001\?/, 'y\r'],
    ])
    expect(yes.code, yes.transcript).toBe(0)
    expect(halo.mock.requests.filter((r) => r.method === 'DELETE')).toHaveLength(1)
  })
})

describe('halo doctor', () => {
  const halo = useHaloMockServer({ configDir: () => config.dir })

  it('passes every check against a working instance, without printing the secret', {
    timeout: SLOW,
  }, async () => {
    const { run, checks } = await doctorJson(halo.env())
    expect(run.code).toBe(0)
    expect(checks.map((c) => c.check)).toEqual([
      'configuration',
      'base URL',
      'DNS/TLS',
      'AuthInfo',
      'token',
      'API call',
      'rate limit',
    ])
    expect(checks.every((c) => c.status === 'ok')).toBe(true)
    expect(run.stdout + run.stderr).not.toContain(halo.mock.credentials.clientSecret)
  })

  it('says there is no configuration (exit 3)', { timeout: SLOW }, async () => {
    const run = await runHaloBin(['doctor', '--output', 'table'], { env: { HALO_CONFIG_DIR: config.dir } })
    expect(run.code).toBe(3)
    expect(run.stdout).toMatch(/✗ configuration/)
    expect(run.stdout).toContain('halo login')
  })

  it('spots /api twice in the base URL before sending anything', { timeout: SLOW }, async () => {
    const { run, checks } = await doctorJson(halo.env({ HALO_BASE_URL: `${halo.url}/api/api` }))
    expect(run.code).toBe(3)
    expect(checks.at(-1)).toMatchObject({ check: 'base URL', status: 'fail' })
    expect(checks.at(-1)?.detail).toContain('/api twice')
    expect(halo.mock.requests).toEqual([])
  })

  it('tells an HTML page from Halo (wrong base URL)', { timeout: SLOW }, async () => {
    halo.mock.faults.add({ kind: 'html', status: 200, match: { path: '/AuthInfo' } })
    const { run, checks } = await doctorJson(halo.env())
    expect(run.code).toBe(3)
    expect(checks.at(-1)).toMatchObject({ check: 'AuthInfo', status: 'fail' })
    expect(checks.at(-1)?.detail).toContain('HTML page')
  })

  it('names DNS when the host does not resolve', { timeout: SLOW }, async () => {
    const { run, checks } = await doctorJson(halo.env({ HALO_BASE_URL: 'https://halo-cli-test.invalid' }))
    expect(run.code).toBe(3)
    expect(checks.at(-1)).toMatchObject({ check: 'DNS', status: 'fail' })
    expect(checks.at(-1)?.detail).toContain('does not resolve')
  })

  it('says which credential to check when the token is refused', { timeout: SLOW }, async () => {
    const run = await runHaloBin(['doctor', '--output', 'table'], {
      env: halo.env({ HALO_CLIENT_SECRET: 'not-it-123' }),
    })
    expect(run.code).toBe(3)
    expect(run.stdout).toMatch(/✗ token .*clientId and clientSecret/)
    expect(run.stdout + run.stderr).not.toContain('not-it-123')
  })
})
