// A small consumer of @halo/client, about the size of a first integration: what a user's `tsc` loads
// for it is what bench/src/typecheck-cost.ts measures. Type-checked only, never run.
import { HaloClient, type HaloList, isHaloResourceNotFound } from '@halo/client'

interface Options {
  readonly baseUrl: string
  readonly clientId: string
  readonly clientSecret: string
}

function connect(options: Options): HaloClient {
  return new HaloClient({
    baseUrl: options.baseUrl,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
  })
}

async function openTicket(halo: HaloClient, summary: string): Promise<number | undefined> {
  const types = await halo.ticketTypes.list()
  const general = types.find((type) => type.name === 'General')
  const ticket = await halo.tickets.create({ tickettype_id: general?.id ?? 1, summary, details: summary })
  return ticket.id ?? undefined
}

async function recentTicketSummaries(halo: HaloClient, limit: number): Promise<string[]> {
  const summaries: string[] = []
  for await (const ticket of halo.tickets.list({ limit })) {
    summaries.push(`${ticket.id}: ${ticket.summary ?? '(no summary)'}`)
  }
  return summaries
}

async function countByStatus(halo: HaloClient): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  const statuses = await halo.statuses.list()
  for (const status of statuses) counts.set(status.name ?? String(status.id), 0)
  for await (const ticket of halo.tickets.list({ limit: 200 })) {
    const name = statuses.find((status) => status.id === ticket.status_id)?.name ?? 'unknown'
    counts.set(name, (counts.get(name) ?? 0) + 1)
  }
  return counts
}

async function findUser(halo: HaloClient, email: string): Promise<string | undefined> {
  const users = await halo.users.list({ search: email, limit: 5 })
  const user = users.find((candidate) => candidate.emailaddress === email)
  return user?.name ?? undefined
}

async function clientNames(halo: HaloClient): Promise<string[]> {
  const names: string[] = []
  for await (const client of halo.clients.list({ limit: 50 })) names.push(client.name ?? '')
  return names
}

async function assetTags(halo: HaloClient, clientId: number): Promise<string[]> {
  const assets = await halo.assets.list({ client_id: clientId, limit: 20 })
  return assets.map((asset) => asset.inventory_number ?? '')
}

async function unpaidInvoices(halo: HaloClient): Promise<number> {
  let total = 0
  for await (const invoice of halo.invoices.list({ limit: 100 })) total += invoice.total ?? 0
  return total
}

async function searchKb(halo: HaloClient, term: string): Promise<string[]> {
  const articles = await halo.kbArticles.search(term)
  return articles.map((article) => article.name ?? '')
}

async function ticketOrNothing(halo: HaloClient, id: number): Promise<string | undefined> {
  try {
    const ticket = await halo.tickets.get(id)
    return ticket.summary ?? undefined
  } catch (error) {
    if (isHaloResourceNotFound(error)) return undefined
    throw error
  }
}

async function firstPage<T>(list: HaloList<T>, size: number): Promise<T[]> {
  for await (const page of list.pages()) return page.records.slice(0, size)
  return []
}

export async function main(options: Options): Promise<void> {
  const halo = connect(options)
  const id = await openTicket(halo, 'Printer on fire')
  console.log('opened', id)
  console.log(await recentTicketSummaries(halo, 10))
  console.log(await countByStatus(halo))
  console.log(await findUser(halo, 'someone@example.com'))
  console.log(await clientNames(halo))
  console.log(await assetTags(halo, 1))
  console.log(await unpaidInvoices(halo))
  console.log(await searchKb(halo, 'vpn'))
  console.log(await ticketOrNothing(halo, 42))
  console.log(await firstPage(halo.tickets.list(), 5))
  const agents = await halo.agents.list()
  console.log(agents.map((agent) => agent.name))
}
