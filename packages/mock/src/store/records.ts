// Record shapes the mock keeps. Only the fields the mock itself reads are typed; every record carries
// further wire-named fields (index signature), exactly as Halo sends them.
import type { HaloRecord } from './collection.js'

/** Attachment bytes live under a symbol so `JSON.stringify(record)` never includes them. */
export const attachmentBytes: unique symbol = Symbol.for('@halo/mock.attachmentBytes')

export interface TicketRecord extends HaloRecord {
  summary: string
  tickettype_id: number
  status_id: number
  client_id: number
  site_id: number
  user_id: number
}

export interface ActionRecord extends HaloRecord {
  ticket_id: number
  outcome: string
  outcome_id: number
}

export interface AttachmentRecord extends HaloRecord {
  filename: string
  content_type: string
  filesize: number
  ticket_id: number
  action_id: number
  [attachmentBytes]?: Uint8Array
}

/** Priorities are SLA-scoped and their ids are UUID strings, unlike every other record. */
export interface PriorityRecord {
  id: string
  slaid: number
  priorityid: number
  name: string
  [field: string]: unknown
}
