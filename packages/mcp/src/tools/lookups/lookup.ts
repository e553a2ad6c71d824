import { z } from 'zod'
import type { ToolResources } from '../../api/halo-api.js'
import { defineTool } from '../halo-tool.js'

const KINDS = ['statuses', 'priorities', 'ticket_types', 'agents', 'teams', 'categories', 'outcomes'] as const
type LookupKind = (typeof KINDS)[number]

interface NamedId {
  readonly id: number
  readonly name: string
  readonly [extra: string]: unknown
}

function named(
  rows: readonly unknown[],
  nameKey: string,
  idKey = 'id',
  extra: readonly string[] = [],
): NamedId[] {
  return rows.flatMap((row) => {
    const data = row as Record<string, unknown>
    const id = data[idKey]
    const name = data[nameKey]
    if (typeof id !== 'number' || typeof name !== 'string' || name.trim() === '') return []
    const more: Record<string, unknown> = {}
    for (const key of extra) if (data[key] !== undefined) more[key] = data[key]
    return [{ id, name, ...more }]
  })
}

/** Every entry of a kind, as `{ id, name }` (priorities' id is the `priorityid` tickets carry). */
async function listKind(
  resources: ToolResources,
  kind: LookupKind,
  tier: number | undefined,
): Promise<NamedId[]> {
  switch (kind) {
    case 'statuses':
      return named(await resources.statuses.list(), 'name')
    case 'priorities':
      return named(await resources.priorities.list(), 'name', 'priorityid', ['slaid'])
    case 'ticket_types':
      return named(await resources.ticketTypes.list(), 'name')
    case 'agents':
      return named(await resources.agents.list(), 'name', 'id', ['email'])
    case 'teams':
      return named(await resources.teams.list(), 'name')
    case 'categories':
      return named(
        tier === undefined
          ? Object.values(await resources.categories.getAllTypes()).flat()
          : await resources.categories.getByType(tier as 1 | 2 | 3 | 4),
        'value',
        'id',
        ['type_id'],
      )
    case 'outcomes':
      return named(await resources.outcomes.list(), 'outcome')
  }
}

/** The id of one name, through the library's cached lookup of that kind. */
function idOf(
  resources: ToolResources,
  kind: LookupKind,
  name: string,
  tier: number | undefined,
): Promise<number> {
  switch (kind) {
    case 'statuses':
      return resources.statuses.idOf(name)
    case 'priorities':
      return resources.priorities.idOf(name)
    case 'ticket_types':
      return resources.ticketTypes.idOf(name)
    case 'agents':
      return resources.agents.idOf(name)
    case 'teams':
      return resources.teams.idOf(name)
    case 'categories':
      return resources.categories.idOf(name, tier as 1 | 2 | 3 | 4 | undefined)
    case 'outcomes':
      return resources.outcomes.idOf(name)
  }
}

export const lookupTool = defineTool({
  name: 'lookup',
  title: 'Look up ids by name',
  description:
    'Turn a name into its id (status "In Progress", priority "High", agent "Priya Shah", team, ticket type, category, action outcome), or list every name of a kind when no name is given.',
  access: 'read',
  input: {
    kind: z.enum(KINDS).describe('What to look up'),
    name: z
      .string()
      .min(1)
      .optional()
      .describe('The name to find (case-insensitive); leave out to list them all'),
    category_tier: z
      .number()
      .int()
      .min(1)
      .max(4)
      .optional()
      .describe('For categories: the tier (1-4) to look in'),
  },
  async run(input, { api }) {
    if (input.name !== undefined) {
      const id = await idOf(api.resources, input.kind, input.name, input.category_tier)
      return { value: { kind: input.kind, name: input.name, id } }
    }
    return {
      value: { kind: input.kind, records: await listKind(api.resources, input.kind, input.category_tier) },
    }
  },
})
