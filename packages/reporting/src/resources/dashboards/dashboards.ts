import type { HaloCore } from '@halo/core'
import { dashboardResource } from './dashboard-record.js'

/**
 * Dashboards (Halo's `DashboardLinks`; list envelope `dashboards`). `/DashboardLinks` takes no `search`,
 * so there is no `search` method.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { dashboards } from '@halo/reporting'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * const dashboard = await dashboards(core).get(1, { includedetails: true })
 * console.log(dashboard.name, dashboard.widgets?.map((widget) => widget.report_id))
 * ```
 */
export function dashboards(core: HaloCore) {
  return dashboardResource.methods(core)
}

export type DashboardsResource = ReturnType<typeof dashboards>
