// `npm run demo`: a tour of the guide's Quick Start through the real client, against a simulated Halo
// (@halo/mock) started in this process. Nothing leaves the machine; no credentials are needed.
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { HaloClient, isHaloError } from '@halo/client'
import { mockCredentials, startHaloMock } from '@halo/mock'
import { isMainModule } from './support/run-example.js'

type Log = (line: string) => void

/** Runs the tour with `halo`, printing each step through `log`. Answers how many steps ran. */
export async function tour(halo: HaloClient, log: Log): Promise<number> {
  let steps = 0
  const step = async <T>(title: string, body: () => Promise<T>): Promise<T> => {
    steps++
    log('')
    log(`${steps}. ${title}`)
    try {
      return await body()
    } catch (error) {
      throw new Error(
        `Step ${steps} (${title}) failed: ${error instanceof Error ? error.message : String(error)}`,
        {
          cause: error,
        },
      )
    }
  }
  const say = (line: string) => log(`   ${line}`)
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`
  const list = (names: readonly (string | null | undefined)[], max = 4) =>
    names.slice(0, max).join(', ') + (names.length > max ? `, … (${names.length} in all)` : '')

  await step('Connect', async () => {
    const token = await halo.getAccessToken()
    say(`API root ${halo.apiUrl}`)
    say(`Access token obtained, valid for ${Math.round((token.expiresAt - Date.now()) / 60_000)} minutes`)
    say(`${halo.resourceNames.length} resources and ${Object.keys(halo.ops).length} operations available`)
  })

  const incidentId = await step('List ticket types', async () => {
    const types = await halo.ticketTypes.list()
    say(
      `${types.length} ticket types: ${list(
        types.map((type) => type.name),
        6,
      )}`,
    )
    return halo.ticketTypes.idOf('Incident')
  })

  await step('Read the fields of "Incident"', async () => {
    const incident = await halo.ticketTypes.get(incidentId, { includedetails: true })
    const fields = await incident.getFields()
    const mandatory = fields.filter((field) => field.mandatory)
    const tiers = fields.filter((field) => field.isCategory)
    const lookups = fields.filter((field) => !field.isCategory && field.lookupValues.length > 0)
    say(
      `${fields.length} fields, ${mandatory.length} mandatory: ${list(mandatory.map((field) => field.label))}`,
    )
    say(`Category tiers: ${tiers.map((field) => `${field.label} (${field.csvColumnName})`).join(', ')}`)
    for (const field of lookups.slice(0, 2))
      say(`${field.label}: ${list(field.lookupValues.map((value) => value.label))}`)
  })

  const ticket = await step('Create a ticket', async () => {
    const [northwind] = await halo.clients.list({ search: 'Northwind' })
    const created = await halo.tickets.create({
      tickettype_id: incidentId,
      summary: 'Server outage',
      details: 'The file server in Leeds is not responding.',
      ...(northwind?.id === undefined ? {} : { client_id: northwind.id }),
    })
    say(`Ticket #${created.id} "${created.summary}" logged for ${created.client_name ?? 'a client'}`)
    return created
  })
  const ticketId = ticket.id

  await step('Update it', async () => {
    const inProgress = await halo.statuses.idOf('In Progress')
    const updated = await ticket.update({ status_id: inProgress })
    say(`Ticket #${ticketId} moved to "In Progress" (status ${updated.status_id})`)
  })

  await step('Add an action and an attachment', async () => {
    const action = await ticket.addAction({
      note_html: '<p>Restarted the file server service; shares are back.</p>',
      outcome_id: await halo.outcomes.idOf('Private Note'),
    })
    say(`Action ${action.id} added (note)`)
    const log = new TextEncoder().encode('09:02 fileserver01: service stopped unexpectedly\n')
    const attachment = await ticket.addAttachment('error_log.txt', log, 'Server error log')
    say(`Attachment "${attachment.filename}" uploaded (${log.byteLength} bytes)`)
    const actions = await ticket.getActions()
    say(`Ticket #${ticketId} now has ${actions.length} actions`)
  })

  await step('List assets', async () => {
    const assets = await halo.assets.list()
    const laptops = await halo.assets.list({ assettype_id: await assetTypeId(halo, 'Laptop') })
    say(`${assets.length} assets (fetched 50 a page), ${laptops.length} of them laptops`)
    say(`Next free asset tag: ${describe(await halo.assets.getNextTag())}`)
  })

  await step('Walk the four category tiers', async () => {
    const tiers = await halo.categories.getAllTypes()
    for (const tier of [1, 2, 3, 4] as const)
      say(
        `Category ${tier}: ${list(
          tiers[tier].map((category) => category.value),
          3,
        )}`,
      )
  })

  await step('Users and clients', async () => {
    const me = await halo.users.getMe()
    say(`Signed in as ${me.name}`)
    const [northwind] = await halo.clients.list({ search: 'Northwind' })
    if (northwind === undefined) throw new Error('No client "Northwind"')
    const [sites, users] = await Promise.all([northwind.getSites(), northwind.getUsers()])
    say(
      `${northwind.name}: ${sites.length} sites (${list(
        sites.map((site) => site.name),
        3,
      )}), ${users.length} users`,
    )
  })

  await step('Search the knowledge base', async () => {
    const articles = await halo.kbArticles.search('password')
    say(`"password": ${articles.length} articles`)
    for (const article of articles.slice(0, 3)) say(`- ${article.name}`)
  })

  await step('Run a report', async () => {
    const reports = await halo.reports.list()
    const saved = reports.find((report) => report.name === 'Open tickets by client') ?? reports[0]
    if (saved?.id == null) throw new Error('No saved reports')
    const report = await halo.reports.get(saved.id)
    const rows = await report.run()
    say(`"${report.name}": ${rows.length} rows`)
    for (const row of rows.slice(0, 3)) say(`- ${Object.values(row).join(': ')}`)
  })

  await step('Universal search', async () => {
    const found = await halo.search('outlook', { limit: 5 })
    say(
      `"outlook": ${count(found.tickets.length, 'ticket')}, ${count(found.assets.length, 'asset')}, ` +
        `${count(found.kbArticles.length, 'KB article')}, ${count(found.users.length, 'user')}`,
    )
  })

  return steps
}

async function assetTypeId(halo: HaloClient, name: string): Promise<number> {
  const type = (await halo.assetTypes.list()).find((assetType) => assetType.name === name)
  if (type?.id == null) throw new Error(`No asset type "${name}"`)
  return type.id
}

function describe(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (typeof value === 'object' && value !== null) {
    const first = Object.values(value)[0]
    if (typeof first === 'string' || typeof first === 'number') return String(first)
  }
  return JSON.stringify(value)
}

/** The built `halo` command of @halo/cli (the demo's build step builds it). */
const HALO_CLI = fileURLToPath(new URL('../packages/cli/dist/bin.js', import.meta.url))

/**
 * A few `halo` commands against the same simulated Halo, as a terminal user would type them. Answers
 * how many ran (0 when the CLI is not built).
 */
export async function cliTour(baseUrl: string, log: Log): Promise<number> {
  if (!existsSync(HALO_CLI)) {
    log('(Build @halo/cli to see the halo command here: nx run @halo/cli:build)')
    return 0
  }
  const folder = await mkdtemp(join(tmpdir(), 'halo-demo-'))
  const env = {
    ...process.env,
    HALO_BASE_URL: baseUrl,
    HALO_CLIENT_ID: mockCredentials.clientId,
    HALO_CLIENT_SECRET: mockCredentials.clientSecret,
    HALO_CONFIG_DIR: folder,
  }
  const commands = [
    ['doctor', '--output', 'table'],
    ['tickets', 'list', '--limit', '3', '--output', 'table'],
    [
      'tickets',
      'create',
      '--data',
      '{"summary":"Printer jam","tickettype_id":1}',
      '--dry-run',
      '--output',
      'json',
    ],
    ['export', 'tickets', '--format', 'csv', '--out', join(folder, 'tickets.csv'), '--output', 'table'],
  ]
  try {
    for (const args of commands) {
      log('')
      log(
        `$ halo ${args
          .map((arg) => (/[\s"{]/.test(arg) ? `'${arg}'` : arg))
          .join(' ')
          .replace(folder, '.')}`,
      )
      const { stdout, stderr } = await promisify(execFile)(process.execPath, [HALO_CLI, ...args], {
        env,
        timeout: 120_000,
      })
      for (const line of `${stdout}${stderr}`.trimEnd().split('\n')) log(`  ${line.replace(folder, '.')}`)
    }
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
  return commands.length
}

async function main(): Promise<void> {
  const started = Date.now()
  const server = await startHaloMock({ port: 0 })
  console.log('Halo TypeScript SDK: a tour of the Quick Start')
  console.log(`Simulated Halo (@halo/mock) listening on ${server.url}`)
  try {
    const halo = new HaloClient({ baseUrl: server.url, ...mockCredentials })
    const steps = await tour(halo, (line) => console.log(line))
    console.log('')
    console.log('The same Halo from the terminal, with the halo command (@halo/cli):')
    await cliTour(server.url, (line) => console.log(line))
    const requests = server.mock.requests.length
    console.log('')
    console.log(
      `Done: ${steps} steps, ${requests} requests to the simulated Halo in ${Date.now() - started} ms.`,
    )
  } catch (error) {
    console.error('')
    console.error(`Demo failed. ${error instanceof Error ? error.message : String(error)}`)
    const cause = error instanceof Error ? error.cause : undefined
    if (isHaloError(cause))
      console.error(`(${cause.name}, HTTP ${cause.status ?? '-'} ${cause.method ?? ''} ${cause.url ?? ''})`)
    process.exitCode = 1
  } finally {
    await server.close()
  }
}

if (isMainModule(import.meta.url)) await main()
