import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { parseCliArgs } from '../src/config/parse-cli-args.js'
import { EXIT_CONFIGURATION, EXIT_USAGE, runHaloMcp } from '../src/index.js'

describe('halo-mcp arguments', () => {
  it('defaults to stdio, read-only', () => {
    expect(parseCliArgs([])).toMatchObject({
      http: false,
      allowWrites: false,
      allowDeletes: false,
      host: '127.0.0.1',
    })
  })

  it('reads --http --port and the permission flags', () => {
    expect(
      parseCliArgs(['--http', '--port', '8123', '--allow-writes', '--allow-deletes', '--profile', 'work']),
    ).toMatchObject({
      http: true,
      port: 8123,
      allowWrites: true,
      allowDeletes: true,
      profile: 'work',
    })
  })

  it('refuses what it does not know with a usage error (exit 2)', async () => {
    const stderr = new PassThrough()
    await expect(runHaloMcp({ argv: ['--port', 'abc', '--http'], env: {}, stderr })).rejects.toMatchObject({
      exitCode: EXIT_USAGE,
      message: expect.stringMatching(/--port must be a port number/),
    })
    await expect(runHaloMcp({ argv: ['--bogus'], env: {}, stderr })).rejects.toMatchObject({
      exitCode: EXIT_USAGE,
    })
  })

  it('names every missing variable, never a secret (exit 3)', async () => {
    const stderr = new PassThrough()
    const failure = runHaloMcp({
      argv: [],
      env: { HALO_CLIENT_SECRET: 'top-secret-value', HALO_CONFIG_DIR: '/nonexistent/halo-mcp-test' },
      stderr,
    })
    await expect(failure).rejects.toMatchObject({ exitCode: EXIT_CONFIGURATION })
    const message = await failure.then(
      () => '',
      (caught: unknown) => (caught as Error).message,
    )
    expect(message).toMatch(/HALO_BASE_URL/)
    expect(message).toMatch(/HALO_CLIENT_ID/)
    expect(message).not.toContain('top-secret-value')
  })
})
