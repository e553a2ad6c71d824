// Extending: a resource the library lacks, built from core's toolkit (`@halo/core/resource`). Halo's
// holidays (`/Holiday`) stand in for any collection: describe its four operations, then let the
// toolkit give it `list`, `get`, `create`, `update`, `delete`, `deleteMany`, `createMany`,
// `upsertMany`, and records with `update`, `delete` and `refresh`.
import type { HaloClient } from '@halo/client'
import type { HaloCore, OperationDescriptor, RequestOptions } from '@halo/core'
import { crudMethods, type HaloRecord, recordDecorator } from '@halo/core/resource'
import { runWhenMain } from './support/run-example.js'

/** A holiday as Halo sends it (only the fields this code reads are typed; the rest pass through). */
export interface Holiday {
  id?: number | null | undefined
  name?: string | null | undefined
  date?: string | null | undefined
  workday_id?: number | null | undefined
}
type HolidayById = { readonly id: number }
export type HolidayRecord = HaloRecord<Holiday, HolidayById, HolidayById>

// What the generated operations hold: method, path, parameters, and where a list's records are.
const listOperation: OperationDescriptor = {
  name: 'listHolidays',
  method: 'GET',
  path: '/Holiday',
  tag: 'Holidays',
}
const getOperation: OperationDescriptor = {
  name: 'getHoliday',
  method: 'GET',
  path: '/Holiday/{id}',
  tag: 'Holidays',
  pathParams: { id: 'integer' },
}
const upsertOperation: OperationDescriptor = {
  name: 'upsertHolidays',
  method: 'POST',
  path: '/Holiday',
  tag: 'Holidays',
  body: 'json-array',
}
const deleteOperation: OperationDescriptor = {
  name: 'deleteHoliday',
  method: 'DELETE',
  path: '/Holiday/{id}',
  tag: 'Holidays',
  pathParams: { id: 'integer' },
}

const operations = {
  list: (core: HaloCore, params?: { readonly workday_id?: number }, options?: RequestOptions) =>
    core.list<Holiday>(listOperation, params, options),
  get: (core: HaloCore, params: HolidayById, options?: RequestOptions) =>
    core.request<Holiday>(getOperation, params, options),
  upsert: (core: HaloCore, params: { readonly body: readonly Holiday[] }, options?: RequestOptions) =>
    core.request<unknown>(upsertOperation, params, options),
  remove: (core: HaloCore, params: HolidayById, options?: RequestOptions) =>
    core.request<unknown>(deleteOperation, params, options),
}

/** The new resource: one line of toolkit, the same surface as every resource of the library. */
export function holidays(core: HaloCore) {
  return crudMethods(core, operations, recordDecorator(core, 'holiday', operations))
}

export async function run(halo: HaloClient, log: (line: string) => void) {
  // A HaloClient is a HaloCore, so it can carry resources of your own.
  const created = await holidays(halo).create({ name: 'Founders Day', date: '2026-06-12T00:00:00' })
  log(`Created holiday #${created.id} "${created.name}"`)
  const renamed = await created.update({ name: 'Founders’ Day' })
  log(`Renamed to "${renamed.name}"`)
  const all = await holidays(halo).list()
  log(`${all.length} holidays`)
  await renamed.delete()
  return { holidayId: created.id, count: all.length, renamed: renamed.name }
}

await runWhenMain(import.meta.url, run)
