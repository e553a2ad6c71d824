import { request } from 'node:http'
import { seed } from '@halo/mock'
import { useHaloMockServer } from '@halo/test-support/halo-mock-server'
import { startProcess } from '@halo/test-support/processes'
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js'
import { describe, expect, it } from 'vitest'
import { serveHaloMcpHttp } from '../src/index.js'
import { BIN_PATH, binEnv, requireBuiltBin, SUBPROCESS_TIMEOUT_MS } from './support/built-bin.js'
import { callJson, mockClient, READ_TOOLS } from './support/mcp-harness.js'

const halo = useHaloMockServer()

/** POSTs with a chosen Host header (fetch does not let a caller set it). */
function postWithHost(url: string, host: string, body: string): Promise<number> {
  const target = new URL(url)
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        hostname: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: { host, 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      },
      (response) => {
        response.resume()
        resolve(response.statusCode ?? 0)
      },
    )
    outgoing.on('error', reject)
    outgoing.end(body)
  })
}

async function connectHttp(url: string): Promise<Client> {
  const client = new Client({ name: 'halo-mcp-http-test', version: '1.0.0' })
  await client.connect(new StreamableHTTPClientTransport(new URL(url)))
  return client
}

describe('Streamable HTTP', () => {
  it('serves the tools to the SDK’s HTTP client, bound to loopback', async () => {
    const http = await serveHaloMcpHttp({ client: mockClient(halo.url), port: 0 })
    try {
      expect(http.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mcp$/)
      const client = await connectHttp(http.url)
      expect((await client.listTools()).tools.map((tool) => tool.name).sort()).toEqual([...READ_TOOLS].sort())
      const ticket = await callJson<{ id: number }>(client, 'get_ticket', { id: seed.ticketId, actions: 0 })
      expect(ticket.id).toBe(seed.ticketId)
      await client.close()
    } finally {
      await http.close()
    }
  })

  it('refuses requests for another host name (DNS rebinding) and other paths', async () => {
    const http = await serveHaloMcpHttp({ client: mockClient(halo.url), port: 0 })
    try {
      const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} })
      const headers = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' }
      expect(await postWithHost(http.url, 'evil.example', body)).toBe(403)
      expect(await postWithHost(http.url, new URL(http.url).host, body)).toBe(200)
      const elsewhere = await fetch(http.url.replace('/mcp', '/other'), { method: 'POST', body, headers })
      expect(elsewhere.status).toBe(404)
      expect((await fetch(http.url)).status).toBe(405)
    } finally {
      await http.close()
    }
  })

  it('halo-mcp --http --port 0 prints its endpoint and serves it', {
    timeout: SUBPROCESS_TIMEOUT_MS,
  }, async () => {
    requireBuiltBin()
    const bin = startProcess(process.execPath, [BIN_PATH, '--http', '--port', '0'], { env: binEnv(halo) })
    try {
      const [, url] = await bin.waitForOutput(/on (http:\/\/\S+)/, SUBPROCESS_TIMEOUT_MS)
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mcp$/)
      const client = await connectHttp(url ?? '')
      const found = await callJson<{ records: { name: string }[] }>(client, 'list_clients', {
        search: 'Contoso',
      })
      expect(found.records.map((record) => record.name)).toEqual(['Contoso Dental Group'])
      await client.close()
    } finally {
      await bin.stop()
    }
  })
})
