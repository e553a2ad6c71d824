import { describe, expect, it } from 'vitest'
import { createHaloCore } from '../../src/index.js'
import { resolveInstanceUrls } from '../../src/options/base-url.js'

const credentials = { clientId: 'id', clientSecret: 'secret' }

describe('baseUrl paths', () => {
  it.each([
    ['https://acme.halopsa.com', 'https://acme.halopsa.com/api'],
    ['https://acme.halopsa.com/', 'https://acme.halopsa.com/api'],
    ['https://acme.halopsa.com/api', 'https://acme.halopsa.com/api'],
    ['https://acme.halopsa.com/API/', 'https://acme.halopsa.com/api'],
    // A self-hosted instance under a path of its own keeps that path.
    ['https://intranet.example/halo', 'https://intranet.example/halo/api'],
    ['https://intranet.example/halo/api', 'https://intranet.example/halo/api'],
    ['https://intranet.example/apis/halo', 'https://intranet.example/apis/halo/api'],
  ])('accepts %s (API at %s)', (baseUrl, apiUrl) => {
    expect(resolveInstanceUrls(baseUrl, false).apiUrl).toBe(apiUrl)
  })

  it.each([
    ['https://acme.halopsa.com/auth', 'https://acme.halopsa.com'],
    ['https://acme.halopsa.com/auth/', 'https://acme.halopsa.com'],
    ['https://acme.halopsa.com/auth/token', 'https://acme.halopsa.com'],
    ['https://acme.halopsa.com/api/auth', 'https://acme.halopsa.com'],
    ['https://acme.halopsa.com/api/api', 'https://acme.halopsa.com'],
    ['https://acme.halopsa.com/api/Tickets', 'https://acme.halopsa.com'],
    ['https://acme.halopsa.com/Api/v2/', 'https://acme.halopsa.com'],
    ['https://intranet.example/halo/auth', 'https://intranet.example/halo'],
    ['https://intranet.example/halo/api/api', 'https://intranet.example/halo'],
  ])('refuses %s up front and suggests %s', (baseUrl, suggestion) => {
    const attempt = () => createHaloCore({ baseUrl, ...credentials })
    expect(attempt).toThrow(TypeError)
    expect(attempt).toThrow('baseUrl should be the instance root, e.g. https://acme.halopsa.com')
    expect(attempt).toThrow(`Try baseUrl: '${suggestion}'.`)
  })

  it('says why an /auth path is wrong without blaming authUrl', () => {
    expect(() => createHaloCore({ baseUrl: 'https://acme.halopsa.com/auth', ...credentials })).toThrow(
      /contains "\/auth", which is where the authorisation server lives/,
    )
    expect(() => createHaloCore({ baseUrl: 'https://acme.halopsa.com/api/api', ...credentials })).toThrow(
      /contains "\/api", and every API path is added after \/api/,
    )
  })

  it('refuses the path even when authUrl is given', () => {
    const options = { ...credentials, authUrl: 'https://acme.halopsa.com/auth' }
    expect(() => createHaloCore({ baseUrl: 'https://acme.halopsa.com/auth', ...options })).toThrow(
      /baseUrl should be the instance root/,
    )
  })
})
