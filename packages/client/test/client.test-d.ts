import { describe, expectTypeOf, it } from 'vitest'
import type {
  ActionRecord,
  AssetRecord,
  CategoriesByType,
  ClientRecord,
  HaloClientOptions,
  HaloCore,
  HaloList,
  HaloNamespaceName,
  KbArticleRecord,
  TicketRecord,
  TicketTypeField,
  TicketTypeRecord,
  UniversalSearchResults,
  UserRecord,
} from '../src/index.js'
import {
  type createHaloCore,
  HaloClient,
  type HaloError,
  type HaloResourceNotFound,
  isHaloError,
  isHaloResourceNotFound,
} from '../src/index.js'

declare const halo: HaloClient

describe('HaloClient', () => {
  it('is a HaloCore built from the same options as createHaloCore', () => {
    expectTypeOf(halo).toExtend<HaloCore>()
    expectTypeOf<HaloClientOptions>().toEqualTypeOf<Parameters<typeof createHaloCore>[0]>()
    expectTypeOf(HaloClient.fromEnv).returns.toEqualTypeOf<HaloClient>()
    expectTypeOf(HaloClient.fromEnv).toBeCallableWith({ HALO_BASE_URL: 'x' }, { validate: 'warn' })
    expectTypeOf(HaloClient.fromEnv).toBeCallableWith()
    // @ts-expect-error baseUrl is required
    new HaloClient({ clientId: 'id', clientSecret: 'secret' })
    // @ts-expect-error validate takes 'off' | 'warn' | 'strict'
    new HaloClient({ baseUrl: 'https://acme.halopsa.com', clientId: 'id', clientSecret: 's', validate: true })
  })
})

describe('resource contract rows', () => {
  it('ticket types and their fields', () => {
    expectTypeOf(halo.ticketTypes.list()).toEqualTypeOf<HaloList<TicketTypeRecord>>()
    expectTypeOf(halo.ticketTypes.get(24, { includedetails: true })).toEqualTypeOf<
      Promise<TicketTypeRecord>
    >()
    expectTypeOf<TicketTypeRecord['getFields']>().returns.toEqualTypeOf<Promise<TicketTypeField[]>>()
    expectTypeOf<TicketTypeField>().toHaveProperty('categoryTypeId').toEqualTypeOf<1 | 2 | 3 | 4 | null>()
    expectTypeOf<TicketTypeField['csvColumnName']>().toEqualTypeOf<string>()
    expectTypeOf<TicketTypeField['lookupValues'][number]>().toHaveProperty('label')
  })

  it('tickets: create one or many, update, addAction, addAttachment, search', () => {
    expectTypeOf(halo.tickets.create({ tickettype_id: 24, summary: 'Server outage' })).toEqualTypeOf<
      Promise<TicketRecord>
    >()
    expectTypeOf(halo.tickets.create([{ summary: 'a' }, { summary: 'b' }])).toEqualTypeOf<
      Promise<TicketRecord[]>
    >()
    // @ts-expect-error wire names keep their types: tickettype_id is a number
    halo.tickets.create({ tickettype_id: 'Incident' })
    expectTypeOf<TicketRecord['update']>().toBeCallableWith({ status_id: 2 })
    expectTypeOf<TicketRecord['update']>().returns.toEqualTypeOf<Promise<TicketRecord>>()
    expectTypeOf(halo.tickets.update).toBeCallableWith(5, { status_id: 2 })
    expectTypeOf<TicketRecord['addAction']>().toBeCallableWith({ note_html: '<p>x</p>', outcome_id: 1 })
    expectTypeOf<TicketRecord['addAction']>().returns.toEqualTypeOf<Promise<ActionRecord>>()
    const addAttachment = {} as TicketRecord['addAttachment']
    expectTypeOf(addAttachment).toBeCallableWith('error_log.txt', new Uint8Array(), 'Server error log')
    expectTypeOf(addAttachment).toBeCallableWith('error_log.txt', new ArrayBuffer(1), 'Server error log')
    expectTypeOf(addAttachment).toBeCallableWith('error_log.txt', new Blob([]), 'Server error log')
    expectTypeOf(addAttachment).toBeCallableWith('error_log.txt', 'text', 'Server error log')
    expectTypeOf(halo.tickets.search('printer', { limit: 10 })).toEqualTypeOf<HaloList<TicketRecord>>()
  })

  it('assets', () => {
    expectTypeOf(halo.assets.list({ client_id: 123, assettype_id: 5 })).toEqualTypeOf<HaloList<AssetRecord>>()
    expectTypeOf<AssetRecord['getSoftware']>().returns.resolves.toBeArray()
    expectTypeOf(halo.assets.getNextTag).returns.toExtend<Promise<unknown>>()
  })

  it('categories', () => {
    expectTypeOf(halo.categories.getAllTypes()).toEqualTypeOf<Promise<CategoriesByType>>()
    expectTypeOf<CategoriesByType>().toHaveProperty(4)
    expectTypeOf(halo.categories.getByType).toBeCallableWith(3)
    // @ts-expect-error there are four tiers
    halo.categories.getByType(5)
  })

  it('users and clients', () => {
    expectTypeOf(halo.users.getMe()).toEqualTypeOf<Promise<UserRecord>>()
    expectTypeOf(halo.clients.list({ search: 'acme' })).toEqualTypeOf<HaloList<ClientRecord>>()
    expectTypeOf<ClientRecord['getSites']>().toBeFunction()
    expectTypeOf<ClientRecord['getUsers']>().returns.toEqualTypeOf<HaloList<UserRecord>>()
    expectTypeOf<ClientRecord['getContracts']>().toBeFunction()
    expectTypeOf<UserRecord['addRole']>().toBeCallableWith(5)
    expectTypeOf<UserRecord['addRole']>().returns.toEqualTypeOf<Promise<UserRecord>>()
  })

  it('knowledge base and reports', () => {
    expectTypeOf(halo.kbArticles.search('password reset')).toEqualTypeOf<HaloList<KbArticleRecord>>()
    expectTypeOf<KbArticleRecord['vote']>().toBeCallableWith({ helpful: true })
    expectTypeOf(halo.reports.get).toBeCallableWith(45)
    type ReportRecord = Awaited<ReturnType<HaloClient['reports']['get']>>
    expectTypeOf<ReportRecord['run']>().returns.resolves.toBeArray()
    expectTypeOf<ReportRecord['generatePdf']>().toBeFunction()
    expectTypeOf<ReportRecord['bookmark']>().toBeFunction()
  })

  it('universal search', () => {
    expectTypeOf(halo.search('x', { limit: 5 })).toEqualTypeOf<Promise<UniversalSearchResults>>()
    expectTypeOf<UniversalSearchResults['tickets']>().toEqualTypeOf<TicketRecord[]>()
    expectTypeOf<UniversalSearchResults['assets']>().toEqualTypeOf<AssetRecord[]>()
    expectTypeOf<UniversalSearchResults['kbArticles']>().toEqualTypeOf<KbArticleRecord[]>()
    expectTypeOf<UniversalSearchResults['users']>().toEqualTypeOf<UserRecord[]>()
  })

  it('raw access', () => {
    expectTypeOf(halo.get<{ id: number }[]>('/Status', { query: { excludeclosed: true } })).toEqualTypeOf<
      Promise<{ id: number }[]>
    >()
    expectTypeOf(halo.post).toBeCallableWith('/Tickets', [{ summary: 'x' }])
    expectTypeOf(halo.put).toBeCallableWith('/Tickets', [])
    expectTypeOf(halo.patch).toBeCallableWith('/Tickets', [])
    expectTypeOf(halo.delete).toBeCallableWith('/Tickets/5')
    expectTypeOf(halo.paginate<{ id: number }>('/Tickets')).toEqualTypeOf<HaloList<{ id: number }>>()
  })
})

describe('halo.ops', () => {
  it('binds each generated operation without its core parameter', () => {
    expectTypeOf(halo.ops.getTicket).parameters.not.toBeAny()
    expectTypeOf(halo.ops.getTicket({ id: 5, includedetails: true })).resolves.toHaveProperty('summary')
    // @ts-expect-error ids are numbers
    halo.ops.getTicket({ id: 'x' })
    // @ts-expect-error the id is required
    halo.ops.getTicket({})
    expectTypeOf(halo.ops.listTickets).toBeCallableWith()
    expectTypeOf(halo.ops.listTickets).toBeCallableWith({ open_only: true, limit: 10 }, { timeoutMs: 5_000 })
    expectTypeOf(halo.ops.listTickets()).toExtend<HaloList<unknown>>()
    // @ts-expect-error no such operation
    halo.ops.getTickets
  })
})

describe('namespaces', () => {
  it('names hand-written resources and generated tag namespaces', () => {
    expectTypeOf<'tickets'>().toExtend<HaloNamespaceName>()
    expectTypeOf<'dashboardLinks'>().toExtend<HaloNamespaceName>()
    expectTypeOf(halo.resourceNames).toEqualTypeOf<readonly HaloNamespaceName[]>()
    expectTypeOf(halo.dashboardLinks.listDashboardLinks).toBeCallableWith()
    expectTypeOf(halo.dashboardLinks.getDashboardLink).parameters.not.toBeAny()
    // A hand-written resource keeps its own type where a generated namespace has the same name.
    expectTypeOf(halo.tickets.create).toBeFunction()
  })
})

describe('errors', () => {
  it('re-exports the classes and narrowing predicates', () => {
    expectTypeOf<HaloResourceNotFound>().toExtend<HaloError>()
    const error: unknown = new Error('x')
    if (isHaloResourceNotFound(error)) expectTypeOf(error).toEqualTypeOf<HaloResourceNotFound>()
    if (isHaloError(error)) expectTypeOf(error.status).toEqualTypeOf<number | undefined>()
  })
})
