import type { HaloCore, HaloList } from '@halo/core'
import { describe, expectTypeOf, it } from 'vitest'
import {
  type AgentRecord,
  agents,
  type Client,
  type ClientContractRow,
  type ClientRecord,
  type ClientsResource,
  clients,
  type OpportunityRecord,
  opportunities,
  type RoleRecord,
  roles,
  type SiteRecord,
  sites,
  type TeamRecord,
  teams,
  type User,
  type UserRecord,
  type UsersResource,
  users,
} from '../src/index.js'

declare const core: HaloCore
declare const client: ClientRecord
declare const user: UserRecord

describe('crm resource types', () => {
  it('clients.list({ search }) and the client helpers', () => {
    expectTypeOf(clients(core)).toEqualTypeOf<ClientsResource>()
    expectTypeOf(clients(core).list({ search: 'acme' })).toEqualTypeOf<HaloList<ClientRecord>>()
    expectTypeOf(clients(core).get(11, { includedetails: true })).toEqualTypeOf<Promise<ClientRecord>>()
    expectTypeOf(client).toMatchTypeOf<Client>()
    expectTypeOf(client.getSites()).toEqualTypeOf<HaloList<SiteRecord>>()
    expectTypeOf(client.getUsers({ search: 'jordan' })).toEqualTypeOf<HaloList<UserRecord>>()
    expectTypeOf(client.getContracts({ includeinactive: true })).toEqualTypeOf<HaloList<ClientContractRow>>()
    expectTypeOf(client.customFields()).toEqualTypeOf<Record<string, unknown>>()
    expectTypeOf(client.setCustomField('CFregion', 'North')).toEqualTypeOf<Promise<ClientRecord>>()
    // @ts-expect-error the client id comes from the record
    client.getSites({ client_id: 12 })
    // @ts-expect-error search is a string
    clients(core).list({ search: 1 })
  })

  it('users.getMe() and user.addRole(5)', () => {
    expectTypeOf(users(core)).toEqualTypeOf<UsersResource>()
    expectTypeOf(users(core).getMe()).toEqualTypeOf<Promise<UserRecord>>()
    expectTypeOf(user).toMatchTypeOf<User>()
    expectTypeOf(user.addRole(5)).toEqualTypeOf<Promise<UserRecord>>()
    expectTypeOf(user.removeRole(5)).toEqualTypeOf<Promise<UserRecord>>()
    // @ts-expect-error a role id is a number
    user.addRole('5')
  })

  it('agents, teams, roles and their cached idOf', () => {
    expectTypeOf(agents(core).getMe()).toEqualTypeOf<Promise<AgentRecord>>()
    expectTypeOf(agents(core).idOf('Priya Shah')).toEqualTypeOf<Promise<number>>()
    expectTypeOf(agents(core).search('priya')).toEqualTypeOf<HaloList<AgentRecord>>()
    expectTypeOf(teams(core).idOf('1st Line Support')).toEqualTypeOf<Promise<number>>()
    expectTypeOf(teams(core).get(1, { includeagents: true })).toEqualTypeOf<Promise<TeamRecord>>()
    expectTypeOf(roles(core).list()).toEqualTypeOf<HaloList<RoleRecord>>()
    expectTypeOf(roles(core).idOf('Key Contact')).toEqualTypeOf<Promise<number>>()
    expectTypeOf(teams(core)).not.toHaveProperty('search')
    expectTypeOf(sites(core).list({ client_id: 11 })).toEqualTypeOf<HaloList<SiteRecord>>()
    expectTypeOf(opportunities(core).get(900001)).toEqualTypeOf<Promise<OpportunityRecord>>()
  })

  it('sites and opportunities carry custom fields by name, answering their own record', async () => {
    const site = await sites(core).get(21)
    expectTypeOf(site.customFields()).toEqualTypeOf<Record<string, unknown>>()
    expectTypeOf(site.setCustomField('CFregion', 'North')).toEqualTypeOf<Promise<SiteRecord>>()
    expectTypeOf(site.refresh()).toEqualTypeOf<Promise<SiteRecord>>()
    const opportunity = await opportunities(core).get(900001)
    expectTypeOf(opportunity.setCustomFields({ CFstage: 2 })).toEqualTypeOf<Promise<OpportunityRecord>>()
    expectTypeOf(opportunities(core).search('laptop')).toEqualTypeOf<HaloList<OpportunityRecord>>()
    expectTypeOf(opportunity.oppvalue).toEqualTypeOf<number | null | undefined>()
  })
})
