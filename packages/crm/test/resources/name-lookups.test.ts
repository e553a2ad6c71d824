// Name → id lookups: one list request per core for any number of lookups, case-insensitive.
import { createHaloCore, NameLookupError } from '@halo/core'
import { defaultBaseUrl as baseUrl, mockCredentials, seed } from '@halo/mock'
import { apiRequests, useHaloMock } from '@halo/test-support'
import { describe, expect, it } from 'vitest'
import { agents, roles, teams } from '../../src/index.js'

const { mock, core } = useHaloMock({ core: { retry: false } })

describe('agents.idOf', () => {
  it('resolves two names with one GET /Agent, ignoring case and spaces', async () => {
    const resource = agents(core())
    const [priya, tom] = await Promise.all([resource.idOf('priya shah'), resource.idOf('  TOM BECKER ')])
    expect(priya).toBe(seed.agentId)
    expect(tom).toBe(3)
    expect(await resource.idOf('Priya Shah')).toBe(seed.agentId)
    expect(apiRequests(mock, 'GET /Agent')).toHaveLength(1)
  })

  it('shares the cache between resources made for the same core, not across cores', async () => {
    const c = core()
    await agents(c).idOf('Priya Shah')
    await agents(c).idOf('Mei Lin')
    expect(apiRequests(mock, 'GET /Agent')).toHaveLength(1)

    const other = createHaloCore({ baseUrl, ...mockCredentials, rateLimit: false, retry: false })
    await agents(other).idOf('Mei Lin')
    expect(apiRequests(mock, 'GET /Agent')).toHaveLength(2)
  })

  it('names the known agents when a name is unknown', async () => {
    const error = await agents(core())
      .idOf('Nobody Here')
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NameLookupError)
    expect((error as Error).message).toMatch(/No agent named "Nobody Here".*Priya Shah/)
  })
})

describe('teams.idOf and roles.idOf', () => {
  it('teams: one GET /Team for two lookups', async () => {
    const resource = teams(core())
    expect(await resource.idOf('1st line support')).toBe(seed.teamId)
    expect(await resource.idOf('SALES')).toBe(4)
    expect(apiRequests(mock, 'GET /Team')).toHaveLength(1)
  })

  it('roles: one GET /UserRoles for two lookups', async () => {
    const resource = roles(core())
    expect(await resource.idOf('key contact')).toBe(seed.userRoleId)
    expect(await resource.idOf('Site Manager')).toBe(5)
    expect(apiRequests(mock, 'GET /UserRoles')).toHaveLength(1)
  })
})
