import type { HaloCore } from '../../halo-core.js'
import { listedNameLookup, type RecordNames } from '../name-lookup-cache/listed-name-lookup.js'
import {
  type HaloRecord,
  type RecordContext,
  type RecordHelpers,
  recordDecorator,
} from '../record-helpers/record-helpers.js'
import { type CrudMethods, crudMethods } from '../resource-methods/crud-methods.js'
import type {
  CrudOperations,
  CrudResourceOperations,
  DeleteParamsOf,
  EntityOf,
  GetParamsOf,
  ListParamsOf,
} from '../resource-methods/crud-operations.js'
import {
  type CurrentRecordOperation,
  currentRecordMethods,
} from '../resource-methods/current-record-methods.js'
import { searchMethods } from '../resource-methods/list-methods.js'
import { nameLookupMethods } from '../resource-methods/name-lookup-methods.js'
import type { GetOperation, ListOperation, RecordId } from '../resource-methods/operation-types.js'

/** `idOf(name)` as `nameLookupMethods` makes it. */
export type NameLookupMethods<TId> = ReturnType<typeof nameLookupMethods<TId>>

/** What `defineCrudResource` builds for one kind of record. */
export interface CrudResource<
  TOperations extends CrudOperations,
  TRecord,
  TMethods = CrudMethods<TOperations, TRecord>,
> {
  /** What its records call themselves in errors (`'user role'`). */
  readonly kind: string
  /** The generated operations it was defined over, for helpers that call them (custom fields). */
  readonly operations: CrudResourceOperations<TOperations>
  /** Decorates one entity as Halo sent it: `update`, `delete`, `refresh` and the kind's extra helpers. */
  readonly record: (core: HaloCore, entity: EntityOf<TOperations>) => TRecord
  /**
   * `list`, `get`, `create`, `update`, `delete`, `deleteMany`, `createMany`, `upsertMany` on one core
   * (and `idOf` once `named`).
   */
  readonly methods: (core: HaloCore) => TMethods
  /**
   * The same resource with `idOf(name)`, over one cached list per core (`listedNameLookup`): records
   * are named by `nameOf`, their `name` unless the kind names them by another field.
   */
  named(
    nameOf?: (entity: EntityOf<TOperations>) => RecordNames,
  ): CrudResource<TOperations, TRecord, MergedMethods<TMethods & NameLookupMethods<number>>>
  /** The same resource with `search(term, { limit })`, for a list endpoint that takes Halo's `search`. */
  searchable(): CrudResource<
    TOperations,
    TRecord,
    MergedMethods<TMethods & SearchMethods<ListParamsOf<TOperations>, TRecord>>
  >
  /** The same resource with `getMe()`, over its `GET /<Collection>/me` operation. */
  withGetMe(
    getCurrent: CurrentRecordOperation,
  ): CrudResource<TOperations, TRecord, MergedMethods<TMethods & CurrentRecordMethods<TRecord>>>
}

/** `search(term, options)` as `searchMethods` makes it. */
export type SearchMethods<TListParams, TRecord> = ReturnType<
  typeof searchMethods<TListParams & { readonly search?: string | undefined }, unknown, TRecord>
>

/** `getMe()` as `currentRecordMethods` makes it. */
export type CurrentRecordMethods<TRecord> = ReturnType<typeof currentRecordMethods<unknown, TRecord>>

// One object type instead of an intersection, as a spread of the builders is (and hovers read).
type MergedMethods<T> = { [K in keyof T]: T[K] }

/** The record type a `CrudResource` hands out (`type RoleRecord = CrudRecordOf<typeof roleResource>`). */
export type CrudRecordOf<TResource> =
  TResource extends CrudResource<infer _Operations extends CrudOperations, infer TRecord> ? TRecord : never

/** The `update` / `delete` / `refresh` helpers of a `CrudResource`'s records. */
export type CrudRecordHelpersOf<TResource> =
  TResource extends CrudResource<infer TOperations extends CrudOperations, infer _Record>
    ? RecordHelpers<EntityOf<TOperations>, GetParamsOf<TOperations>, DeleteParamsOf<TOperations>>
    : never

/** Builds the helpers a kind of record adds to `update`, `delete` and `refresh` (a ticket's `addAction`). */
export type RecordExtrasBuilder<TEntity, TRecord, TExtras> = (
  core: HaloCore,
  entity: TEntity,
  context: RecordContext<TEntity, TRecord>,
) => TExtras

/** A `CrudResource` whose records carry only the library's helpers, and can be given the kind's own. */
export interface CrudResourceDefinition<TOperations extends CrudOperations>
  extends CrudResource<
    TOperations,
    HaloRecord<EntityOf<TOperations>, GetParamsOf<TOperations>, DeleteParamsOf<TOperations>>
  > {
  /**
   * The same resource with records that also carry the kind's own helpers. The extras type is named
   * (`withExtras<KbArticleExtras>(…)`) because the helpers may answer records of the same kind, which
   * TypeScript cannot infer from the builder that makes them. A package that declares its record type
   * as an interface (`ClientRecord`) names it second, so its resource answers that type.
   */
  withExtras<
    TExtras extends object,
    TRecord extends HaloRecord<EntityOf<TOperations>, GetParamsOf<TOperations>, DeleteParamsOf<TOperations>> &
      TExtras = HaloRecord<EntityOf<TOperations>, GetParamsOf<TOperations>, DeleteParamsOf<TOperations>> &
      TExtras,
  >(extras: RecordExtrasBuilder<EntityOf<TOperations>, TRecord, TExtras>): CrudResource<TOperations, TRecord>
}

/**
 * One kind of record and its resource, written once: the per-entity file names the kind (for the id
 * error) and hands over its generated operations, and `withExtras` adds the kind's own helpers.
 * Everything else (the record helpers' one signature and id check, the list/get/write/delete methods)
 * comes from here, so every resource of the library behaves the same. Its one type parameter is the
 * operations object; the entity, its parameters and records are read from it.
 *
 * ```ts
 * const roleResource = defineCrudResource('user role', {
 *   list: listUserRoles, get: getUserRole, upsert: upsertUserRoles, remove: deleteUserRole,
 * })
 * export type RoleRecord = CrudRecordOf<typeof roleResource>
 * export const roles = (core: HaloCore) => roleResource.methods(core)
 * ```
 *
 * A definition or a chain on it (`userRoleCrud.named()`) made at module level is marked
 * `/* @__PURE__ *\/`, so a bundle that uses none of the resource leaves it out.
 */
export function defineCrudResource<TOperations extends IdentifiedCrudOperations>(
  kind: string,
  operations: CrudResourceOperations<TOperations>,
): CrudResourceDefinition<TOperations> {
  type TEntity = EntityOf<TOperations>
  type TBaseRecord = HaloRecord<TEntity, GetParamsOf<TOperations>, DeleteParamsOf<TOperations>>
  function build<TExtras extends object, TRecord extends TBaseRecord & TExtras>(
    extras?: RecordExtrasBuilder<TEntity, TRecord, TExtras>,
  ): CrudResource<TOperations, TRecord> {
    // The record type is the package's own name for what recordDecorator builds (checked by the
    // constraint on TRecord), so the context's `decorate` answers it.
    const decoratorFor = (core: HaloCore) =>
      recordDecorator<TEntity, GetParamsOf<TOperations>, DeleteParamsOf<TOperations>, TExtras>(
        core,
        kind,
        operations,
        extras && ((entity, context) => extras(core, entity, context as RecordContext<TEntity, TRecord>)),
      ) as (entity: TEntity) => TRecord
    return chainable({
      record: (core, entity) => decoratorFor(core)(entity),
      methods: (core) => crudMethods<TOperations, TRecord>(core, operations, decoratorFor(core)),
    })
  }
  // Each step adds methods built over the same records; what a step makes once (the name cache) is
  // made here, at module level, so every factory call for one core shares it.
  function chainable<TRecord, TMethods>(
    resource: Pick<CrudResource<TOperations, TRecord, TMethods>, 'record' | 'methods'>,
  ): CrudResource<TOperations, TRecord, TMethods> {
    const { record, methods } = resource
    const adding = <TMore>(more: (core: HaloCore, decorate: (entity: TEntity) => TRecord) => TMore) =>
      chainable<TRecord, MergedMethods<TMethods & TMore>>({
        record,
        methods: (core) =>
          ({ ...methods(core), ...more(core, (entity) => record(core, entity)) }) as MergedMethods<
            TMethods & TMore
          >,
      })
    return {
      kind,
      operations,
      record,
      methods,
      named(nameOf) {
        const names = listedNameLookup(kind, operations.list, nameOf)
        return adding((core) => nameLookupMethods(core, names))
      },
      searchable() {
        const list = operations.list as ListOperation<
          ListParamsOf<TOperations> & { readonly search?: string | undefined },
          TEntity
        >
        return adding((core, decorate) => searchMethods(core, list, decorate))
      },
      withGetMe(getCurrent) {
        return adding((core, decorate) => currentRecordMethods(core, getCurrent, decorate))
      },
    }
  }
  return {
    ...build<Record<never, never>, TBaseRecord>(),
    withExtras: build,
  } as CrudResourceDefinition<TOperations>
}

/** Operations whose records may carry an id, as every record a `CrudResource` decorates does. */
interface IdentifiedCrudOperations extends CrudOperations {
  // `object &` keeps a record type with no `id` of its own (all optional fields) acceptable.
  readonly get: GetOperation<never, object & { readonly id?: RecordId | null | undefined }>
}
