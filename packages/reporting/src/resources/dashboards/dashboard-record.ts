import { type CrudRecordHelpersOf, type CrudRecordOf, defineCrudResource } from '@halo/core/resource'
import {
  deleteDashboardLink,
  getDashboardLink,
  listDashboardLinks,
  upsertDashboardLinks,
} from '../../generated/index.js'

/** Dashboards and their record helpers, as `dashboards(core)` hands them out. */
export const dashboardResource = defineCrudResource('dashboard', {
  list: listDashboardLinks,
  get: getDashboardLink,
  upsert: upsertDashboardLinks,
  remove: deleteDashboardLink,
})

/** Helper methods of a dashboard record: `update`, `delete`, `refresh`. */
export type DashboardHelpers = CrudRecordHelpersOf<typeof dashboardResource>

/** A dashboard (Halo's `DashboardLinks`: `name`, `widgets`, `filters`, reporting period …) with helpers. */
export type DashboardRecord = CrudRecordOf<typeof dashboardResource>
