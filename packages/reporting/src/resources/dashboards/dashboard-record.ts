import { deleteMethods, type HaloCore, type RequestOptions, withMethods, writeMethods } from '@halo/core'
import {
  type DashboardLink,
  deleteDashboardLink,
  type GetDashboardLinkParams,
  getDashboardLink,
  upsertDashboardLinks,
} from '../../generated/index.js'
import { recordId } from '../record-id.js'

/** Helper methods of a dashboard record. */
export interface DashboardHelpers {
  /** POSTs `[{ ...patch, id }]` and answers the updated dashboard. */
  update(patch: DashboardLink, options?: RequestOptions): Promise<DashboardRecord>
  /** Deletes this dashboard: `DELETE /DashboardLinks/{id}`. */
  delete(options?: RequestOptions): Promise<unknown>
  /** Fetches this dashboard again (`includedetails: true` unless `params` say otherwise). */
  refresh(params?: Omit<GetDashboardLinkParams, 'id'>, options?: RequestOptions): Promise<DashboardRecord>
}

/** A dashboard (Halo's `DashboardLinks`: `name`, `widgets`, `filters`, reporting period …) with helpers. */
export type DashboardRecord = DashboardLink & DashboardHelpers

export function dashboardRecord(core: HaloCore, dashboard: DashboardLink): DashboardRecord {
  const decorate = (next: DashboardLink): DashboardRecord => dashboardRecord(core, next)
  const id = (what: string) => recordId(dashboard, `dashboard.${what}`)
  const helpers: DashboardHelpers = {
    update: (patch, options) =>
      writeMethods(core, upsertDashboardLinks, decorate).update(id('update'), patch, options),
    delete: (options) => deleteMethods(core, deleteDashboardLink).delete(id('delete'), {}, options),
    refresh: async (params, options) =>
      decorate(await getDashboardLink(core, { includedetails: true, ...params, id: id('refresh') }, options)),
  }
  return withMethods(dashboard, helpers)
}
