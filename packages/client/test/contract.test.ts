// Every row of the client's resource contract (what each resource method takes and answers), run twice: through the HaloClient facade and
// through the domain packages' factories over `createHaloCore`. Seed ids stand in for the table's numbers.
import { seed } from '@halo/mock'
import { describe, expect, it } from 'vitest'
import { type HaloResourceName, resourceFactories } from '../src/index.js'
import { mockClient, useMockHalo } from './support/mock-halo.js'
import { type CoreWithResources, packageResources } from './support/package-resources.js'

const mock = useMockHalo()

const ways: [string, () => CoreWithResources][] = [
  ['HaloClient', () => mockClient()],
  ['domain packages over createHaloCore', packageResources],
]

const posts = (operation: string) => mock.requests.filter((request) => request.operation === operation)

describe.each(ways)('contract rows through %s', (_way, connect) => {
  it('ticketTypes.list()', async () => {
    const halo = connect()
    const types = await halo.ticketTypes.list()
    expect(types.map((type) => type.name)).toContain('Incident')
    const [first] = types
    // Records are Halo's data plus non-enumerable helpers.
    expect(Object.keys(first ?? {})).not.toContain('getFields')
    expect(typeof first?.getFields).toBe('function')
  })

  it('ticketTypes.get(id, { includedetails: true }) and ticketType.getFields()', async () => {
    const halo = connect()
    const incident = await halo.ticketTypes.get(seed.ticketTypeId, { includedetails: true })
    expect(mock.requests.at(-1)?.query.includedetails).toBe('true')
    expect(incident.name).toBe('Incident')
    const fields = await incident.getFields()
    const tierOne = fields.find((field) => field.categoryTypeId === 1)
    // Halo's field `category2` is Category 1.
    expect(tierOne).toMatchObject({ name: 'category2', isCategory: true, csvColumnName: 'Category' })
    expect(tierOne?.lookupValues.length).toBeGreaterThan(0)
    const tiers = fields.filter((field) => field.isCategory).map((field) => field.csvColumnName)
    expect(tiers).toEqual(expect.arrayContaining(['Category']))
    const lookup = fields.find((field) => !field.isCategory && field.lookupValues.length > 0)
    expect(lookup?.lookupValues[0]).toEqual({ id: expect.anything(), label: expect.any(String) })
    for (const field of fields)
      expect(Object.keys(field)).toEqual(
        expect.arrayContaining([
          'id',
          'name',
          'label',
          'type',
          'mandatory',
          'isCategory',
          'categoryTypeId',
          'csvColumnName',
          'lookupValues',
        ]),
      )
  })

  it('tickets.create({...}) one and many; update via record and resource', async () => {
    const halo = connect()
    const ticket = await halo.tickets.create({ tickettype_id: seed.ticketTypeId, summary: 'Server outage' })
    expect(ticket.summary).toBe('Server outage')
    expect(posts('POST /Tickets').at(-1)?.body).toEqual([
      { tickettype_id: seed.ticketTypeId, summary: 'Server outage' },
    ])
    // JSON is exactly Halo's data: the helpers are not enumerable.
    expect(Object.keys(JSON.parse(JSON.stringify(ticket)))).toEqual(Object.keys(ticket))
    expect(Object.keys(ticket)).not.toContain('addAction')
    const many = await halo.tickets.create([
      { tickettype_id: seed.ticketTypeId, summary: 'One' },
      { tickettype_id: seed.ticketTypeId, summary: 'Two' },
    ])
    expect(many.map((created) => created.summary)).toEqual(['One', 'Two'])

    const updated = await ticket.update({ status_id: seed.statusInProgressId })
    expect(updated.status_id).toBe(seed.statusInProgressId)
    expect(posts('POST /Tickets').at(-1)?.body).toEqual([
      { status_id: seed.statusInProgressId, id: ticket.id },
    ])
    await halo.tickets.update(ticket.id as number, { summary: 'Server outage (Leeds)' })
    expect(mock.state.tickets.get(ticket.id as number)?.summary).toBe('Server outage (Leeds)')
    expect(mock.state.tickets.get(ticket.id as number)?.status_id).toBe(seed.statusInProgressId)
  })

  it('ticket.addAction({ note_html, outcome_id })', async () => {
    const halo = connect()
    const ticket = await halo.tickets.get(seed.ticketId)
    const action = await ticket.addAction({ note_html: '<p>Rebooted</p>', outcome_id: seed.outcomeNoteId })
    expect(action.ticket_id).toBe(seed.ticketId)
    const stored = mock.state.actions.list(seed.ticketId).find((candidate) => candidate.id === action.id)
    expect(stored?.note_html).toBe('<p>Rebooted</p>')
  })

  it("ticket.addAttachment('error_log.txt', bytes, 'Server error log') from each kind of bytes", async () => {
    const halo = connect()
    const ticket = await halo.tickets.get(seed.ticketId)
    const text = 'disk full\n'
    const bytes = new TextEncoder().encode(text)
    for (const content of [bytes, bytes.buffer.slice(0), new Blob([bytes]), text]) {
      const attachment = await ticket.addAttachment('error_log.txt', content, 'Server error log')
      expect(attachment.filename).toBe('error_log.txt')
      const body = posts('POST /Attachment').at(-1)?.body as [
        { data_base64: string; ticket_id: number; note?: string },
      ]
      expect(body[0].ticket_id).toBe(seed.ticketId)
      expect(body[0].data_base64).toBe(`data:text/plain;base64,${Buffer.from(text).toString('base64')}`)
      expect(new TextDecoder().decode(await halo.attachments.download(attachment.id as number))).toBe(text)
    }
  })

  it('assets.list({ client_id, assettype_id }), asset.getSoftware(), assets.getNextTag()', async () => {
    const halo = connect()
    const laptops = await halo.assets.list({ client_id: seed.clientId, assettype_id: seed.assetTypeId })
    expect(laptops.length).toBeGreaterThan(0)
    expect(
      laptops.every((asset) => asset.client_id === seed.clientId && asset.assettype_id === seed.assetTypeId),
    ).toBe(true)
    const asset = await halo.assets.get(seed.assetId)
    const software = await asset.getSoftware()
    expect(Array.isArray(software)).toBe(true)
    expect(mock.requests.at(-1)?.query.device_id).toBe(String(seed.assetId))
    const tag = await halo.assets.getNextTag()
    expect(tag).toMatch(/^AST-\d+$/)
  })

  it('categories.getAllTypes() and categories.getByType(3)', async () => {
    const halo = connect()
    const all = await halo.categories.getAllTypes()
    expect(Object.keys(all)).toEqual(['1', '2', '3', '4'])
    expect(all[1].map((category) => category.value)).toContain('Hardware>Laptop')
    const third = await halo.categories.getByType(3)
    expect(third.map((category) => category.value)).toEqual(all[3].map((category) => category.value))
    expect(mock.requests.at(-1)?.query.type_id).toBe('3')
  })

  it('users.getMe(), clients.list({ search }), client.getSites() / getUsers() / getContracts()', async () => {
    const halo = connect()
    expect((await halo.users.getMe()).id).toBe(seed.userId)
    const found = await halo.clients.list({ search: 'northwind' })
    expect(found.map((client) => client.id)).toEqual([seed.clientId])
    const [northwind] = found
    if (northwind === undefined) throw new Error('unreachable')
    const [clientSites, clientUsers, clientContracts] = await Promise.all([
      northwind.getSites(),
      northwind.getUsers(),
      northwind.getContracts(),
    ])
    expect(clientSites.map((site) => site.id)).toContain(seed.siteId)
    expect(clientSites.every((site) => site.client_id === seed.clientId)).toBe(true)
    expect(clientUsers.map((user) => user.id)).toContain(seed.userId)
    expect(clientContracts.every((contract) => contract.client_id === seed.clientId)).toBe(true)
  })

  it('user.addRole(id) keeps the roles the user already has', async () => {
    const halo = connect()
    const user = await halo.users.get(seed.userId)
    const before = (user.roles ?? []).map((role) => role.id)
    expect(before.length).toBeGreaterThan(0)
    const newRole = 5
    expect(before).not.toContain(newRole)
    const updated = await user.addRole(newRole)
    expect((updated.roles ?? []).map((role) => role.id).sort()).toEqual([...before, newRole].sort())
    const stored = (await halo.users.get(seed.userId)).roles ?? []
    expect(stored.map((role) => role.id).sort()).toEqual([...before, newRole].sort())
  })

  it("kbArticles.search('password reset') and article.vote({ helpful: true })", async () => {
    const halo = connect()
    const articles = await halo.kbArticles.search('password')
    expect(articles.map((article) => article.id)).toContain(seed.kbArticleId)
    const article = await halo.kbArticles.get(seed.kbArticleId)
    const before = article.useful_count ?? 0
    await article.vote({ helpful: true })
    expect((await halo.kbArticles.get(seed.kbArticleId)).useful_count).toBe(before + 1)
  })

  it('reports.get(id), report.run(), report.generatePdf(), report.bookmark()', async () => {
    const halo = connect()
    const report = await halo.reports.get(seed.reportId)
    expect(report.name).toBe('Open tickets by client')
    const rows = await report.run()
    expect(rows.length).toBeGreaterThan(0)
    expect(Object.keys(rows[0] ?? {}).length).toBeGreaterThan(0)
    await report.generatePdf()
    expect(mock.requests.some((request) => /\/report\/createpdf$/i.test(request.path))).toBe(true)
    await report.bookmark()
    expect(mock.requests.some((request) => /\/report\/bookmark$/i.test(request.path))).toBe(true)
  })

  it('tickets.search(term, { limit: 10 })', async () => {
    const halo = connect()
    const found = await halo.tickets.search('outlook', { limit: 10 })
    expect(found.length).toBeGreaterThan(0)
    expect(found.length).toBeLessThanOrEqual(10)
    expect(mock.requests.at(-1)?.query.search).toBe('outlook')
  })

  it('raw access: get(path, { query }), post, put, patch, delete', async () => {
    const halo = connect()
    const statuses = await halo.get<{ id: number }[]>('/Status', { query: { excludeclosed: true } })
    expect(statuses.map((status) => status.id)).not.toContain(seed.statusClosedId)
    const created = await halo.post<{ id: number }>('/Tickets', [
      { tickettype_id: seed.ticketTypeId, summary: 'Raw' },
    ])
    expect(mock.state.tickets.get(created.id)?.summary).toBe('Raw')
    await halo.delete(`/Tickets/${created.id}`)
    expect(mock.state.tickets.get(created.id)).toBeUndefined()
    await expect(halo.put('/Tickets', [])).rejects.toThrow()
    await expect(halo.patch('/Tickets', [])).rejects.toThrow()
    expect(mock.requests.slice(-2).map((request) => request.method)).toEqual(['PUT', 'PATCH'])
  })

  it('common methods: list, get, create, update, delete on another domain (finance suppliers)', async () => {
    const halo = connect()
    const supplier = await halo.suppliers.create({ name: 'Contoso Cables' })
    expect((await halo.suppliers.get(supplier.id as number)).name).toBe('Contoso Cables')
    await halo.suppliers.update(supplier.id as number, { name: 'Contoso Cables Ltd' })
    expect((await halo.suppliers.list()).map((found) => found.name)).toContain('Contoso Cables Ltd')
    await halo.suppliers.delete(supplier.id as number)
    await expect(halo.suppliers.get(supplier.id as number)).rejects.toMatchObject({ status: 404 })
  })
  it('every hand-written resource lists its records, capped by limit', async () => {
    const halo = connect()
    for (const name of Object.keys(resourceFactories) as HaloResourceName[]) {
      const resource: { list?: (params?: { limit?: number }) => PromiseLike<unknown[]> } = halo[name]
      if (resource.list === undefined) throw new Error(`${name} has no list`)
      const records = await resource.list({ limit: 3 })
      expect(Array.isArray(records), name).toBe(true)
      expect(records.length, name).toBeLessThanOrEqual(3)
    }
  })

  it('name → id lookups, cached per core: statuses, ticket types, categories, priorities, agents, teams, outcomes', async () => {
    const halo = connect()
    expect(await halo.statuses.idOf('in progress')).toBe(seed.statusInProgressId)
    expect(await halo.ticketTypes.idOf('Incident')).toBe(seed.ticketTypeId)
    expect(await halo.categories.idOf('Hardware', 1)).toBe(seed.categoryId)
    expect(await halo.priorities.idOf('High', { slaId: seed.slaId })).toBe(seed.priorityHighId)
    expect(await halo.agents.idOf('Priya Shah')).toBe(seed.agentId)
    expect(await halo.teams.idOf('1st Line Support')).toBe(seed.teamId)
    expect(await halo.outcomes.idOf('Private Note')).toBe(seed.outcomeNoteId)
    const before = mock.requests.length
    expect(await halo.statuses.idOf('New')).toBe(seed.statusNewId)
    expect(mock.requests.length).toBe(before) // answered from the cache
  })

  it('ticketTypes.validateDraft lists the mandatory fields a draft lacks', async () => {
    const halo = connect()
    const missing = await halo.ticketTypes.validateDraft({ tickettype_id: seed.ticketTypeId })
    expect(missing.map((field) => field.label)).toEqual(['Summary'])
    expect(await halo.ticketTypes.validateDraft({ tickettype_id: seed.ticketTypeId, summary: 'x' })).toEqual(
      [],
    )
  })

  it('custom fields by name: read, and set one without clearing the others', async () => {
    const halo = connect()
    const ticket = await halo.tickets.get(seed.ticketId, { includedetails: true })
    const before = ticket.customFields()
    const names = Object.keys(before)
    expect(names.length).toBeGreaterThan(1)
    const [changed, ...others] = names as [string, ...string[]]
    await ticket.setCustomField(changed, 'changed by test')
    const after = (await halo.tickets.get(seed.ticketId, { includedetails: true })).customFields()
    expect(after[changed]).toBe('changed by test')
    for (const name of others) expect(after[name]).toEqual(before[name])
  })
})

describe('universal search (facade only)', () => {
  it('halo.search(term, { limit }) → { tickets, assets, kbArticles, users }, in parallel, each capped', async () => {
    const halo = mockClient()
    const found = await halo.search('password', { limit: 2 })
    expect(Object.keys(found).sort()).toEqual(['assets', 'kbArticles', 'tickets', 'users'])
    expect(found.kbArticles.length).toBeGreaterThan(0)
    for (const records of Object.values(found)) expect(records.length).toBeLessThanOrEqual(2)
    const searches = mock.requests.filter((request) => request.query.search === 'password')
    expect(new Set(searches.map((request) => request.operation))).toEqual(
      new Set(['GET /Tickets', 'GET /Asset', 'GET /KBArticle', 'GET /Users']),
    )
  })

  it('rejects a bad limit before any request', async () => {
    const halo = mockClient()
    await expect(halo.search('x', { limit: 0 })).rejects.toThrow(/limit must be a positive integer/)
    expect(mock.requests).toHaveLength(0)
  })
})
