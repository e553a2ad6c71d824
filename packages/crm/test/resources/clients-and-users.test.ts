// The contract's rows for clients and users: getMe, list({ search }), a client's sites, users and
// contracts, addRole keeping the roles a user already has, custom fields by name.
import { seed } from '@halo/mock'
import { apiRequests, useHaloMock } from '@halo/test-support'
import { describe, expect, it } from 'vitest'
import { clients, users } from '../../src/index.js'

const { mock, core } = useHaloMock({ core: { retry: false } })

describe('users', () => {
  it('getMe() reads GET /Users/me and answers a decorated user', async () => {
    const me = await users(core()).getMe()
    expect(me.id).toBe(seed.userId)
    expect(me.name).toBe('Jordan Ellis')
    expect(typeof me.addRole).toBe('function')
    expect(apiRequests(mock, 'GET /Users/me')).toHaveLength(1)
  })

  it('user.addRole(5) posts the existing roles plus the new one, and the user keeps them all', async () => {
    const user = await users(core()).get(seed.userId)
    expect(user.roles?.map((r) => r.id)).toEqual([1, 2])

    const updated = await user.addRole(5)

    const [post] = apiRequests(mock, 'POST /Users')
    expect(post?.body).toEqual([{ id: seed.userId, roles: [{ id: 1 }, { id: 2 }, { id: 5 }] }])
    expect(updated.roles?.map((r) => r.id)).toEqual([1, 2, 5])
    expect(updated.roles?.map((r) => r.name)).toEqual(['Standard User', 'Key Contact', 'Site Manager'])
    expect(mock.state.users.get(seed.userId)?.roles).toEqual([
      { id: 1, name: 'Standard User' },
      { id: 2, name: 'Key Contact' },
      { id: 5, name: 'Site Manager' },
    ])
  })

  it('addRole twice on the same record keeps the first added role', async () => {
    const user = await users(core()).get(seed.userId)
    await user.addRole(4)
    const updated = await user.addRole(5)
    expect(apiRequests(mock, 'POST /Users').at(-1)?.body).toEqual([
      { id: seed.userId, roles: [{ id: 1 }, { id: 2 }, { id: 4 }, { id: 5 }] },
    ])
    expect(updated.roles?.map((r) => r.id)).toEqual([1, 2, 4, 5])
  })

  it('adding a role the user already has sends nothing', async () => {
    const user = await users(core()).get(seed.userId)
    const same = await user.addRole(2)
    expect(same.roles?.map((r) => r.id)).toEqual([1, 2])
    expect(apiRequests(mock, 'POST /Users')).toHaveLength(0)
  })

  it('a user record without roles is read again with includedetails before posting', async () => {
    const user = await users(core()).get(seed.userId)
    // As a slim response might give it: no roles array at all.
    delete user.roles

    await user.addRole(3)

    expect(apiRequests(mock, 'GET /Users/{id:int}').at(-1)?.query.includedetails).toBe('true')
    expect(apiRequests(mock, 'POST /Users').at(-1)?.body).toEqual([
      { id: seed.userId, roles: [{ id: 1 }, { id: 2 }, { id: 3 }] },
    ])
  })

  it('removeRole(roleId) keeps the other roles; removing a missing role sends nothing', async () => {
    const user = await users(core()).get(seed.userId)
    const updated = await user.removeRole(1)
    expect(apiRequests(mock, 'POST /Users')[0]?.body).toEqual([{ id: seed.userId, roles: [{ id: 2 }] }])
    expect(updated.roles?.map((r) => r.id)).toEqual([2])
    await updated.removeRole(1)
    expect(apiRequests(mock, 'POST /Users')).toHaveLength(1)
  })

  it('lists a client’s users by role', async () => {
    const keyContacts = await users(core()).list({ client_id: seed.clientId, role: 2 })
    expect(keyContacts.map((u) => u.id)).toEqual([seed.userId])
  })
})

describe('clients', () => {
  it('list({ search }) sends Halo’s search filter and pages', async () => {
    const none = await clients(core()).list({ search: 'acme' })
    expect(none).toEqual([])
    const [listed] = apiRequests(mock, 'GET /Client')
    expect(listed?.query).toMatchObject({ search: 'acme', pageinate: 'true' })

    const found = await clients(core()).list({ search: 'northwind' })
    expect(found.map((c) => c.name)).toEqual(['Northwind Logistics'])
  })

  it('search(term) is the same list with search set', async () => {
    const found = await clients(core()).search('Contoso')
    expect(found.map((c) => c.id)).toEqual([12])
  })

  it('client.getSites(), getUsers() and getContracts() list by client_id', async () => {
    const client = await clients(core()).get(seed.clientId)
    const [sites, users, contracts] = await Promise.all([
      client.getSites(),
      client.getUsers(),
      client.getContracts(),
    ])
    const expectedSites = mock.state.sites.filter((s) => s.client_id === seed.clientId && s.inactive !== true)
    expect(sites.map((s) => s.id)).toEqual(expectedSites.map((s) => s.id))
    expect(sites.map((s) => s.id)).toContain(seed.siteId)
    expect(users.length).toBeGreaterThan(0)
    for (const u of users) expect(u.client_id).toBe(seed.clientId)
    expect(users.map((u) => u.id)).toContain(seed.userId)
    expect(contracts.length).toBe(mock.state.contracts.filter((c) => c.client_id === seed.clientId).length)
    for (const c of contracts) expect(c.client_id).toBe(seed.clientId)

    for (const op of ['GET /Site', 'GET /Users', 'GET /ClientContract']) {
      expect(apiRequests(mock, op)[0]?.query.client_id).toBe(String(seed.clientId))
    }
    // Sites and users come back as records with helpers
    expect(typeof sites[0]?.update).toBe('function')
    expect(typeof users[0]?.addRole).toBe('function')
  })

  it('getContracts passes filters through and caps with limit (not sent on the wire)', async () => {
    const client = await clients(core()).get(seed.clientId)
    const one = await client.getContracts({ includeinactive: true, limit: 1 })
    expect(one).toHaveLength(1)
    const [request] = apiRequests(mock, 'GET /ClientContract')
    expect(request?.query).toMatchObject({ client_id: String(seed.clientId), includeinactive: 'true' })
    expect(request?.query.limit).toBeUndefined()
  })

  it('getMe() reads GET /Client/me', async () => {
    const me = await clients(core()).getMe()
    expect(me.id).toBe(seed.clientId)
  })

  it('customFields() reads by name; setCustomField re-posts the other fields', async () => {
    const created = await clients(core()).create({
      name: 'Acme Widgets',
      customfields: [
        { id: 201, name: 'CFregion', value: 'North' },
        { id: 202, name: 'CFtier', value: 'Gold' },
      ],
    })
    expect(created.customFields()).toEqual({ CFregion: 'North', CFtier: 'Gold' })

    const updated = await created.setCustomField('CFtier', 'Platinum')

    expect(apiRequests(mock, 'POST /Client').at(-1)?.body).toEqual([
      {
        id: created.id,
        customfields: [
          { id: 201, name: 'CFregion', value: 'North' },
          { id: 202, name: 'CFtier', value: 'Platinum' },
        ],
      },
    ])
    expect(updated.customFields()).toEqual({ CFregion: 'North', CFtier: 'Platinum' })
  })

  it('setCustomFields on a record without customfields fetches it with includedetails first', async () => {
    const created = await clients(core()).create({
      name: 'Acme Widgets',
      customfields: [{ id: 201, name: 'CFregion', value: 'North' }],
    })
    delete created.customfields

    await created.setCustomFields({ CFtier: 'Silver' })

    expect(apiRequests(mock, 'GET /Client/{id:int}').at(-1)?.query.includedetails).toBe('true')
    expect(apiRequests(mock, 'POST /Client').at(-1)?.body).toEqual([
      {
        id: created.id,
        customfields: [
          { id: 201, name: 'CFregion', value: 'North' },
          { name: 'CFtier', value: 'Silver' },
        ],
      },
    ])
  })

  it('setCustomField on a record without an id names the helper called', async () => {
    const created = await clients(core()).create({ name: 'Acme Widgets' })
    delete (created as { id?: number }).id
    await expect(created.setCustomField('CFtier', 'Gold')).rejects.toThrow(
      'client.setCustomField(): this client record has no id (got undefined)',
    )
    await expect(created.setCustomFields({ CFtier: 'Gold' })).rejects.toThrow(
      'client.setCustomFields(): this client record has no id (got undefined)',
    )
  })

  it('record.update, refresh and delete', async () => {
    const created = await clients(core()).create({ name: 'Acme Widgets' })
    const renamed = await created.update({ name: 'Acme Widgets Ltd' })
    expect(renamed.name).toBe('Acme Widgets Ltd')
    const fresh = await created.refresh({ params: { includedetails: true } })
    expect(fresh.name).toBe('Acme Widgets Ltd')
    await fresh.delete()
    expect(mock.state.clients.get(created.id as number)).toBeUndefined()
  })
})
