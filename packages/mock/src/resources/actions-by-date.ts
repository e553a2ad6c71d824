// `GET /Actions` without `ticket_id` but with `startdate` / `enddate` (and optionally `datesearch`):
// every ticket's actions in the range in one answer, as Halo's cross-ticket action search does. The
// list does not page (Halo's /Actions has no paging parameters); `count` caps it as usual.
import { slicedListJson } from '../http/sliced-json.js'
import { WorkSlice } from '../http/work-slice.js'
import { dateRangePredicate, searchedField, startEndBounds } from '../listing/date-filters.js'
import type { MockContext } from '../mock/context.js'
import type { ActionRecord } from '../store/records.js'

/** Whether this `/Actions` request is a date search across tickets. */
export function isActionDateSearch(ctx: MockContext): boolean {
  return ctx.query.int('ticket_id') === undefined && (ctx.query.has('startdate') || ctx.query.has('enddate'))
}

/** Every action in the date range (default field: `datetime`, when the action happened). */
export async function listActionsByDate(
  ctx: MockContext,
  keep: (ctx: MockContext, actions: readonly ActionRecord[]) => ActionRecord[],
): Promise<Response> {
  const inRange = dateRangePredicate(ctx, undefined, 'datetime')
  const bounds = startEndBounds(ctx)
  // Searching when actions happened reads the store's index; any other field scans every ticket.
  const tickets: Iterable<readonly [number, readonly ActionRecord[]]> =
    bounds !== undefined && searchedField(ctx, 'datetime') === 'datetime'
      ? ctx.state.actions.withActionsBetween(bounds[0], bounds[1])
      : (function* () {
          for (const ticketId of [...ctx.state.tickets.ids()])
            yield [ticketId, ctx.state.actions.list(ticketId)] as const
        })()
  const actions: ActionRecord[] = []
  const slice = new WorkSlice()
  for (const [, listed] of tickets) {
    for (const action of keep(ctx, listed)) {
      if (inRange === undefined || inRange(action)) actions.push(action)
    }
    // One thread answers every request: a search of every ticket lets the others in as it goes.
    if (slice.spent) await slice.pause()
  }
  const count = ctx.query.int('count')
  const rows = count !== undefined && count > 0 ? actions.slice(0, count) : actions
  // Every action of every ticket can be tens of MB: served a slice at a time, the search's slice
  // going on into the serialising, so the thread is never held longer than one slice between them.
  return slicedListJson({ record_count: actions.length }, 'actions', rows, slice)
}
