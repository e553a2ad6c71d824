import { afterEach, describe, expect, it, vi } from 'vitest'
import { isCI, reportMissing } from '../src/server-context.js'

describe('isCI', () => {
  it('reads CI=true and CI=1 as CI, and an unset, empty, false or 0 CI as not', () => {
    expect([isCI({ CI: 'true' }), isCI({ CI: '1' }), isCI({ CI: 'TRUE' })]).toEqual([true, true, true])
    expect([isCI({}), isCI({ CI: '' }), isCI({ CI: 'false' }), isCI({ CI: '0' })]).toEqual([
      false,
      false,
      false,
      false,
    ])
  })
})

describe('reportMissing', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.restoreAllMocks()
  })

  it('fails under CI, naming the package, the server and the reason', () => {
    vi.stubEnv('CI', 'true')
    expect(() => reportMissing('@halo/x', 'Redis', 'spawn redis-server ENOENT')).toThrow(
      '@halo/x: no Redis in CI: spawn redis-server ENOENT',
    )
  })

  it('only warns elsewhere', () => {
    vi.stubEnv('CI', '')
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    reportMissing('@halo/x', 'Redis', 'spawn redis-server ENOENT')
    expect(warn).toHaveBeenCalledWith('@halo/x: Redis tests skipped: spawn redis-server ENOENT')
  })
})
