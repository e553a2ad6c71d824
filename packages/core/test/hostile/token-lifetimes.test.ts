// Token lifetimes from a hostile or broken token endpoint: absurdly long ones must not overflow the
// clock into an untyped RangeError, absurdly short ones must not cost one token request per call.
import { describe, expect, it } from 'vitest'
import { CANARY_TOKEN, stubCore, stubHalo } from './support/stub-halo.js'

const withLifetime = (expiresIn: unknown) =>
  stubHalo(
    () => Response.json({ ok: true }),
    () => Response.json({ access_token: `${CANARY_TOKEN}-x`, expires_in: expiresIn }),
  )

describe('token lifetimes are clamped', () => {
  for (const expiresIn of [1e13, 1e300, Number.MAX_SAFE_INTEGER]) {
    it(`expires_in ${expiresIn} still lets calls through (with a debug logger listening)`, async () => {
      const stub = withLifetime(expiresIn)
      const core = stubCore(stub, { logger: { debug: () => {} } })
      await expect(core.get('/Tickets')).resolves.toEqual({ ok: true })
      await expect(core.get('/Tickets')).resolves.toEqual({ ok: true })
      expect(stub.tokenRequests).toHaveLength(1)
    })
  }

  for (const expiresIn of [0.001, 1]) {
    it(`expires_in ${expiresIn} does not cost a token request per call`, async () => {
      const stub = withLifetime(expiresIn)
      const core = stubCore(stub)
      for (let index = 0; index < 5; index++) await core.get('/Tickets')
      expect(stub.tokenRequests).toHaveLength(1)
    })
  }
})
