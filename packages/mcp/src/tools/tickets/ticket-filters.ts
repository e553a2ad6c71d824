import type { ToolResources } from '../../api/halo-api.js'
import { resolveId } from '../resolve-name.js'

/** Who and what a ticket is about, as a tool takes them: names or ids. */
export interface TicketNames {
  readonly status?: string | number | undefined
  readonly priority?: string | number | undefined
  readonly agent?: string | number | undefined
  readonly team?: string | number | undefined
  readonly ticket_type?: string | number | undefined
}

/** The ids behind the names, each looked up once through the library's cached name lookups. */
export interface TicketIds {
  readonly statusId: number | undefined
  readonly priorityId: number | undefined
  readonly agentId: number | undefined
  readonly teamId: number | undefined
  readonly ticketTypeId: number | undefined
}

export async function resolveTicketNames(resources: ToolResources, names: TicketNames): Promise<TicketIds> {
  const [statusId, priorityId, agentId, teamId, ticketTypeId] = await Promise.all([
    resolveId(names.status, (name) => resources.statuses.idOf(name)),
    resolveId(names.priority, (name) => resources.priorities.idOf(name)),
    resolveId(names.agent, (name) => resources.agents.idOf(name)),
    resolveId(names.team, (name) => resources.teams.idOf(name)),
    resolveId(names.ticket_type, (name) => resources.ticketTypes.idOf(name)),
  ])
  return { statusId, priorityId, agentId, teamId, ticketTypeId }
}
