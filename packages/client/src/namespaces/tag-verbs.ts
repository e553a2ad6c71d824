// The common verbs on a generated tag namespace (`halo.cabs.list()`, `halo.cabs.get(3)`), so every
// namespace on the facade speaks the same dialect as the hand-written resources. Each verb is the
// tag's one operation of that shape (chosen by the generator); the full names stay beside them.
import type { HaloCore, RequestOptions } from '@halo/core'
import {
  type BoundOperation,
  bindOperations,
  type GeneratedOperation,
} from '../operations/bind-operations.js'

/** The operations a tag's verbs stand for, as the generator lists them in `<package>TagNamespaces`. */
export interface VerbOperations {
  readonly list?: GeneratedOperation
  readonly get?: GeneratedOperation
  readonly upsert?: GeneratedOperation
  readonly delete?: GeneratedOperation
}

/** `get(id, params?, options?)` / `delete(id, params?, options?)` from an operation taking `{ id, … }`. */
export type ByIdVerb<F> = F extends (core: HaloCore, params: infer P, options?: RequestOptions) => infer R
  ? P extends { readonly id: infer Id }
    ? (id: Id, params?: Omit<P, 'id'>, options?: RequestOptions) => R
    : never
  : never

/** `upsert(records, params?, options?)`: one record in gives the record, several an array, as Halo answers. */
export interface UpsertVerb<T, Q> {
  (records: readonly [T], params?: Q, options?: RequestOptions): Promise<T>
  (records: readonly [T, T, ...T[]], params?: Q, options?: RequestOptions): Promise<T[]>
  (records: readonly T[], params?: Q, options?: RequestOptions): Promise<T | T[]>
}

/** The upsert verb of a generated upsert (its last overload takes any array of records). */
export type UpsertVerbOf<F> = F extends (core: HaloCore, params: infer P, options?: RequestOptions) => unknown
  ? P extends { readonly body: readonly (infer T)[] }
    ? UpsertVerb<T, Omit<P, 'body'>>
    : never
  : never

/** The verbs a namespace with these verb operations carries. */
export type TagVerbs<V> = (V extends { readonly list: infer F }
  ? { readonly list: BoundOperation<F> }
  : unknown) &
  (V extends { readonly get: infer F } ? { readonly get: ByIdVerb<F> } : unknown) &
  (V extends { readonly upsert: infer F } ? { readonly upsert: UpsertVerbOf<F> } : unknown) &
  (V extends { readonly delete: infer F } ? { readonly delete: ByIdVerb<F> } : unknown)

type Call = (core: HaloCore, params: unknown, options?: RequestOptions) => unknown

/** Binds a tag's verbs to `core`: `get(id, params)` calls the operation with `{ ...params, id }`. */
export function bindTagVerbs(core: HaloCore, verbs: VerbOperations): Record<string, unknown> {
  const bound: Record<string, unknown> = {}
  const { list, get, upsert } = verbs as Record<string, Call | undefined>
  const remove = (verbs as Record<string, Call | undefined>).delete
  if (list) Object.assign(bound, bindOperations(core, { list: list as GeneratedOperation }))
  // The id argument wins over an `id` in params, as in the hand-written resources.
  if (get)
    bound.get = (id: unknown, params?: object, options?: RequestOptions) =>
      get(core, { ...params, id }, options)
  if (remove)
    bound.delete = (id: unknown, params?: object, options?: RequestOptions) =>
      remove(core, { ...params, id }, options)
  if (upsert)
    bound.upsert = (records: readonly unknown[], params?: object, options?: RequestOptions) =>
      upsert(core, { ...params, body: records }, options)
  return bound
}
