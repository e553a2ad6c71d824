// Tokens live in the client's memory; they leave it only for a TokenStore the caller gave, and only
// client-credentials tokens (never a user's tokens from an authorization code or refresh token).
import { inspect } from 'node:util'
import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { createHaloCore, type TokenStore } from '../../src/index.js'
import {
  CANARY_REFRESH,
  CANARY_SECRET,
  CANARY_TOKEN,
  server,
  TOKEN_URL,
  testOptions,
  tokenEndpoint,
  useHaloServer,
} from '../support/halo-server.js'

useHaloServer()

function recordingStore(): TokenStore & { readonly written: { key: string; accessToken: string }[] } {
  const written: { key: string; accessToken: string }[] = []
  return {
    written,
    get: async () => undefined,
    set: async (key, token) => {
      written.push({ key, accessToken: token.accessToken })
    },
    delete: async () => {},
  }
}

describe('where tokens are kept', () => {
  it('without a TokenStore the token is held in a closure: not on the client object, not in its printout', async () => {
    tokenEndpoint()
    const core = createHaloCore(testOptions())
    const token = await core.getAccessToken()
    expect(token.accessToken).toBe(`${CANARY_TOKEN}-1`)
    const printed = `${inspect(core, { depth: 20, showHidden: true })}${JSON.stringify(core)}`
    expect(printed).not.toContain(CANARY_TOKEN)
    expect(printed).not.toContain(CANARY_SECRET)
  })

  it('a TokenStore receives the client-credentials token, keyed without the secret', async () => {
    tokenEndpoint()
    const store = recordingStore()
    await createHaloCore(testOptions({ tokenStore: store })).getAccessToken()
    expect(store.written).toHaveLength(1)
    expect(store.written[0]?.accessToken).toBe(`${CANARY_TOKEN}-1`)
    expect(store.written[0]?.key).not.toContain(CANARY_SECRET)
  })

  it('user tokens (refresh-token auth) never go to the TokenStore', async () => {
    server.use(
      http.post(TOKEN_URL, () =>
        HttpResponse.json({
          access_token: `${CANARY_TOKEN}-user`,
          refresh_token: `${CANARY_REFRESH}-2`,
          expires_in: 3600,
        }),
      ),
    )
    const store = recordingStore()
    const core = createHaloCore(
      testOptions({
        tokenStore: store,
        auth: {
          type: 'refresh_token',
          clientId: 'app',
          refreshToken: CANARY_REFRESH,
          onRefreshToken: () => {},
        },
      }),
    )
    expect((await core.getAccessToken()).accessToken).toBe(`${CANARY_TOKEN}-user`)
    expect(store.written).toEqual([])
  })
})
