import { dashboardLinkCrud } from '../../generated/crud-definitions.js'

/** Dashboards and their record helpers, as `dashboards(core)` hands them out. */
export const dashboardResource = dashboardLinkCrud

export type { DashboardHelpers, DashboardRecord } from '../../generated/crud-definitions.js'
