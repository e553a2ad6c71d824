import type { ListStatusesParams, TStatus } from '../../generated/index.js'

/** A ticket status: Halo's `TStatus` (`type`: 0 open, 1 pending, 2 resolved, 3 closed, as observed). */
export type TicketStatus = TStatus

/** Filters of `statuses.list`, by wire name (`GET /Status`). */
export type StatusListParams = ListStatusesParams
