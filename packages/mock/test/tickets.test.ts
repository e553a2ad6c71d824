import { describe, expect, it } from 'vitest'
import { seed } from '../src/index.js'
import { useHaloMock } from './support.js'

const { mock, api } = useHaloMock()

interface Row {
  id: number
  fieldid: number
  rtid: number
  group?: { id: number; header: string; fields: Row[] }
  fieldinfo?: {
    id: number
    name: string
    label: string
    type: number
    lookup: number
    values?: { id: number; name: string; lookupid: number }[]
  }
}

describe('ticket types', () => {
  it('the list is a bare array without fields; GET one with includedetails has field groups', async () => {
    const list = await api.json<Record<string, unknown>[]>('/TicketType')
    expect(list.map((t) => t.name)).toEqual(
      expect.arrayContaining(['Incident', 'Service Request', 'Change Request']),
    )
    expect(list[0]).not.toHaveProperty('fields')
    const plain = await api.json<Record<string, unknown>>(`/TicketType/${seed.ticketTypeId}`)
    expect(plain).not.toHaveProperty('fields')

    const type = await api.json<{ fields: Row[] }>(`/TicketType/${seed.ticketTypeId}?includedetails=true`)
    const container = type.fields.find((f) => f.fieldid === 0)
    expect(container?.group?.header).toBe('Details')
    expect(container?.fieldinfo).toBeUndefined()
    const inGroup = container?.group?.fields ?? []
    expect(inGroup.map((f) => f.fieldinfo?.name)).toEqual(
      expect.arrayContaining(['symptom', 'symptom2', 'category2', 'CFimpact']),
    )
  })

  it('category tiers carry Halo’s off-by-one names and lookup fields carry values', async () => {
    const type = await api.json<{ fields: Row[] }>(`/TicketType/${seed.ticketTypeId}?includedetails=true`)
    const all = type.fields.flatMap((f) => (f.fieldid === 0 ? (f.group?.fields ?? []) : [f]))
    const byName = new Map(all.map((f) => [f.fieldinfo?.name, f.fieldinfo]))
    expect(byName.get('category2')?.label).toBe('Category')
    expect(byName.get('category3')?.label).toBe('Closure Code')
    expect(byName.get('category4')?.label).toBe('Affected Service')
    expect(byName.get('category5')?.label).toBe('Root Cause')
    const impact = byName.get('CFimpact')
    expect(impact?.type).toBe(2)
    expect(impact?.values?.map((v) => v.name)).toEqual(['Whole Company', 'Multiple Users', 'Single User'])
    expect(impact?.values?.every((v) => v.lookupid === impact.lookup)).toBe(true)
    const lookup = await api.json<{ name: string }[]>(`/Lookup?lookupid=${impact?.lookup}`)
    expect(lookup.map((l) => l.name)).toEqual(impact?.values?.map((v) => v.name))
  })

  it('the four category tiers are Category type_id 1–4', async () => {
    for (const typeId of [1, 2, 3, 4]) {
      const rows = await api.json<{ type_id: number; value: string }[]>(`/Category?type_id=${typeId}`)
      expect(rows.length).toBeGreaterThan(0)
      expect(rows.every((r) => r.type_id === typeId)).toBe(true)
    }
    const all = await api.json<unknown[]>('/Category')
    expect(all.length).toBeGreaterThan(20)
  })

  it('priorities are SLA-scoped with UUID ids', async () => {
    const rows = await api.json<{ id: string; slaid: number; priorityid: number }[]>(
      `/Priority?slaid=${seed.slaId}`,
    )
    expect(rows).toHaveLength(4)
    expect(rows.every((p) => p.slaid === seed.slaId && /^[0-9a-f-]{36}$/.test(p.id))).toBe(true)
    const one = await api.json<{ priorityid: number }>(`/Priority/${rows[0]?.id}`)
    expect(one.priorityid).toBe(rows[0]?.priorityid)
  })
})

describe('actions', () => {
  it('action ids are per-ticket sequence numbers', async () => {
    const before = await api.json<{ actions: { id: number }[] }>(`/Actions?ticket_id=${seed.ticketId}`)
    const last = Math.max(...before.actions.map((a) => a.id))
    const a1 = await (
      await api.post('/Actions', [
        { ticket_id: seed.ticketId, outcome_id: seed.outcomeNoteId, note: 'first' },
      ])
    ).json()
    const a2 = await (
      await api.post('/Actions', [{ ticket_id: seed.ticketId, outcome: 'Email User', note: 'second' }])
    ).json()
    expect(a1).toMatchObject({ id: last + 1, ticket_id: seed.ticketId, outcome: 'Private Note' })
    expect(a2).toMatchObject({ id: last + 2, outcome_id: seed.outcomeEmailUserId })
    const other = await (
      await api.post('/Actions', [{ ticket_id: seed.ticketId + 1, outcome: 'Private Note' }])
    ).json()
    const otherBefore = mock.state.actions.list(seed.ticketId + 1).length
    expect((other as { id: number }).id).toBe(otherBefore)
  })

  it('a new ticket starts with its "Logged" action 1, so the first added action is 2', async () => {
    const ticket = (await (await api.post('/Tickets', [{ summary: 'Fresh' }])).json()) as { id: number }
    const action = (await (
      await api.post('/Actions', [{ ticket_id: ticket.id, outcome: 'Private Note' }])
    ).json()) as { id: number }
    expect(action.id).toBe(2)
    const one = await api.json<{ id: number; outcome: string }>(`/Actions/1?ticket_id=${ticket.id}`)
    expect(one.outcome).toBe('Logged')
  })

  it('an outcome with new_status moves the ticket', async () => {
    await api.post('/Actions', [
      { ticket_id: seed.ticketId, outcome_id: seed.outcomeResolvedId, note: 'done' },
    ])
    expect(mock.state.tickets.get(seed.ticketId)?.status_id).toBe(8)
  })

  it('updates and deletes by id + ticket_id', async () => {
    await api.post('/Actions', [{ id: 1, ticket_id: seed.ticketId, note: 'edited' }])
    expect(mock.state.actions.get(seed.ticketId, 1)?.note).toBe('edited')
    const del = await api.del(`/Actions/1?ticket_id=${seed.ticketId}`)
    expect(((await del.json()) as { id: number }).id).toBe(1)
    expect((await api.get(`/Actions/1?ticket_id=${seed.ticketId}`)).status).toBe(404)
  })
})

describe('attachments', () => {
  it('round-trips bytes from data_base64, with Content-Type and Content-Disposition', async () => {
    const text = 'Server error log\nline 2 — ünïcode\n'
    const b64 = Buffer.from(text).toString('base64')
    const res = await api.post('/Attachment', [
      {
        filename: 'error_log.txt',
        ticket_id: seed.ticketId,
        note: 'log',
        data_base64: `data:text/plain;base64,${b64}`,
      },
    ])
    expect(res.status).toBe(201)
    const meta = (await res.json()) as {
      id: number
      filesize: number
      content_type: string
      ticket_id: number
    }
    expect(meta).toMatchObject({
      filesize: Buffer.byteLength(text),
      content_type: 'text/plain',
      ticket_id: seed.ticketId,
    })

    const download = await api.get(`/Attachment/${meta.id}`)
    expect(download.headers.get('content-type')).toBe('text/plain')
    expect(download.headers.get('content-disposition')).toContain('filename="error_log.txt"')
    expect(Buffer.from(await download.arrayBuffer()).toString()).toBe(text)

    const details = await api.json<Record<string, unknown>>(`/Attachment/${meta.id}?includedetails=true`)
    expect(details).toMatchObject({ id: meta.id, filename: 'error_log.txt', filesize: meta.filesize })
  })

  it('lists as an Attachment_View with a folders sidecar', async () => {
    const view = await api.json<{
      record_count: number
      attachments: { id: number }[]
      folders: unknown[]
      ticket_id: number
    }>(`/Attachment?ticket_id=${seed.ticketId}`)
    expect(view.ticket_id).toBe(seed.ticketId)
    expect(view.record_count).toBe(view.attachments.length)
    expect(view.attachments.map((a) => a.id)).toContain(seed.attachmentId)
    expect(Array.isArray(view.folders)).toBe(true)
  })

  it('an upload without ticket_id can be linked through a later action', async () => {
    const meta = (await (
      await api.post('/Attachment', [{ filename: 'later.png', data_base64: 'iVBORw0KGgo=' }])
    ).json()) as { id: number; ticket_id: number }
    expect(meta.ticket_id).toBe(0)
    const action = (await (
      await api.post('/Actions', [
        { ticket_id: seed.ticketId, outcome: 'Private Note', attachments: [{ id: meta.id }] },
      ])
    ).json()) as { id: number }
    expect(mock.state.attachments.get(meta.id)).toMatchObject({
      ticket_id: seed.ticketId,
      action_id: action.id,
      content_type: 'image/png',
    })
  })

  it('an upload without data is a field-keyed 400', async () => {
    const res = await api.post('/Attachment', [{ filename: 'x.txt' }])
    expect(res.status).toBe(400)
    expect(Object.keys((await res.json()) as object)).toEqual(['[0].data_base64'])
  })
})

describe('assets, users, clients', () => {
  it('next tag, software and asset detail', async () => {
    const next = await api.json<{ nexttag: string }>('/Asset/NextTag')
    expect(next.nexttag).toMatch(/^AST-\d{6}$/)
    const software = await api.json<{ did: number; name: string }[]>(
      `/AssetSoftware?device_id=${seed.assetId}`,
    )
    expect(software.length).toBeGreaterThan(0)
    expect(software.every((s) => s.did === seed.assetId)).toBe(true)
    const asset = await api.json<{ inventory_number: string; assettype_id: number }>(`/Asset/${seed.assetId}`)
    expect(asset.assettype_id).toBe(seed.assetTypeId)
    const filtered = await api.json<{ assets: { assettype_id: number; client_id: number }[] }>(
      `/Asset?client_id=${seed.clientId}&assettype_id=1`,
    )
    expect(filtered.assets.every((a) => a.assettype_id === 1 && a.client_id === seed.clientId)).toBe(true)
  })

  it('me endpoints and user roles', async () => {
    expect(await api.json<{ id: number }>('/Agent/me')).toMatchObject({ id: seed.apiAgentId })
    expect(await api.json<{ id: number }>('/Users/me')).toMatchObject({ id: seed.userId })
    expect(await api.json<{ id: number }>('/Client/me')).toMatchObject({ id: seed.clientId })
    const user = await api.json<{ roles: { id: number }[] }>(`/Users/${seed.userId}`)
    expect(user.roles.map((r) => r.id)).toContain(seed.userRoleId)
    const updated = (await (
      await api.post('/Users', [{ id: seed.userId, roles: [...user.roles, { id: 5 }] }])
    ).json()) as { roles: { id: number; name: string }[] }
    expect(updated.roles.map((r) => r.id)).toEqual([...user.roles.map((r) => r.id), 5])
    expect(updated.roles.at(-1)?.name).toBe('Site Manager')
    const roles = await api.json<{ id: number }[]>('/UserRoles')
    expect(roles.length).toBe(5)
  })

  it('a client’s sites, users and contracts', async () => {
    const sites = await api.json<{ sites: { client_id: number }[] }>(`/Site?client_id=${seed.clientId}`)
    const users = await api.json<{ users: { client_id: number }[] }>(`/Users?client_id=${seed.clientId}`)
    const contracts = await api.json<{ contracts: { client_id: number }[] }>(
      `/ClientContract?client_id=${seed.clientId}`,
    )
    for (const list of [sites.sites, users.users, contracts.contracts]) {
      expect(list.length).toBeGreaterThan(0)
      expect(list.every((r) => r.client_id === seed.clientId)).toBe(true)
    }
    const search = await api.json<{ clients: { name: string }[] }>('/Client?search=north')
    expect(search.clients.map((c) => c.name)).toEqual(['Northwind Logistics'])
  })
})
