import { categoryDraftKey } from './category-tier.js'
import type { TicketTypeField } from './ticket-type-field.js'

/*
 * Halo's internal names of system fields differ from the ticket keys a POST /Tickets body uses. The names
 * come from the captured tenant's FieldInfo (`name` / `faults_field_name`); the keys from the `Faults`
 * schema. A field not listed here is looked up under its own name.
 */
const DRAFT_KEYS_BY_FIELD_NAME: Readonly<Record<string, readonly string[]>> = {
  symptom: ['summary'],
  symptom2: ['details', 'details_html'],
  assignedtoint: ['agent_id'],
  sectio_: ['team', 'team_id'],
  assets: ['assets'],
  tags: ['tags', 'ticket_tags'],
  ftickettags: ['tags', 'ticket_tags'],
}

/** Where a field's value lives in a ticket draft. */
export type DraftLocation =
  | { kind: 'key'; keys: readonly string[] }
  | { kind: 'customfield'; id: number; name: string }

/**
 * The place a draft ticket carries a field's value: `category_n` for category tier n, `summary` for
 * Halo's `symptom`, `customfields: [{ name | id, value }]` for custom fields (names starting `CF`).
 */
export function draftLocationOf(field: TicketTypeField): DraftLocation {
  if (field.categoryTypeId) {
    return {
      kind: 'key',
      keys: [categoryDraftKey(field.categoryTypeId), `categoryid_${field.categoryTypeId}`],
    }
  }
  if (isCustomFieldName(field.name)) return { kind: 'customfield', id: field.id, name: field.name }
  return { kind: 'key', keys: DRAFT_KEYS_BY_FIELD_NAME[field.name.toLowerCase()] ?? [field.name] }
}

// Halo prefixes every custom field name with "CF" (CFimpact, CFService, CFDueDate …).
export function isCustomFieldName(name: string): boolean {
  return /^CF./i.test(name)
}
