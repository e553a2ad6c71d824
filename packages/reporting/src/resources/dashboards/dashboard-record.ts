import type { HaloCore } from '@halo/core'
import { type HaloRecord, type RecordHelpers, recordDecorator } from '@halo/core/resource'
import {
  type DashboardLink,
  type DeleteDashboardLinkParams,
  deleteDashboardLink,
  type GetDashboardLinkParams,
  getDashboardLink,
  upsertDashboardLinks,
} from '../../generated/index.js'

/** Helper methods of a dashboard record: `update`, `delete`, `refresh`. */
export type DashboardHelpers = RecordHelpers<DashboardLink, GetDashboardLinkParams, DeleteDashboardLinkParams>

/** A dashboard (Halo's `DashboardLinks`: `name`, `widgets`, `filters`, reporting period …) with helpers. */
export type DashboardRecord = HaloRecord<DashboardLink, GetDashboardLinkParams, DeleteDashboardLinkParams>

export function dashboardRecord(core: HaloCore, dashboard: DashboardLink): DashboardRecord {
  return recordDecorator(core, 'dashboard', {
    get: getDashboardLink,
    upsert: upsertDashboardLinks,
    remove: deleteDashboardLink,
  })(dashboard)
}
