import type { RecordOperations } from '../record-helpers/record-helpers.js'
import type {
  DeleteOperation,
  GetOperation,
  ListOperation,
  RecordId,
  UpsertOperation,
} from './operation-types.js'

/**
 * The four generated operations of a resource with the whole list/get/POST/DELETE set
 * (`{ list: listTickets, get: getTicket, upsert: upsertTickets, remove: deleteTicket }`). The toolkit
 * takes the object as one type parameter and reads the types of its records and parameters from it
 * (`EntityOf`, `ListParamsOf` …), so they are written once, by the operations themselves.
 */
export interface CrudOperations {
  /** The list operation (`listTickets`). */
  readonly list: ListOperation<never, unknown>
  /** The get-by-id operation (`getTicket`). */
  readonly get: GetOperation<never, unknown>
  /** The collection POST (`upsertTickets`). */
  readonly upsert: UpsertOperation<never>
  /** The delete-by-id operation (`deleteTicket`); `remove` because `delete` is a keyword. */
  readonly remove: DeleteOperation<never>
}

/** The record its get operation answers (`Ticket` for `getTicket`). */
export type EntityOf<TOperations extends CrudOperations> = AnsweredBy<TOperations['get']>

// Distributive over the operation, so that inside the toolkit a generic `EntityOf<TOperations>` is
// known to be what the constraint on `TOperations['get']` answers (an entity with an optional id).
type AnsweredBy<TGet> = TGet extends GetOperation<infer _Params, infer TEntity> ? TEntity : never

/** What its list operation filters by (`ListTicketsParams & ListControls` for `listTickets`). */
export type ListParamsOf<TOperations extends CrudOperations> =
  TOperations['list'] extends ListOperation<infer TParams, unknown> ? TParams : never

/** The parameters of its get operation, the id included (`GetTicketParams`). */
export type GetParamsOf<TOperations extends CrudOperations> =
  TOperations['get'] extends GetOperation<infer TParams extends { readonly id: RecordId }, unknown>
    ? TParams
    : never

/** One record of the array its collection POST sends. */
export type BodyOf<TOperations extends CrudOperations> =
  TOperations['upsert'] extends UpsertOperation<infer TBody extends object> ? TBody : never

/** The parameters of its delete operation, the id included (`DeleteTicketParams`). */
export type DeleteParamsOf<TOperations extends CrudOperations> =
  TOperations['remove'] extends DeleteOperation<infer TParams extends { readonly id: RecordId }>
    ? TParams
    : never

/**
 * The same operations, each typed by what the helper types read of it: what a generic `TOperations`
 * is known to be inside the toolkit, where TypeScript cannot see through the helper types itself.
 */
export interface OperationsOf<TOperations extends CrudOperations> {
  readonly list: ListOperation<ListParamsOf<TOperations>, EntityOf<TOperations>>
  readonly get: GetOperation<GetParamsOf<TOperations>, EntityOf<TOperations>>
  readonly upsert: UpsertOperation<BodyOf<TOperations>>
  readonly remove: DeleteOperation<DeleteParamsOf<TOperations>>
}

/**
 * The four generated operations of an entity as a resource takes them: its collection POST takes the
 * entity (records post themselves back), and for the few records that need them, the parameters
 * `refresh` sends and the keys besides `id` its helpers send (`refreshParams`, `keys`).
 */
export type CrudResourceOperations<TOperations extends CrudOperations> = TOperations &
  OperationsOf<TOperations> &
  RecordOperations<EntityOf<TOperations>, GetParamsOf<TOperations>, DeleteParamsOf<TOperations>>
