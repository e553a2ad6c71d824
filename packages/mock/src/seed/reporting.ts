// Saved reports (AnalyzerProfile) and dashboards.
import type { HaloRecord } from '../store/collection.js'

export const reportSeeds: HaloRecord[] = [
  {
    id: 1,
    name: 'Open tickets by client',
    description: 'Number of open tickets per client.',
    sql: 'SELECT aareadesc AS [Client], COUNT(*) AS [Open Tickets] FROM faults JOIN area ON areaint = aarea WHERE status <> 9 GROUP BY aareadesc',
    builtin: 'open-by-client',
  },
  {
    id: 2,
    name: 'Tickets logged this month by type',
    description: 'Tickets per ticket type, current month.',
    sql: 'SELECT rtdesc AS [Ticket Type], COUNT(*) AS [Tickets] FROM faults JOIN requesttype ON requesttypenew = rtid GROUP BY rtdesc',
    builtin: 'by-type',
  },
  {
    id: 3,
    name: 'Asset inventory',
    description: 'Every asset with its client, site and type.',
    sql: 'SELECT dinvno AS [Asset Tag], aareadesc AS [Client], sdesc AS [Site] FROM device',
    builtin: 'assets',
  },
  {
    id: 4,
    name: 'Agent workload',
    description: 'Open tickets assigned to each agent.',
    sql: 'SELECT uname AS [Agent], COUNT(*) AS [Open Tickets] FROM faults JOIN uname ON assignedtoint = unum GROUP BY uname',
    builtin: 'agent-workload',
  },
  {
    id: 5,
    name: 'Contacts by client',
    description: 'Active end users per client.',
    sql: 'SELECT aareadesc AS [Client], COUNT(*) AS [Users] FROM users GROUP BY aareadesc',
    builtin: 'users-by-client',
  },
].map((r) => ({
  reportingperiod: 0,
  charttype: 0,
  charttitle: r.name,
  xaxis: '',
  yaxis: '',
  count: true,
  is_published: false,
  published_id: '',
  bookmarked: false,
  reportgroup_id: 1,
  reportgroup_name: 'Service Desk',
  type: 0,
  ...r,
}))

export function seedDashboards(): HaloRecord[] {
  return [
    {
      id: 1,
      name: 'Service Desk Overview',
      widgets: [
        { id: 1, report_id: 1, type: 0, name: 'Open by client' },
        { id: 2, report_id: 4, type: 1, name: 'Agent workload' },
      ],
    },
    { id: 2, name: 'Asset Management', widgets: [{ id: 3, report_id: 3, type: 0, name: 'Assets' }] },
  ].map((d) => ({
    use: 'dashboard',
    in_app: true,
    admin_only: false,
    is_published: false,
    published_id: '',
    filters: [],
    reportingperiod: 0,
    ...d,
  }))
}
