// Ticket types with their field layout, in the shape Halo returns for `GET /TicketType/{id}?includedetails=true`:
// `fields` holds rows; a row with `fieldid` 0 is a group container whose `group.fields` hold the real
// fields; every field row carries its `fieldinfo` definition, and lookup fields carry `values`.
// Category tiers are system fields named off by one: `category2` is Category 1, `category3` Category 2 …
import type { HaloRecord } from '../store/collection.js'
import { lookupRows } from './service-desk-config.js'
import { stableGuid } from './stable-guid.js'

interface FieldDef {
  id: number
  name: string
  label: string
  /** -1 system, 0 text, 1 multi-line, 2 single select, 3 multi select, 4 date, 10 rich text */
  type: number
  lookup?: number
  custom?: boolean
  inputtype?: number
  mandatory?: boolean
  hint?: string
  faults_field_name?: string
}

const fields = {
  summary: {
    id: 2,
    name: 'symptom',
    label: 'Summary',
    type: 0,
    mandatory: true,
    faults_field_name: 'symptom',
  },
  details: {
    id: 3,
    name: 'symptom2',
    label: 'Details',
    type: 1,
    hint: 'Describe the problem and what you have tried so far.',
    faults_field_name: 'symptom2',
  },
  asset: { id: 4, name: 'N/A', label: 'Asset', type: -1 },
  category1: { id: 5, name: 'category2', label: 'Category', type: -1, faults_field_name: 'category2' },
  category2: { id: 6, name: 'category3', label: 'Closure Code', type: -1, faults_field_name: 'category3' },
  category3: {
    id: 7,
    name: 'category4',
    label: 'Affected Service',
    type: -1,
    faults_field_name: 'category4',
  },
  category4: { id: 8, name: 'category5', label: 'Root Cause', type: -1, faults_field_name: 'category5' },
  team: { id: 13, name: 'sectio_', label: 'Team', type: -1, faults_field_name: 'sectio_' },
  agent: { id: 14, name: 'assignedtoint', label: 'Agent', type: -1, faults_field_name: 'assignedtoint' },
  tags: { id: -101, name: 'tags', label: 'Ticket Tags', type: 3 },
  impact: { id: 165, name: 'CFimpact', label: 'Impact', type: 2, lookup: 123, custom: true },
  urgency: { id: 166, name: 'CFurgency', label: 'Urgency', type: 2, lookup: 124, custom: true },
  changeType: {
    id: 151,
    name: 'CFchangeType',
    label: 'Change Type',
    type: 2,
    lookup: 122,
    custom: true,
    mandatory: true,
  },
  changePlan: { id: 169, name: 'CFchangePlan', label: 'Change Plan', type: 10, custom: true },
  backoutPlan: { id: 247, name: 'CFbackoutPlan', label: 'Backout Plan', type: 10, custom: true },
  riskLevel: { id: 248, name: 'CFriskLevel', label: 'Risk Level', type: 2, lookup: 153, custom: true },
  plannedStart: {
    id: 249,
    name: 'CFplannedStart',
    label: 'Planned Start',
    type: 4,
    inputtype: 1,
    custom: true,
  },
  plannedEnd: { id: 250, name: 'CFplannedEnd', label: 'Planned End', type: 4, inputtype: 1, custom: true },
  contactMethod: {
    id: 240,
    name: 'CFpreferredContact',
    label: 'Preferred Contact Method',
    type: 2,
    lookup: 150,
    custom: true,
  },
  callbackNumber: { id: 241, name: 'CFcallbackNumber', label: 'Callback Number', type: 0, custom: true },
  requiredBy: { id: 242, name: 'CFrequiredBy', label: 'Required By', type: 4, inputtype: 0, custom: true },
  costCentre: { id: 243, name: 'CFcostCentre', label: 'Cost Centre', type: 0, custom: true },
  justification: {
    id: 244,
    name: 'CFbusinessJustification',
    label: 'Business Justification',
    type: 10,
    custom: true,
  },
  workaround: { id: 245, name: 'CFworkaround', label: 'Workaround', type: 10, custom: true },
  knownError: { id: 246, name: 'CFknownError', label: 'Known Error', type: 2, lookup: 152, custom: true },
} satisfies Record<string, FieldDef>

/** Every field definition, for `GET /FieldInfo`. */
export const fieldDefinitions: readonly FieldDef[] = Object.values(fields)

export function fieldInfo(def: FieldDef, includeValues = true): HaloRecord {
  const info: HaloRecord = {
    id: def.id,
    guid: stableGuid(50, def.id + 1000),
    name: def.name,
    label: def.label,
    labellong: def.custom ? `${def.label} (${def.name})` : def.label,
    summary: '',
    hint: def.hint ?? '',
    lookup: def.lookup ?? (def.type === -1 ? -1 : 0),
    type: def.type,
    custom: def.custom ? 1 : 0,
    usage: def.custom ? 1 : 0,
    tab_id: 1,
    tab_name: '',
    table_id: 0,
    readonly: false,
    mandatory: def.mandatory ?? false,
    inputtype: def.inputtype ?? 0,
    characterlimit: 0,
    defaultvalue: '',
    searchable: def.type === 0 || def.type === 1,
    variable_name: def.custom ? `$CF${String(def.id).padStart(5, '0')}` : `$${def.name.toUpperCase()}`,
    faults_field_name: def.faults_field_name ?? '',
    copytochild: false,
    showintable: true,
  }
  if (includeValues && def.lookup !== undefined) info.values = lookupRows(def.lookup)
  return info
}

interface Layout {
  /** Top-level entries: a field, or a group with its own fields. */
  rows: ({ field: FieldDef } | { group: { id: number; header: string; fields: FieldDef[] } })[]
}

let rowIdCounter = 0

function fieldRow(rtid: number, def: FieldDef, seq: number, groupid: number): HaloRecord {
  rowIdCounter++
  return {
    id: rtid * 1000 + rowIdCounter,
    rtid,
    fieldid: def.id,
    seq,
    tableid: 1,
    groupid,
    endusernew: 1,
    enduserdetail: 1,
    enduserdetailrejected: 0,
    technew: def.mandatory ? 2 : 1,
    techdetail: 1,
    fieldinfo: fieldInfo(def),
    techtab_id: -1,
    techtab_name: '',
    override_fieldname: '',
    copytochild: false,
    copytorelated: false,
    restrictread: 0,
    display_type: 0,
  }
}

function layoutRows(rtid: number, layout: Layout): HaloRecord[] {
  rowIdCounter = 0
  return layout.rows.map((entry, i) => {
    if ('field' in entry) return fieldRow(rtid, entry.field, i + 1, 0)
    rowIdCounter++
    const container: HaloRecord = {
      id: rtid * 1000 + rowIdCounter,
      rtid,
      fieldid: 0,
      seq: i + 1,
      tableid: 1,
      groupid: entry.group.id,
      endusernew: 1,
      enduserdetail: 1,
      enduserdetailrejected: 0,
      technew: 1,
      techdetail: 1,
      group: {
        id: entry.group.id,
        header: entry.group.header,
        fields: entry.group.fields.map((f, j) => fieldRow(-2, f, j + 1, entry.group.id)),
      },
    }
    return container
  })
}

const detailsGroup = (extra: FieldDef[] = []) => ({
  group: {
    id: 2,
    header: 'Details',
    fields: [fields.summary, fields.details, fields.category1, ...extra, fields.agent, fields.team],
  },
})

const layouts: Record<number, Layout> = {
  1: {
    rows: [
      detailsGroup([fields.impact, fields.urgency, fields.tags]),
      { field: fields.asset },
      { field: fields.category2 },
      { field: fields.category3 },
      { field: fields.category4 },
      {
        group: {
          id: 30,
          header: 'Contact Preferences',
          fields: [fields.contactMethod, fields.callbackNumber],
        },
      },
    ],
  },
  2: {
    rows: [
      detailsGroup(),
      { field: fields.category3 },
      {
        group: {
          id: 31,
          header: 'Request Details',
          fields: [fields.requiredBy, fields.costCentre, fields.justification],
        },
      },
    ],
  },
  3: {
    rows: [
      detailsGroup([fields.impact]),
      { field: fields.category4 },
      { group: { id: 32, header: 'Problem Management', fields: [fields.workaround, fields.knownError] } },
    ],
  },
  4: {
    rows: [
      detailsGroup([fields.riskLevel]),
      {
        group: {
          id: 26,
          header: 'Change Request',
          fields: [
            fields.changeType,
            fields.changePlan,
            fields.backoutPlan,
            fields.plannedStart,
            fields.plannedEnd,
          ],
        },
      },
      { field: fields.category2 },
    ],
  },
  5: {
    rows: [
      { group: { id: 40, header: 'Opportunity', fields: [fields.summary, fields.details, fields.agent] } },
    ],
  },
  6: {
    rows: [
      {
        group: {
          id: 41,
          header: 'Project',
          fields: [fields.summary, fields.details, fields.agent, fields.team],
        },
      },
    ],
  },
}

const typeSeeds: [number, string, string, number, number, number][] = [
  // id, name, use, itilrequesttype, initial_status, default_sla
  [1, 'Incident', 'tickets', 1, 1, 1],
  [2, 'Service Request', 'tickets', 3, 1, 1],
  [3, 'Problem', 'tickets', 2, 1, 1],
  [4, 'Change Request', 'tickets', 4, 1, 1],
  [5, 'Sales Opportunity', 'opps', 0, 1, 0],
  [6, 'Project', 'prjs', 0, 1, 0],
]

export function seedTicketTypes(): HaloRecord[] {
  return typeSeeds.map(([id, name, use, itil, initialStatus, sla], i) => {
    const rows = layoutRows(id, layouts[id] ?? { rows: [] })
    const fieldIds: number[] = []
    for (const row of rows) {
      if (row.fieldid === 0) {
        for (const f of (row.group as { fields: HaloRecord[] }).fields) fieldIds.push(f.fieldid as number)
      } else fieldIds.push(row.fieldid as number)
    }
    return {
      id,
      guid: stableGuid(51, id),
      name,
      use,
      sequence: i + 1,
      group_id: 0,
      group_name: '',
      agentscanselect: true,
      enduserscanselect: use === 'tickets',
      anonymouscanselect: false,
      visible: true,
      itilrequesttype: itil,
      allowattachments: true,
      workflow_id: 0,
      initial_status: initialStatus,
      default_sla: sla,
      default_priority: 3,
      default_category_1: '',
      default_category_2: '',
      default_category_3: '',
      default_category_4: '',
      allowall_category1: true,
      allowall_category2: true,
      allowall_category3: true,
      allowall_category4: true,
      approval_process_id: id === 4 ? 1 : 0,
      approval_process_name: id === 4 ? 'CAB Approval' : '',
      default_team_to_agents_default: false,
      chargerate: -1,
      fieldidlist: fieldIds,
      fields: rows,
    }
  })
}
