// Agents, teams, end-user roles, sites and opportunities: the common methods on the mock.
import { seed } from '@halo/mock'
import { apiRequests, useHaloMock } from '@halo/test-support'
import { describe, expect, it } from 'vitest'
import { agents, opportunities, roles, sites, teams } from '../../src/index.js'

const { mock, core } = useHaloMock({ core: { retry: false } })

describe('agents', () => {
  it('getMe() answers the agent the API application runs as', async () => {
    const me = await agents(core()).getMe()
    expect(me.id).toBe(seed.apiAgentId)
    expect(apiRequests(mock, 'GET /Agent/me')).toHaveLength(1)
  })

  it('lists a bare array with filters, searches and gets one', async () => {
    const resource = agents(core())
    const firstLine = await resource.list({ team_id: seed.teamId })
    expect(firstLine.map((a) => a.id)).toEqual([1, 2, 3])
    expect(apiRequests(mock, 'GET /Agent')[0]?.query.pageinate).toBeUndefined()
    const found = await resource.search('okafor')
    expect(found.map((a) => a.name)).toEqual(['Grace Okafor'])
    const priya = await resource.get(seed.agentId)
    expect(priya.email).toBe('priya.shah@halo-mock-msp.example')
    expect((await priya.refresh()).name).toBe('Priya Shah')
  })

  it('creates, updates and deletes an agent', async () => {
    const created = await agents(core()).create({ name: 'Alex Moreno', team: '2nd Line Support' })
    const updated = await created.update({ jobtitle: 'Engineer' })
    expect(updated.jobtitle).toBe('Engineer')
    expect(apiRequests(mock, 'POST /Agent').at(-1)?.body).toEqual([{ jobtitle: 'Engineer', id: created.id }])
    await updated.delete()
    expect(mock.state.agents.get(created.id as number)).toBeUndefined()
  })
})

describe('teams', () => {
  it('lists, and gets one with its agents', async () => {
    const resource = teams(core())
    expect((await resource.list()).map((t) => t.name)).toContain('1st Line Support')
    const team = await resource.get(seed.teamId, { includeagents: true })
    expect(team.agents?.map((a) => a.id)).toEqual([1, 2, 3])
    // Halo's UnameSection shape, as the spec gives it (not `{ id, name }`).
    expect(team.agents?.[0]).toMatchObject({
      agent_id: 1,
      agent_name: expect.any(String),
      team_id: seed.teamId,
    })
    expect('search' in resource).toBe(false)
  })

  it('creates and deletes a team', async () => {
    const created = await teams(core()).create({ name: 'Field Engineers' })
    expect(created.name).toBe('Field Engineers')
    await teams(core()).delete(created.id as number)
    expect(mock.state.teams.get(created.id as number)).toBeUndefined()
  })
})

describe('roles (end-user roles)', () => {
  it('lists the bare array and round-trips a role', async () => {
    const resource = roles(core())
    expect((await resource.list()).map((r) => r.name)).toEqual([
      'Standard User',
      'Key Contact',
      'Change Approver',
      'Finance Contact',
      'Site Manager',
    ])
    const created = await resource.create({ name: 'Read Only', canadd: false })
    const got = await resource.get(created.id as number)
    expect(got.canadd).toBe(false)
    const renamed = await got.update({ name: 'Read-only Contact' })
    expect(renamed.name).toBe('Read-only Contact')
    await renamed.delete()
    expect(mock.state.userRoles.get(created.id as number)).toBeUndefined()
  })
})

describe('sites', () => {
  it('lists by client, gets, creates, updates and deletes', async () => {
    const resource = sites(core())
    const listed = await resource.list({ client_id: seed.clientId })
    expect(listed.map((s) => s.id)).toContain(seed.siteId)
    const site = await resource.get(seed.siteId)
    expect(site.client_id).toBe(seed.clientId)
    const created = await resource.create({ client_id: seed.clientId, name: 'Hull Depot' })
    expect(created.client_name).toBe('Northwind Logistics')
    const renamed = await created.update({ name: 'Hull Depot 2' })
    expect(renamed.name).toBe('Hull Depot 2')
    await renamed.delete()
    expect(mock.state.sites.get(created.id as number)).toBeUndefined()
  })

  it('setCustomField re-posts the other custom fields, and names itself on a record without an id', async () => {
    const created = await sites(core()).create({
      client_id: seed.clientId,
      name: 'Hull Depot',
      customfields: [
        { id: 301, name: 'CFdock', value: 'A' },
        { id: 302, name: 'CFshift', value: 'Day' },
      ],
    })
    await created.setCustomField('CFshift', 'Night')
    expect(apiRequests(mock, 'POST /Site').at(-1)?.body).toEqual([
      {
        id: created.id,
        customfields: [
          { id: 301, name: 'CFdock', value: 'A' },
          { id: 302, name: 'CFshift', value: 'Night' },
        ],
      },
    ])
    delete (created as { id?: number }).id
    await expect(created.setCustomField('CFshift', 'Day')).rejects.toThrow(
      'site.setCustomField(): this site record has no id (got undefined)',
    )
  })
})

describe('opportunities', () => {
  it('lists the tickets envelope, searches, gets and updates', async () => {
    const resource = opportunities(core())
    const listed = await resource.list({ limit: 5 })
    expect(listed.length).toBeGreaterThan(0)
    expect(listed.length).toBeLessThanOrEqual(5)
    const first = await resource.get(seed.opportunityId)
    expect(first.id).toBe(seed.opportunityId)
    const found = await resource.search(String(first.summary), { limit: 3 })
    expect(found.map((o) => o.id)).toContain(seed.opportunityId)
    const updated = await first.update({ summary: 'Renewal: 40 seats' })
    expect(updated.summary).toBe('Renewal: 40 seats')
  })
})
