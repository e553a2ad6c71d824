// A ticket's `customfields` (value + display), in the shape of the captured sample: one entry per custom
// field of its ticket type, with the lookup value's name as `display`.
import type { HaloRecord } from '../store/collection.js'
import type { HaloState } from '../store/halo-state.js'
import type { TicketRecord } from '../store/records.js'

function typeFields(state: HaloState, typeId: number): HaloRecord[] {
  const type = state.ticketTypes.get(typeId)
  const out: HaloRecord[] = []
  for (const row of (type?.fields as HaloRecord[] | undefined) ?? []) {
    if (row.fieldid === 0) out.push(...((row.group as { fields?: HaloRecord[] } | undefined)?.fields ?? []))
    else out.push(row)
  }
  return out
}

export function ticketCustomFields(state: HaloState, ticket: TicketRecord): HaloRecord[] {
  const given = Array.isArray(ticket.customfields) ? (ticket.customfields as HaloRecord[]) : []
  const out: HaloRecord[] = []
  for (const row of typeFields(state, ticket.tickettype_id)) {
    const info = row.fieldinfo as HaloRecord | undefined
    if (info?.custom !== 1) continue
    const set = given.find((g) => g.id === info.id || g.name === info.name)
    const defaults: Record<string, unknown> = { CFimpact: ticket.impact ?? 3, CFurgency: ticket.urgency ?? 3 }
    const value = set?.value ?? defaults[info.name as string] ?? (info.type === 2 ? 0 : '')
    const values = (info.values as HaloRecord[] | undefined) ?? []
    const display =
      info.type === 2 ? String(values.find((v) => v.id === Number(value))?.name ?? '') : String(value ?? '')
    out.push({
      id: info.id,
      name: info.name,
      label: info.label,
      summary: '',
      type: info.type,
      value,
      display,
      characterlimit: 0,
      inputtype: info.inputtype,
      usage: 1,
      showintable: true,
    })
  }
  return out
}
