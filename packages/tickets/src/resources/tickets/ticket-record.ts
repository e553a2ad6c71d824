import type { HaloCore, HaloList, RequestOptions } from '@halo/core'
import {
  type CustomFieldHelpers,
  customFieldHelpers,
  type HaloRecord,
  type RecordContext,
  type RecordHelpers,
} from '@halo/core/resource'
import { ticketCrud } from '../../generated/crud-definitions.js'
import type {
  Actions,
  DeleteTicketParams,
  GetTicketParams,
  ListActionsParams,
  ListAttachmentsParams,
  Ticket,
} from '../../generated/index.js'
import type { ActionRecord } from '../actions/action-record.js'
import { actions } from '../actions/actions.js'
import type { AttachmentContent } from '../attachments/attachment-bytes.js'
import { type AttachmentRecord, attachmentRecord } from '../attachments/attachment-record.js'
import { uploadAttachment } from '../attachments/attachment-upload.js'
import { attachments } from '../attachments/attachments.js'
import { restoreTicket } from './restore-ticket.js'

/** An action to add to a ticket: everything but `ticket_id`, which the ticket supplies. */
export type TicketActionDraft = Omit<Actions, 'ticket_id'>

/**
 * The helpers a ticket adds to `update`, `delete` and `refresh` (not enumerable), its custom fields by
 * name among them (`customFields()`, `setCustomField`, `setCustomFields`).
 */
export interface TicketExtras extends CustomFieldHelpers<TicketRecord> {
  /** Adds an action (`POST /Actions` with this ticket's id): `addAction({ note_html, outcome_id })`. */
  addAction(action: TicketActionDraft, options?: RequestOptions): Promise<ActionRecord>
  /**
   * Uploads a file to this ticket: `addAttachment('error_log.txt', bytes, 'Server error log')`. The MIME
   * type comes from the file name; a string is sent as UTF-8 text.
   */
  addAttachment(
    filename: string,
    content: AttachmentContent,
    note?: string,
    options?: RequestOptions,
  ): Promise<AttachmentRecord>
  /** Restores this ticket after a delete (`POST /Tickets [{ id, _recover: true }]`); answers it as Halo returns it. */
  restore(options?: RequestOptions): Promise<TicketRecord>
  /** The ticket's actions (`GET /Actions?ticket_id=`). */
  getActions(params?: Omit<ListActionsParams, 'ticket_id'>, options?: RequestOptions): HaloList<ActionRecord>
  /** The ticket's attachments (`GET /Attachment?ticket_id=`). */
  getAttachments(
    params?: Omit<ListAttachmentsParams, 'ticket_id'>,
    options?: RequestOptions,
  ): HaloList<AttachmentRecord>
}

/** Helpers of a ticket record (not enumerable: `JSON.stringify(ticket)` is Halo's data). */
export type TicketHelpers = TicketExtras & RecordHelpers<Ticket, GetTicketParams, DeleteTicketParams>

/** A ticket (`Faults`) as Halo sent it, with helpers. */
export type TicketRecord = HaloRecord<Ticket, GetTicketParams, DeleteTicketParams> & TicketExtras

/**
 * Tickets and their records: the generated definition, with the ticket's own helpers and `search`.
 * `tickets(core)` adds `restore(id)`.
 */
export const ticketResource = /* @__PURE__ */ ticketCrud
  .withExtras<TicketExtras, TicketRecord>(ticketExtras)
  .searchable()

function ticketExtras(
  core: HaloCore,
  ticket: Ticket,
  context: RecordContext<Ticket, TicketRecord>,
): TicketExtras {
  const { decorate } = context
  const idFor = (helper: string) => context.id(helper) as number

  return {
    ...customFieldHelpers(core, ticket, ticketCrud, context),
    async addAction(action: TicketActionDraft, options?: RequestOptions): Promise<ActionRecord> {
      return actions(core).create({ ...action, ticket_id: idFor('addAction') }, options)
    },
    async addAttachment(
      filename: string,
      content: AttachmentContent,
      note?: string,
      options?: RequestOptions,
    ): Promise<AttachmentRecord> {
      const ticketId = idFor('addAttachment')
      const upload =
        note === undefined
          ? { filename, bytes: content, ticket_id: ticketId }
          : { filename, bytes: content, ticket_id: ticketId, note }
      return attachmentRecord(core, await uploadAttachment(core, upload, options))
    },
    async restore(options?: RequestOptions): Promise<TicketRecord> {
      return restoreTicket(core, idFor('restore'), decorate, options)
    },
    getActions(params?: Omit<ListActionsParams, 'ticket_id'>, options?: RequestOptions) {
      return actions(core).list({ ...params, ticket_id: idFor('getActions') }, options)
    },
    getAttachments(params?: Omit<ListAttachmentsParams, 'ticket_id'>, options?: RequestOptions) {
      return attachments(core).list({ ...params, ticket_id: idFor('getAttachments') }, options)
    },
  }
}
