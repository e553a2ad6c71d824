// Clients, sites, users (+ me, roles), user roles, contracts, agents (+ me), teams and suppliers.
import { json, notFound } from '../http/respond.js'
import type { RouteTable } from '../http/route-table.js'
import type { MockContext, RouteHandler } from '../mock/context.js'
import { clientName, roleSummary, siteClient, siteName, teamName } from '../seed/organisation.js'
import { seed } from '../seed/seed-ids.js'
import type { HaloRecord } from '../store/collection.js'
import { type Fields, registerCrud } from './crud.js'

function hasRole(user: HaloRecord, value: string): boolean {
  const roles = (user.roles as HaloRecord[] | undefined) ?? []
  const wanted = value.toLowerCase().split(',')
  return roles.some((r) => wanted.includes(String(r.id)) || wanted.includes(String(r.name).toLowerCase()))
}

/** `roles: [{ id }]` on a user POST: resolve names from the role table. */
function resolveRoles(ctx: MockContext, input: Fields): Fields {
  if (!Array.isArray(input.roles)) return input
  const roles = (input.roles as Fields[])
    .map((r) => {
      const role = ctx.state.userRoles.get(Number(r?.id))
      return role ? { id: role.id, name: role.name } : roleSummary(Number(r?.id))
    })
    .filter((r) => r !== undefined)
  return { ...input, roles }
}

function userFields(ctx: MockContext, input: Fields): Fields {
  const out = resolveRoles(ctx, input)
  if (input.site_id !== undefined) {
    const siteId = Number(input.site_id)
    const clientId = siteClient(siteId) || Number(input.client_id ?? 0)
    Object.assign(out, {
      site_id_int: siteId,
      site_name: siteName(siteId),
      client_id: clientId,
      client_name: clientName(clientId),
    })
  }
  return out
}

export function registerOrganisation(table: RouteTable<RouteHandler>): void {
  table.add('GET', '/Client/me', (ctx) => {
    const client = ctx.state.clients.get(seed.clientId)
    return client ? json(client) : notFound('Client', 'me')
  })
  registerCrud(table, {
    path: '/Client',
    label: 'Client',
    store: (s) => s.clients,
    list: { key: 'clients', hidesInactive: true, filters: { toplevel_id: 'toplevel_id' }, search: ['name'] },
    detail: (c, ctx) =>
      ctx.query.bool('includedetails')
        ? { ...c, sites: ctx.state.sites.filter((s) => s.client_id === c.id) }
        : c,
    prepareCreate: (input) => ({
      inactive: false,
      toplevel_id: 1,
      toplevel_name: 'Managed Customers',
      colour: '#2b7bd3',
      customfields: [],
      ...input,
    }),
  })

  registerCrud(table, {
    path: '/Site',
    label: 'Site',
    store: (s) => s.sites,
    list: {
      key: 'sites',
      hidesInactive: true,
      filters: { client_id: 'client_id' },
      search: ['name', 'client_name'],
    },
    prepareCreate: (input) => ({
      inactive: false,
      ...input,
      client_name: clientName(Number(input.client_id ?? 0)),
      clientsite_name: `${clientName(Number(input.client_id ?? 0))}/${String(input.name ?? '')}`,
    }),
  })

  table.add('GET', '/Users/me', (ctx) => {
    const user = ctx.state.users.get(seed.userId)
    return user ? json(user) : notFound('User', 'me')
  })
  registerCrud(table, {
    path: '/Users',
    label: 'User',
    store: (s) => s.users,
    list: {
      key: 'users',
      hidesInactive: true,
      filters: { client_id: 'client_id', site_id: 'site_id', role: hasRole, emailaddress: 'emailaddress' },
      search: ['name', 'emailaddress', 'firstname', 'surname'],
    },
    prepareCreate: (input, ctx) => {
      const name = String(
        input.name ?? `${String(input.firstname ?? '')} ${String(input.surname ?? '')}`.trim(),
      )
      return userFields(ctx, { inactive: false, roles: [], customfields: [], use: 'user', ...input, name })
    },
    prepareUpdate: (_existing, input, ctx) => userFields(ctx, input),
  })

  registerCrud(table, {
    path: '/UserRoles',
    label: 'User Role',
    store: (s) => s.userRoles,
    list: { search: ['name'] },
  })

  registerCrud(table, {
    path: '/ClientContract',
    label: 'Contract',
    store: (s) => s.contracts,
    list: {
      key: 'contracts',
      filters: { client_id: 'client_id', site_id: 'site_id', includeinactive: () => true },
      search: ['ref', 'client_name', 'billingdescription'],
    },
  })

  table.add('GET', '/Agent/me', (ctx) => {
    const agent = ctx.state.agents.get(ctx.session?.agentId ?? ctx.settings.agentId)
    return agent ? json(agent) : notFound('Agent', 'me')
  })
  registerCrud(table, {
    path: '/Agent',
    label: 'Agent',
    store: (s) => s.agents,
    list: {
      filters: {
        team_id: 'team_id',
        team: 'team',
        includedisabled: () => true,
      },
      search: ['name', 'email'],
      scope: (a) => a.isdisabled !== true,
    },
  })

  registerCrud(table, {
    path: '/Team',
    label: 'Team',
    store: (s) => s.teams,
    list: { filters: { department_id: 'department_id', ids: 'id' }, search: ['name'] },
    detail: (t, ctx) =>
      ctx.query.bool('includeagents') || ctx.query.bool('includedetails')
        ? {
            ...t,
            // Halo's UnameSection: one membership row per agent, naming both sides.
            agents: ctx.state.agents
              .filter((a) => a.team_id === t.id)
              .map((a) => ({
                id: a.id,
                agent_id: a.id,
                agent_name: a.name,
                team_id: t.id,
                team_name: t.name,
              })),
          }
        : t,
    prepareCreate: (input) => ({ inactive: false, ...input, name: String(input.name ?? teamName(0)) }),
  })

  registerCrud(table, {
    path: '/Supplier',
    label: 'Supplier',
    store: (s) => s.suppliers,
    list: { key: 'suppliers', hidesInactive: true, search: ['name', 'email_address'] },
  })
}
