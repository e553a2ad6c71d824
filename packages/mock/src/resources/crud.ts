// Halo's one-verb writes (docs/halo-api.md, "Request conventions"): POST an array to the collection; an item without `id` (or 0)
// creates, an item with the id of an existing record updates it with the fields given. One item in →
// one object out, several in → an array out, status 201. Every item is validated before any is written.
import { badRequestText, json, notFound } from '../http/respond.js'
import type { RouteTable } from '../http/route-table.js'
import { type ListSpec, listResponse } from '../listing/list-response.js'
import type { MockContext, RouteHandler } from '../mock/context.js'
import { touchRecord } from '../store/change-times.js'
import type { Collection, HaloRecord } from '../store/collection.js'
import type { HaloState } from '../store/halo-state.js'

export type Fields = Record<string, unknown>

export interface CrudSpec<T extends HaloRecord> {
  /** Collection path relative to `/api`, e.g. `/Tickets`. */
  path: string
  /** Name used in error messages. */
  label: string
  store: (state: HaloState) => Collection<T>
  list: ListSpec<T> | ((ctx: MockContext) => Response)
  /** GET one (the record, plus children when `includedetails=true`). */
  detail?: (record: T, ctx: MockContext) => unknown
  /** Fields for a new record, or an error response. */
  prepareCreate?: (input: Fields, ctx: MockContext, index: number) => Fields | Response
  /** Fields to merge into an existing record, or an error response. */
  prepareUpdate?: (existing: T, input: Fields, ctx: MockContext, index: number) => Fields | Response
  /** Side effects after a record was written. */
  afterWrite?: (record: T, ctx: MockContext, created: boolean, input: Fields) => T | undefined
  afterDelete?: (record: T, ctx: MockContext) => void
  /** A record to bring back for an update of an id the store lacks (a restore), or undefined. */
  revive?: (id: number, input: Fields, ctx: MockContext) => T | undefined
  /** Which methods to register (default all four). */
  only?: readonly ('list' | 'get' | 'post' | 'delete')[]
}

/** Parses an `{id}` path parameter; Halo ids are integers. */
export function idParam(ctx: MockContext, name = 'id'): number | undefined {
  const raw = ctx.params[name] ?? ''
  return /^-?\d+$/.test(raw) ? Number(raw) : undefined
}

/** The posted items: an array as Halo expects, or a lone object treated as one item. */
export function postedItems(ctx: MockContext): { items: Fields[]; single: boolean } | Response {
  const body = ctx.body
  if (Array.isArray(body)) {
    if (body.length === 0) return badRequestText('No data was posted')
    if (!body.every((b) => b !== null && typeof b === 'object' && !Array.isArray(b))) {
      return badRequestText('Each item in the posted array must be an object')
    }
    return { items: body as Fields[], single: body.length === 1 }
  }
  if (body !== null && typeof body === 'object') return { items: [body as Fields], single: true }
  return badRequestText('The request body is empty or is not valid JSON')
}

/** Shallow merge, except `customfields`, which merge by `id` (or `name`). */
export function mergeFields(existing: Fields, patch: Fields): Fields {
  const merged: Fields = { ...existing, ...patch }
  if (Array.isArray(existing.customfields) && Array.isArray(patch.customfields)) {
    const out = [...(existing.customfields as Fields[])]
    for (const cf of patch.customfields as Fields[]) {
      const at = out.findIndex(
        (o) => (cf.id !== undefined && o.id === cf.id) || (cf.name !== undefined && o.name === cf.name),
      )
      if (at >= 0) out[at] = { ...out[at], ...cf }
      else out.push(cf)
    }
    merged.customfields = out
  }
  return merged
}

export function writeResult(results: unknown[], single: boolean): Response {
  return json(single ? results[0] : results, 201)
}

export function registerCrud<T extends HaloRecord>(table: RouteTable<RouteHandler>, spec: CrudSpec<T>): void {
  const only = spec.only ?? ['list', 'get', 'post', 'delete']
  const listHandler: RouteHandler =
    typeof spec.list === 'function'
      ? spec.list
      : (ctx) => listResponse(ctx, spec.store(ctx.state), spec.list as ListSpec<T>)
  if (only.includes('list')) table.add('GET', spec.path, listHandler)

  if (only.includes('get')) {
    table.add('GET', `${spec.path}/{id:int}`, (ctx) => {
      const id = idParam(ctx)
      const record = id === undefined ? undefined : spec.store(ctx.state).get(id)
      if (!record) return notFound(spec.label, ctx.params.id ?? '')
      return json(spec.detail ? spec.detail(record, ctx) : record)
    })
  }

  if (only.includes('post')) {
    table.add('POST', spec.path, (ctx) => {
      const posted = postedItems(ctx)
      if (posted instanceof Response) return posted
      const store = spec.store(ctx.state)
      const plan: { existing: T | undefined; fields: Fields; input: Fields }[] = []
      for (const [index, input] of posted.items.entries()) {
        const id = Number(input.id ?? 0)
        if (Number.isFinite(id) && id > 0) {
          const existing = store.get(id) ?? spec.revive?.(id, input, ctx)
          if (!existing) return notFound(spec.label, id)
          const { id: _ignored, ...patch } = input
          const fields = spec.prepareUpdate ? spec.prepareUpdate(existing, patch, ctx, index) : patch
          if (fields instanceof Response) return fields
          plan.push({ existing, fields, input })
        } else {
          const { id: _ignored, ...rest } = input
          const fields = spec.prepareCreate ? spec.prepareCreate(rest, ctx, index) : rest
          if (fields instanceof Response) return fields
          plan.push({ existing: undefined, fields, input })
        }
      }
      const results = plan.map(({ existing, fields, input }) => {
        const written = existing
          ? (store.update(existing.id, mergeFields(existing, fields) as Partial<T>) as T)
          : store.insert(fields as Partial<T>)
        touchRecord(store, written.id, ctx.now())
        return spec.afterWrite?.(written, ctx, existing === undefined, input) ?? written
      })
      return writeResult(results, posted.single)
    })
  }

  if (only.includes('delete')) {
    table.add('DELETE', `${spec.path}/{id:int}`, (ctx) => {
      const id = idParam(ctx)
      const removed = id === undefined ? undefined : spec.store(ctx.state).delete(id)
      if (!removed) return notFound(spec.label, ctx.params.id ?? '')
      spec.afterDelete?.(removed, ctx)
      return json(removed)
    })
  }
}
