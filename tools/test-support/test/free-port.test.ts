import { once } from 'node:events'
import { createServer } from 'node:net'
import { describe, expect, it } from 'vitest'
import { freePort } from '../src/servers/index.js'

describe('freePort', () => {
  it('answers a loopback port a server can listen on', async () => {
    const port = await freePort()
    expect(port).toBeGreaterThan(0)
    const server = createServer().listen(port, '127.0.0.1')
    await once(server, 'listening')
    expect(server.address()).toMatchObject({ port })
    server.close()
  })
})
