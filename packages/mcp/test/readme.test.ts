// Runs the README: each JSON client configuration is started exactly as written (its command found on
// PATH, its arguments, its variables pointed at the simulated Halo) and driven with the SDK's client; each
// ```ts block runs as a module of its own with HALO_* set to the mock.
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { useHaloMockServer } from '@halo/test-support/halo-mock-server'
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { BIN_PATH, binEnv, requireBuiltBin, SUBPROCESS_TIMEOUT_MS } from './support/built-bin.js'
import { callJson, READ_TOOLS, WRITE_TOOLS } from './support/mcp-harness.js'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const jsonBlocks = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map(
  (match) => JSON.parse(match[1] ?? '') as unknown,
)
const tsBlocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? '')

interface ServerEntry {
  command: string
  args: string[]
  env: Record<string, string>
}

function serverEntries(config: unknown): ServerEntry[] {
  const servers =
    (config as { mcpServers?: object; servers?: object }).mcpServers ??
    (config as { servers: object }).servers
  return Object.values(servers) as ServerEntry[]
}

const workDir = fileURLToPath(new URL('../.tmp/readme/', import.meta.url))
const halo = useHaloMockServer()

beforeAll(() => {
  requireBuiltBin()
  mkdirSync(workDir, { recursive: true })
  // What `npm install -g @halo/mcp` puts on PATH: a `halo-mcp` command running the built bin.
  const shim = join(workDir, 'halo-mcp')
  writeFileSync(
    shim,
    `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN_PATH)} "$@"\n`,
  )
  chmodSync(shim, 0o755)
})
afterAll(() => {
  rmSync(workDir, { recursive: true, force: true })
})

describe('README client configurations', { timeout: SUBPROCESS_TIMEOUT_MS }, () => {
  it('has the two documented configurations', () => {
    expect(jsonBlocks).toHaveLength(2)
    for (const config of jsonBlocks) {
      const [entry] = serverEntries(config)
      expect(entry?.command).toBe('halo-mcp')
      expect(Object.keys(entry?.env ?? {}).sort()).toEqual([
        'HALO_BASE_URL',
        'HALO_CLIENT_ID',
        'HALO_CLIENT_SECRET',
      ])
    }
  })

  it.each(jsonBlocks.map((config, index) => [index, config] as const))(
    'configuration %i starts and serves',
    async (_, config) => {
      const [entry] = serverEntries(config)
      if (!entry) throw new Error('no server entry')
      const env: Record<string, string> = {
        ...entry.env,
        // The documented variables, with the simulated Halo's values instead of the placeholders.
        ...binEnv(halo),
        PATH: `${workDir}:${process.env.PATH ?? ''}`,
      }
      const client = new Client({ name: 'readme-config', version: '1.0.0' })
      await client.connect(new StdioClientTransport({ command: entry.command, args: entry.args, env }))
      try {
        const names = (await client.listTools()).tools.map((tool) => tool.name).sort()
        const expected = entry.args.includes('--allow-writes')
          ? [...READ_TOOLS, ...WRITE_TOOLS]
          : [...READ_TOOLS]
        expect(names).toEqual(expected.sort())
        const ticket = await callJson<{ id: number }>(client, 'get_ticket', { id: 1001, actions: 0 })
        expect(ticket.id).toBe(1001)
      } finally {
        await client.close()
      }
    },
  )
})

describe('README code', () => {
  const sourceIndex = fileURLToPath(new URL('../src/index.ts', import.meta.url))

  it.each(tsBlocks.map((block, index) => [index, block] as const))('block %i runs', async (index, block) => {
    for (const [name, value] of Object.entries(halo.env())) vi.stubEnv(name, value)
    const logged: unknown[] = []
    const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      logged.push(...args)
    })
    try {
      const file = join(workDir, `block-${index}.ts`)
      writeFileSync(file, block.replaceAll("from '@halo/mcp'", `from ${JSON.stringify(sourceIndex)}`))
      await import(pathToFileURL(file).href)
      const text = JSON.stringify(logged)
      if (block.includes('list_tickets')) {
        const [content] = logged as { text: string }[][]
        const page = JSON.parse(content?.[0]?.text ?? '{}') as { records: { status_id: number }[] }
        expect(page.records.length).toBeGreaterThan(0)
        expect(page.records.every((ticket) => ticket.status_id === 2)).toBe(true)
      } else {
        expect(text).toMatch(/MCP endpoint: http:\/\/127\.0\.0\.1:\d+\/mcp/)
      }
    } finally {
      log.mockRestore()
      vi.unstubAllEnvs()
    }
  })
})
