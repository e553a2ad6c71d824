import { dashboardLinkCrud } from '../../generated/crud-definitions.js'

/** Dashboards and their record helpers, as `dashboards(core)` hands them out. */
export const dashboardResource = dashboardLinkCrud

export type {
  DashboardLinkHelpers as DashboardHelpers,
  DashboardLinkRecord as DashboardRecord,
} from '../../generated/crud-definitions.js'
