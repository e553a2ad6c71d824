import type { HaloCore, HaloList, ListControls, RequestOptions } from '@halo/core'
import {
  type GetTimesheetParams,
  getTimesheet,
  getTimesheetMine,
  listTimesheets,
  type Timesheet,
  upsertTimesheets,
} from '../../generated/index.js'
import { rowsOf } from '../shared/rows-of.js'

/**
 * Timesheets (`/Timesheet`: one agent's day, with its time entries in `events`): `list`, `get`, `mine`,
 * and `save` (a timesheet is addressed by agent and date; Halo has no timesheet DELETE).
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { timesheets } from '@halo/tickets'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * const mine = await timesheets(core).mine()
 * console.log(mine.map((day) => [day.date, day.actual_hours]))
 * ```
 */
export function timesheets(core: HaloCore) {
  return {
    /** Every timesheet matching `params`, page after page. */
    list(params?: ListControls, options?: RequestOptions): HaloList<Timesheet> {
      // The spec gives /Timesheet no filters (`ListTimesheetsParams` is empty); `limit` still caps it.
      return listTimesheets(core, params as Parameters<typeof listTimesheets>[1], options)
    },
    /** One timesheet by id. */
    get(id: number, params?: Omit<GetTimesheetParams, 'id'>, options?: RequestOptions): Promise<Timesheet> {
      return getTimesheet(core, { ...params, id }, options)
    },
    /** The API agent's own timesheets (`GET /Timesheet/mine`). */
    async mine(options?: RequestOptions): Promise<Timesheet[]> {
      return rowsOf<Timesheet>(await getTimesheetMine(core, {}, options), 'timesheets')
    },
    /** Creates or updates a timesheet (`POST /Timesheet`); answers what Halo returns. */
    save(timesheet: Timesheet, options?: RequestOptions): Promise<unknown> {
      return upsertTimesheets(core, { body: [timesheet] }, options)
    },
  }
}

export type TimesheetsResource = ReturnType<typeof timesheets>
