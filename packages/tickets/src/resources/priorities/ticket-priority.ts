import type { ListPrioritiesParams, Policy } from '../../generated/index.js'

/**
 * A priority: Halo's `Policy`, scoped by SLA. Its `id` is a UUID string; `priorityid` is the number a
 * ticket's `priority_id` holds.
 */
export type TicketPriority = Policy

/** Filters of `priorities.list`, by wire name (`GET /Priority`). */
export type PriorityListParams = ListPrioritiesParams
