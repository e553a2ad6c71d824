// `halo mcp`, run as an MCP client runs it: the built `halo` binary as a child process speaking
// JSON-RPC on its stdin/stdout, against the simulated Halo on loopback.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { useHaloMockServer } from '@halo/test-support/halo-mock-server'
import { describe, expect, it } from 'vitest'
import { baseEnv, HALO_BIN } from '../support/run-halo.js'

const halo = useHaloMockServer()

/** A line-delimited JSON-RPC session with `halo mcp` (the MCP stdio transport). */
function session(args: string[]) {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [HALO_BIN, 'mcp', ...args], {
    env: baseEnv(halo.env()),
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk
  })
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]()
  let nextId = 1
  return {
    stderr: () => stderr,
    async request(method: string, params: object = {}): Promise<Record<string, unknown>> {
      const id = nextId++
      child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', id, method, params })}\n`)
      for (;;) {
        const { value, done } = await lines.next()
        if (done) throw new Error(`halo mcp ended before answering ${method}: ${stderr}`)
        const message = JSON.parse(value) as {
          id?: number
          result?: Record<string, unknown>
          error?: unknown
        }
        if (message.id === id) {
          if (message.error) throw new Error(`${method} failed: ${JSON.stringify(message.error)}`)
          return message.result ?? {}
        }
      }
    },
    notify(method: string): void {
      child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', method })}\n`)
    },
    /** Closes stdin, as an MCP client does to end the session, and answers the exit code. */
    end(): Promise<number | null> {
      const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)))
      child.stdin.end()
      return exited
    },
  }
}

async function initialize(mcp: ReturnType<typeof session>): Promise<void> {
  await mcp.request('initialize', {
    protocolVersion: '2025-06-18',
    capabilities: {},
    clientInfo: { name: 'halo-cli-test', version: '1.0.0' },
  })
  mcp.notify('notifications/initialized')
}

describe('halo mcp', () => {
  it('serves the read-only tools on stdio and ends when stdin closes', { timeout: 60_000 }, async () => {
    const mcp = session([])
    await initialize(mcp)
    const { tools } = (await mcp.request('tools/list')) as { tools: { name: string }[] }
    const names = tools.map((tool) => tool.name)
    expect(names).toContain('list_tickets')
    expect(names).toContain('find_operations')
    expect(names).not.toContain('create_ticket')
    const call = (await mcp.request('tools/call', {
      name: 'lookup',
      arguments: { kind: 'statuses', name: 'In Progress' },
    })) as { content: { text: string }[]; isError?: boolean }
    expect(call.isError).toBeFalsy()
    expect(JSON.parse(call.content[0]?.text ?? '{}')).toMatchObject({ id: 2 })
    expect(mcp.stderr()).toMatch(/halo mcp: serving http:\/\/127\.0\.0\.1:\d+\/api on stdio \(read-only\)/)
    expect(await mcp.end()).toBe(0)
  })

  it('offers the write tools with --allow-writes', { timeout: 60_000 }, async () => {
    const mcp = session(['--allow-writes'])
    await initialize(mcp)
    const { tools } = (await mcp.request('tools/list')) as { tools: { name: string }[] }
    expect(tools.map((tool) => tool.name)).toEqual(
      expect.arrayContaining(['create_ticket', 'update_ticket', 'add_action']),
    )
    expect(await mcp.end()).toBe(0)
  })
})
