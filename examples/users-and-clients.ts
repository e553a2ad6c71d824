// Users and clients: who the API runs as, a client's sites, users and contracts, roles.
import type { HaloClient } from '@halo/client'
import { runWhenMain } from './support/run-example.js'

export async function run(halo: HaloClient, log: (line: string) => void) {
  const me = await halo.users.getMe()
  log(`Signed in as user ${me.name}`)

  const [acme] = await halo.clients.list({ search: 'Northwind' })
  if (acme === undefined) throw new Error('No client matching "Northwind"')
  const [sites, users, contracts] = await Promise.all([acme.getSites(), acme.getUsers(), acme.getContracts()])
  log(`${acme.name}: ${sites.length} sites, ${users.length} users, ${contracts.length} contracts`)
  log(`Sites: ${sites.map((site) => site.name).join(', ')}`)

  // Add a role without dropping the roles the user already has.
  const [user] = users
  if (user === undefined) throw new Error(`${acme.name} has no users`)
  const before = (user.roles ?? []).map((role) => role.id)
  const roles = await halo.roles.list()
  const extra = roles.find((role) => role.id !== undefined && !before.includes(role.id))
  if (extra?.id == null) throw new Error('No role left to add')
  const updated = await user.addRole(extra.id)
  const after = (updated.roles ?? []).map((role) => role.id)
  log(`${user.name}: roles ${before.join(', ') || 'none'} → ${after.join(', ')}`)

  return {
    clientName: acme.name,
    sites: sites.length,
    users: users.length,
    rolesBefore: before,
    rolesAfter: after,
  }
}

await runWhenMain(import.meta.url, run)
