// Statuses, SLAs with their SLA-scoped priorities, action outcomes, the four category tiers and lookups.
import type { HaloRecord } from '../store/collection.js'
import type { PriorityRecord } from '../store/records.js'
import { stableGuid } from './stable-guid.js'

export function seedStatuses(): HaloRecord[] {
  return [
    [1, 'New', 'NEW', 0, '#1e88e5'],
    [2, 'In Progress', 'INP', 0, '#43a047'],
    [3, 'Waiting on User', 'WOU', 1, '#fdd835'],
    [4, 'Waiting on Supplier', 'WOS', 1, '#fb8c00'],
    [5, 'Scheduled', 'SCH', 0, '#8e24aa'],
    [8, 'Resolved', 'RES', 2, '#00897b'],
    [9, 'Closed', 'CLO', 3, '#757575'],
  ].map(([id, name, shortname, type, colour], i) => ({
    id: id as number,
    guid: stableGuid(30, id as number),
    name: name as string,
    shortname: shortname as string,
    type: type as number,
    sequence: i + 1,
    colour: colour as string,
    slaaction: type === 1 ? 1 : 0,
    ticket_count: 0,
  }))
}

/** Statuses that count as closed for `open_only` / `closed_only`. */
export const closedStatusIds: ReadonlySet<number> = new Set([8, 9])

const priorityRows: [number, string, number, string, number, string, string][] = [
  [1, 'Critical', 4, 'H', 30, 'M', '#d50000'],
  [2, 'High', 1, 'D', 1, 'H', '#ff6d00'],
  [3, 'Medium', 3, 'D', 4, 'H', '#ffd600'],
  [4, 'Low', 5, 'D', 8, 'H', '#68bc00'],
]

export function seedPriorities(): PriorityRecord[] {
  const out: PriorityRecord[] = []
  for (const slaid of [1, 2]) {
    for (const [priorityid, name, fixtime, fixunits, responsetime, responseunits, colour] of priorityRows) {
      // Premium SLA: everything twice as fast
      const factor = slaid === 2 ? 0.5 : 1
      out.push({
        id: stableGuid(40 + slaid, priorityid),
        slaid,
        priorityid,
        name,
        fixtime: fixtime * factor,
        fixunits,
        responsetime: responsetime * factor,
        responseunits,
        colour,
        ishidden: false,
        enterslaexcuse: false,
        fixendofday: false,
        responseendofday: false,
        catprompt: -1,
        workdaysoverride: -1,
        startofday: false,
        startofdaytime: '00:00:00',
      })
    }
  }
  return out
}

export function seedSlas(): HaloRecord[] {
  return [
    { id: 1, name: 'Standard Business Hours', workday_id: 1, workday_name: 'Mon-Fri 08:00-18:00' },
    { id: 2, name: 'Premium 24x7', workday_id: 2, workday_name: '24x7' },
  ].map((s) => ({
    guid: stableGuid(31, s.id),
    hoursaretechslocaltime: false,
    responsereset: false,
    trackslaresponsetime: true,
    trackslafixbytime: true,
    ...s,
  }))
}

export function seedOutcomes(): HaloRecord[] {
  return [
    [1, 'Private Note', 'Add Note', 0, true, 0],
    [2, 'Email User', 'Email User', 0, false, 0],
    [3, 'Resolved', 'Resolve', 8, false, 0],
    [4, 'Phone Call', 'Log Call', 0, false, 0],
    [5, 'Change Status', 'Change Status', 0, true, 0],
    [6, 'Logged', 'Log', 0, false, 1],
    [7, 'Closed', 'Close', 9, false, 2],
  ].map(([id, outcome, buttonname, newstatus, hidefromuser, systemid], i) => ({
    id: id as number,
    guid: stableGuid(32, id as number),
    outcome: outcome as string,
    buttonname: buttonname as string,
    labellong: outcome as string,
    sequence: i + 1,
    hidden: false,
    systemid: systemid as number,
    new_status: newstatus as number,
    newstatus: newstatus as number,
    hidefromuser: hidefromuser as boolean,
    colour: '#5c6bc0',
  }))
}

// Category tiers: type_id 1..4 are Category 1..4. This tenant labels them "Category", "Closure Code",
// "Affected Service" and "Root Cause" (ticket types show the label; ticket fields are category_1..4).
const categoryTiers: [number, string[]][] = [
  [
    1,
    [
      'Hardware',
      'Hardware>Laptop',
      'Hardware>Desktop',
      'Hardware>Printer',
      'Software',
      'Software>Microsoft 365',
      'Software>Line of Business App',
      'Network',
      'Network>VPN',
      'Network>Wi-Fi',
      'Accounts & Access',
      'Accounts & Access>Password Reset',
      'Accounts & Access>New Starter',
    ],
  ],
  [2, ['Fixed', 'Workaround Provided', 'No Fault Found', 'Duplicate', 'User Training Given']],
  [3, ['Email', 'File Shares', 'Telephony', 'Backup', 'Line of Business Applications']],
  [4, ['Human Error', 'Software Defect', 'Hardware Failure', 'Third Party', 'Unknown']],
]

export function seedCategories(): HaloRecord[] {
  const out: HaloRecord[] = []
  let id = 1
  for (const [typeId, values] of categoryTiers) {
    for (const value of values) {
      out.push({
        id,
        guid: stableGuid(33, id),
        value,
        category_name: value.split('>').pop() ?? value,
        type_id: typeId,
        sla_id: 0,
        priority_id: 0,
        chargerate: 0,
        category_group_id: 0,
        include_note: false,
        note: '',
        user_note: '',
        itilrequesttype: 0,
        is_integration: false,
      })
      id++
    }
  }
  return out
}

/** Lookup values by lookup-type id (used by custom fields: Impact 123, Urgency 124, …). */
export const lookupValues: Record<number, string[]> = {
  122: ['Standard', 'Normal', 'Emergency'],
  123: ['Whole Company', 'Multiple Users', 'Single User'],
  124: ['High', 'Medium', 'Low'],
  150: ['Email', 'Phone', 'Microsoft Teams'],
  152: ['Yes', 'No'],
  153: ['Low', 'Medium', 'High'],
}

/** Lookup type 11 lists the lookup types themselves (the PowerShell module loads it after connecting). */
const lookupTypeNames: [number, string][] = [
  [122, 'Change Type'],
  [123, 'Impact'],
  [124, 'Urgency'],
  [150, 'Preferred Contact Method'],
  [152, 'Yes/No'],
  [153, 'Risk Level'],
]

export function lookupRows(lookupid: number): HaloRecord[] {
  if (lookupid === 11) {
    return lookupTypeNames.map(([id, name], i) => ({ lookupid: 11, id, name, value2: '', sequence: i + 1 }))
  }
  return (lookupValues[lookupid] ?? []).map((name, i) => ({
    lookupid,
    id: i + 1,
    name,
    value2: '1',
    value2_bool: true,
    sequence: i + 1,
    custom1: '',
    custom2: '',
    sub_lookup: 0,
    inactive: false,
  }))
}

export const allLookupIds = [11, ...lookupTypeNames.map(([id]) => id)]
