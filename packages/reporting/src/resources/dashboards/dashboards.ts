import { deleteMethods, getMethods, type HaloCore, listMethods, writeMethods } from '@halo/core'
import {
  type DashboardLink,
  deleteDashboardLink,
  getDashboardLink,
  listDashboardLinks,
  upsertDashboardLinks,
} from '../../generated/index.js'
import { type DashboardRecord, dashboardRecord } from './dashboard-record.js'

/**
 * Dashboards (Halo's `DashboardLinks`; list envelope `dashboards`). `/DashboardLinks` takes no `search`,
 * so there is no `search` method.
 */
export function dashboards(core: HaloCore) {
  const decorate = (dashboard: DashboardLink): DashboardRecord => dashboardRecord(core, dashboard)
  return {
    ...listMethods(core, listDashboardLinks, decorate),
    ...getMethods(core, getDashboardLink, decorate),
    ...writeMethods(core, upsertDashboardLinks, decorate),
    ...deleteMethods(core, deleteDashboardLink),
  }
}

export type DashboardsResource = ReturnType<typeof dashboards>
