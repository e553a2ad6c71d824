import { describe, expect, it } from 'vitest'
import { cleanEnv, runProcess, startProcess } from '../src/processes.js'

const node = process.execPath

describe('runProcess', () => {
  it('answers the exit code and both outputs, with the input on stdin', async () => {
    const script = `process.stdin.pipe(process.stdout); process.stderr.write('to stderr'); process.exitCode = 3`
    const run = await runProcess(node, ['-e', script], { input: 'from stdin' })
    expect(run).toEqual({ code: 3, signal: null, stdout: 'from stdin', stderr: 'to stderr' })
  })

  it('rejects when the command does not exist', async () => {
    await expect(runProcess('halo-test-support-no-such-command', [])).rejects.toThrow(/ENOENT/)
  })
})

describe('startProcess', () => {
  it('waits for a line of output, then stops the process with the signal asked for', async () => {
    const running = startProcess(node, [
      '-e',
      `console.error('listening on 4242'); setInterval(() => {}, 1000)`,
    ])
    const match = await running.waitForOutput(/listening on (\d+)/)
    expect(match[1]).toBe('4242')
    const run = await running.stop('SIGINT')
    expect(run.signal).toBe('SIGINT')
    expect(run.stderr).toContain('listening on 4242')
  })

  it('says so when the process ends before printing what was awaited', async () => {
    const running = startProcess(node, ['-e', `console.error('boom'); process.exit(2)`])
    await expect(running.waitForOutput(/ready/)).rejects.toThrow(/ended before printing \/ready\/: boom/)
    expect((await running.finished).code).toBe(2)
  })
})

describe('cleanEnv', () => {
  it('drops FORCE_COLOR and the variables asked for, and adds or removes the extra ones', () => {
    process.env.FORCE_COLOR = '1'
    process.env.HALO_TEST_SUPPORT_PROBE = 'x'
    try {
      const env = cleanEnv({ ADDED: 'yes', PATH: undefined }, /^HALO_/)
      expect(env.FORCE_COLOR).toBeUndefined()
      expect(env.HALO_TEST_SUPPORT_PROBE).toBeUndefined()
      expect(env.PATH).toBeUndefined()
      expect(env.ADDED).toBe('yes')
      expect(env.HOME).toBe(process.env.HOME)
    } finally {
      delete process.env.FORCE_COLOR
      delete process.env.HALO_TEST_SUPPORT_PROBE
    }
  })
})
