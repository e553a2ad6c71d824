import type { HaloCore, RequestOptions } from '@halo/core'
import { type TimeEntryRecord, timesheetEventCrud } from '../../generated/crud-definitions.js'
import { getTimesheetEventMine, type TimesheetEvent } from '../../generated/index.js'
import { rowsOf } from '../shared/rows-of.js'

export type { TimeEntryRecord }

/**
 * Time entries (`/TimesheetEvent`): `list({ agent_id, start_date, end_date })`, `get`, `create`, `update`,
 * `delete`, `deleteMany`, `createMany`, `upsertMany`, and `mine()` for the API agent's own entries.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { timeEntries } from '@halo/tickets'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * await timeEntries(core).create({
 *   agent_id: 2,
 *   ticket_id: 1001,
 *   start_date: '2026-03-02T09:00:00Z',
 *   end_date: '2026-03-02T10:30:00Z',
 *   note: 'Replaced the fuser',
 * })
 * const week = await timeEntries(core).list({ agent_id: 2, start_date: '2026-03-02', end_date: '2026-03-08' })
 * ```
 */
export function timeEntries(core: HaloCore) {
  return {
    ...timesheetEventCrud.methods(core),
    /** The API agent's own time entries (`GET /TimesheetEvent/mine`). */
    async mine(options?: RequestOptions): Promise<TimeEntryRecord[]> {
      const answer: unknown = await getTimesheetEventMine(core, {}, options)
      return rowsOf<TimesheetEvent>(answer, 'timesheetevents').map((entry) =>
        timesheetEventCrud.record(core, entry),
      )
    },
  }
}

export type TimeEntriesResource = ReturnType<typeof timeEntries>
