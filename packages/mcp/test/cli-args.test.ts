import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { parseCliArgs } from '../src/config/parse-cli-args.js'
import { stderrLoggerFromEnv } from '../src/config/stderr-logger.js'
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

describe('HALO_LOG', () => {
  it('logs to stderr, never stdout (the stdio protocol’s channel)', () => {
    const lines: string[] = []
    const stderr = new PassThrough()
    stderr.on('data', (chunk: Buffer) => lines.push(chunk.toString()))
    const logger = stderrLoggerFromEnv({ HALO_LOG: 'info' }, stderr)
    logger?.info?.('GET /Tickets', { status: 200 })
    logger?.debug?.('not at info')
    expect(lines).toEqual(['[halo] info: GET /Tickets {"status":200}\n'])
    expect(logger?.debug).toBeUndefined()
    expect(stderrLoggerFromEnv({}, stderr)).toBeUndefined()
    expect(stderrLoggerFromEnv({ HALO_LOG: 'loud' }, stderr)).toBeUndefined()
  })
})
