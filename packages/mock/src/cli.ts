#!/usr/bin/env node
// `halo-mock --port 0`: starts the simulated Halo on loopback, prints its URL on the first line (then
// the credentials to use) and runs until SIGINT/SIGTERM.
import { parseArgs } from 'node:util'
import { type StartHaloMockOptions, startHaloMock } from './adapters/node-server.js'

const usage = `Usage: halo-mock [options]
  --port <n>            port (default 0: any free port)
  --host <addr>         interface (default 127.0.0.1)
  --tenant <name>       require this ?tenant= on token requests
  --client-id <id>      accepted client id (default halo-mock-client)
  --client-secret <s>   accepted client secret (default halo-mock-secret)
  --token-ttl <s>       access-token lifetime in seconds (default 3600)
  --tickets <n>         tickets to seed (default 120)
  --rate-limit <n/ms>   rolling window, e.g. 300/300000 (default off)
  --seed <n>            RNG seed for faults (default 1)
  --help`

function main(): Promise<void> | undefined {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      tenant: { type: 'string' },
      'client-id': { type: 'string' },
      'client-secret': { type: 'string' },
      'token-ttl': { type: 'string' },
      tickets: { type: 'string' },
      'rate-limit': { type: 'string' },
      seed: { type: 'string' },
      help: { type: 'boolean' },
    },
  })
  if (values.help) {
    console.log(usage)
    return undefined
  }
  const options: StartHaloMockOptions = { port: Number(values.port ?? 0) }
  if (values.host) options.host = values.host
  if (values.tenant) options.tenant = values.tenant
  if (values['client-id']) options.clientId = values['client-id']
  if (values['client-secret']) options.clientSecret = values['client-secret']
  if (values['token-ttl']) options.tokenTtlSeconds = Number(values['token-ttl'])
  if (values.tickets) options.ticketCount = Number(values.tickets)
  if (values.seed) options.seed = Number(values.seed)
  if (values['rate-limit']) {
    const [requests, windowMs] = values['rate-limit'].split('/').map(Number)
    if (!requests || !windowMs) throw new Error('--rate-limit expects <requests>/<windowMs>, e.g. 300/300000')
    options.rateLimit = { requests, windowMs }
  }
  return startHaloMock(options).then((running) => {
    const { credentials } = running.mock
    console.log(running.url)
    console.log(`client_id:     ${credentials.clientId}`)
    console.log(`client_secret: ${credentials.clientSecret}`)
    if (credentials.tenant) console.log(`tenant:        ${credentials.tenant}`)
    console.log(`token URL:     ${running.url}/auth/token   (Ctrl+C to stop)`)
    const stop = (): void => {
      void running.close().then(() => process.exit(0))
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
}

main()?.catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
