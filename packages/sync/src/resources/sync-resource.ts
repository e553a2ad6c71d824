import type { OperationDescriptor } from '@halo/core'
import type { MirrorTable } from '../store/sync-store.js'

/**
 * How one Halo resource is mirrored: where its list is, how to ask for what changed, and how to
 * list every id cheaply. The built-in definitions are in `SYNC_RESOURCES`; the rules they follow
 * are explained in the package README.
 */
export interface SyncResource {
  /** The name used in `resources`, results and `halo_sync_state` (`'tickets'`). */
  readonly name: string
  /** The mirror table and the fields identifying a record. */
  readonly table: MirrorTable
  /** The generated list operation (`listTicketsOperation`). */
  readonly operation: OperationDescriptor
  /** Envelope key of the records (`'tickets'`). */
  readonly listKey: string
  /** Largest page Halo serves for this list, or `undefined` when the list does not page. */
  readonly pageSize: number | undefined
  /** Query parameters sent with every list request (e.g. `includeinactive: true`). */
  readonly baseQuery?: Readonly<Record<string, unknown>>
  /**
   * The query asking for records changed at or after `since` (and before `until`), or `undefined`
   * when Halo offers no such filter: every run then reads the whole list.
   */
  readonly changedSince?: (since: string, until: string) => Readonly<Record<string, unknown>>
  /**
   * The query answering every id in one unpaged request (`ticketidonly: true`), or `undefined`: the
   * reconciliation then reads every record (`readAllForReconcile`).
   */
  readonly idsQuery?: Readonly<Record<string, unknown>>
  /** The query fetching these records by id (`ticketids: '1,2,3'`), when Halo has one. */
  readonly byIds?: (ids: readonly number[]) => Readonly<Record<string, unknown>>
  /** The query listing every record in one unpaged request, for lists that do not page (actions). */
  readonly everything?: (until: string) => Readonly<Record<string, unknown>>
  /** Rows of other tables that go when a record of this one is deleted (a ticket's actions). */
  readonly children?: readonly { readonly table: string; readonly column: string }[]
}
