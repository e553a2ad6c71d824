// Compiled under `strict` + `exactOptionalPropertyTypes` (this package's tsconfig, by way of
// tsconfig.base.json; the probe below fails to compile if the setting is ever turned off): a consumer
// with that setting passes values that may be `undefined`, such as `process.env.X`, straight into the
// library's options and params.
import { HaloClient } from '../src/index.js'

type Probe = { readonly value?: number }
// @ts-expect-error under exactOptionalPropertyTypes an optional property without `| undefined` refuses undefined
export const probe: Probe = { value: undefined }

declare const maybe: <T>() => T | undefined

export async function readmeFirstExample(): Promise<void> {
  const halo = new HaloClient({
    baseUrl: 'https://acme.halopsa.com',
    clientId: process.env.HALO_CLIENT_ID,
    clientSecret: process.env.HALO_CLIENT_SECRET,
  })

  const types = await halo.ticketTypes.list()
  const ticket = await halo.tickets.create({ tickettype_id: 24, summary: 'Server outage' })
  await ticket.addAction({ note_html: '<p>Investigating</p>', outcome_id: 1 })
  for await (const t of halo.tickets.list({ client_id: 123 })) console.log(t.id, t.summary, types.length)
}

export async function optionalValuesMayBeUndefined(halo: HaloClient): Promise<void> {
  const signal = maybe<AbortSignal>()
  new HaloClient({
    baseUrl: 'https://acme.halopsa.com',
    tenant: maybe<string>(),
    scope: maybe<string>(),
    timeoutMs: maybe<number>(),
    maxConcurrency: maybe<number>(),
    validate: maybe<'off' | 'warn' | 'strict'>(),
    headers: maybe<Record<string, string>>(),
    hooks: { onRequest: maybe<() => void>() },
  })
  await halo.tickets.get(1, { includedetails: maybe<boolean>() }, { signal, timeoutMs: maybe<number>() })
  await halo.tickets.list({ client_id: maybe<number>(), limit: maybe<number>() })
  await halo.tickets.search('printer', { limit: maybe<number>() })
  await halo.tickets.createMany([{ summary: 'a' }], { chunkSize: maybe<number>(), signal })
  await halo.statuses.idOf('Open', { signal })
  await halo.search('printer', { limit: maybe<number>(), signal })
  await halo.get('/Status', { query: { count: maybe<number>() }, signal })
  await halo.paginate('/Status', { listKey: maybe<string>(), maxPageSize: maybe<number>() })
}
