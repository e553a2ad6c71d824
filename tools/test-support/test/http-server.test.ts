import { describe, expect, it } from 'vitest'
import { listen } from '../src/http-server.js'

describe('listen', () => {
  it('serves the listener on loopback, and close() ends keep-alive connections too', async () => {
    const served = await listen((request, response) => response.end(`you asked for ${request.url}`))
    expect(served.url).toBe(`http://127.0.0.1:${served.port}`)
    const response = await fetch(`${served.url}/hello`)
    expect(await response.text()).toBe('you asked for /hello')
    await served.close()
    await expect(fetch(`${served.url}/hello`)).rejects.toThrow()
  })
})
