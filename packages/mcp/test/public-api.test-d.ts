import { HaloClient } from '@halo/client'
import { createHaloCore } from '@halo/core'
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { expectTypeOf, test } from 'vitest'
import {
  createHaloMcpServer,
  type HaloMcpHttpServer,
  type HaloMcpServerOptions,
  type PlannedRequest,
  serveHaloMcpHttp,
  serveHaloMcpStdio,
} from '../src/index.js'

const client = new HaloClient({ baseUrl: 'https://acme.halopsa.com', clientId: 'id', clientSecret: 'secret' })
const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId: 'id', clientSecret: 'secret' })

test('createHaloMcpServer takes a client or a core and returns the SDK’s McpServer', () => {
  expectTypeOf(createHaloMcpServer({ client })).toEqualTypeOf<McpServer>()
  expectTypeOf(
    createHaloMcpServer({ core, allowWrites: true, allowDeletes: false }),
  ).toEqualTypeOf<McpServer>()
  // @ts-expect-error one source, not both
  createHaloMcpServer({ client, core })
  // @ts-expect-error a source is required
  createHaloMcpServer({ allowWrites: true })
})

test('the transports', () => {
  expectTypeOf(serveHaloMcpStdio).returns.resolves.toEqualTypeOf<McpServer>()
  expectTypeOf(serveHaloMcpHttp).returns.resolves.toEqualTypeOf<HaloMcpHttpServer>()
  expectTypeOf<HaloMcpServerOptions['maxResultChars']>().toEqualTypeOf<number | undefined>()
  expectTypeOf<PlannedRequest>().toHaveProperty('body')
})
