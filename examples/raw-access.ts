// Raw access: any path relative to /api, every generated operation by name, raw paging.
import type { HaloClient } from '@halo/client'
import { runWhenMain } from './support/run-example.js'

interface Status {
  readonly id: number
  readonly name: string
}

export async function run(halo: HaloClient, log: (line: string) => void) {
  const statuses = await halo.get<Status[]>('/Status', { query: { excludeclosed: true } })
  log(`GET /Status: ${statuses.map((status) => status.name).join(', ')}`)

  const created = await halo.post<{ id: number; summary: string }>('/Tickets', [
    { tickettype_id: 1, summary: 'Created with a raw POST' },
  ])
  log(`POST /Tickets created #${created.id}`)

  // Every one of the API's operations, by its generated name, with typed params.
  const ticket = await halo.ops.getTicket({ id: created.id, includedetails: true })
  const recent = await halo.ops.listTickets({ order: 'id', orderdesc: true, limit: 5 })
  log(`halo.ops has ${Object.keys(halo.ops).length} operations; getTicket → "${ticket.summary}"`)
  log(`listTickets → ${recent.length} tickets, newest #${recent[0]?.id}`)

  let pages = 0
  // Raw paging: pageinate=true and page_no are added; `limit` stops after that many records.
  for await (const page of halo.paginate('/Tickets', { query: { page_size: 50 }, limit: 120 }).pages()) {
    pages++
    log(`Page ${page.pageNo}: ${page.records.length} of ${page.recordCount} tickets`)
  }

  await halo.delete(`/Tickets/${created.id}`)
  log(`DELETE /Tickets/${created.id}`)

  return { statuses: statuses.length, createdId: created.id, operations: Object.keys(halo.ops).length, pages }
}

await runWhenMain(import.meta.url, run)
