import type { HaloCore, HaloList } from '@halo/core'
import type { BatchOptions, UpsertInChunksResult } from '@halo/core/resource'
import { describe, expectTypeOf, it } from 'vitest'
import {
  type ActionRecord,
  type Actions,
  type Appointment,
  type AppointmentHelpers,
  type AppointmentRecord,
  type ApprovalProcess,
  type ApprovalProcessRecord,
  type AttachmentRecord,
  actions,
  appointments,
  approvalProcesses,
  attachments,
  type CategoriesByType,
  type Category,
  categories,
  type ImportTemplate,
  type ImportValidationResult,
  type PriorityRecord,
  priorities,
  type SaveAttachmentOptions,
  type SavedAttachment,
  type Sla,
  type SlaRecord,
  type StatusRecord,
  slas,
  statuses,
  type Ticket,
  type TicketPriority,
  type TicketRecord,
  type TicketStatus,
  type TicketsResource,
  type TicketTypeField,
  type TicketTypeRecord,
  type TicketWorkflow,
  tickets,
  ticketTypes,
  type WorkflowHelpers,
  type WorkflowRecord,
  workflows,
} from '../src/index.js'

declare const core: HaloCore
declare const attachment: AttachmentRecord

describe('resource types (tickets)', () => {
  it('tickets: lists, search, get, create one or many, batches', () => {
    const resource = tickets(core)
    expectTypeOf(resource).toEqualTypeOf<TicketsResource>()
    expectTypeOf(resource.list({ client_id: 123 })).toEqualTypeOf<HaloList<TicketRecord>>()
    expectTypeOf(resource.search('printer', { limit: 10 })).toEqualTypeOf<HaloList<TicketRecord>>()
    expectTypeOf(resource.get(5, { includedetails: true })).toEqualTypeOf<Promise<TicketRecord>>()
    expectTypeOf(resource.create({ tickettype_id: 24, summary: 'Server outage' })).toEqualTypeOf<
      Promise<TicketRecord>
    >()
    expectTypeOf(resource.create([{ summary: 'a' }, { summary: 'b' }])).toEqualTypeOf<
      Promise<TicketRecord[]>
    >()
    expectTypeOf(resource.update(5, { status_id: 2 })).toEqualTypeOf<Promise<TicketRecord>>()
    expectTypeOf(resource.createMany).parameter(1).toEqualTypeOf<BatchOptions | undefined>()
    expectTypeOf(resource.createMany([{ summary: 'x' }])).toEqualTypeOf<
      Promise<UpsertInChunksResult<Ticket, TicketRecord>>
    >()
    // wire names are checked
    // @ts-expect-error `summry` is not a ticket field
    resource.create({ summry: 'typo' })
    // @ts-expect-error status_id is a number
    resource.update(5, { status_id: 'Open' })
  })

  it('ticket records: Halo fields plus helpers', () => {
    const ticket = {} as TicketRecord
    expectTypeOf(ticket.summary).toEqualTypeOf<string | null | undefined>()
    expectTypeOf(ticket.update({ status_id: 2 })).toEqualTypeOf<Promise<TicketRecord>>()
    expectTypeOf(ticket.addAction({ note_html: '<p>x</p>', outcome_id: 1 })).toEqualTypeOf<
      Promise<ActionRecord>
    >()
    expectTypeOf(ticket.addAttachment('a.txt', new Uint8Array(), 'note')).toEqualTypeOf<
      Promise<AttachmentRecord>
    >()
    ticket.addAttachment('a.bin', new ArrayBuffer(1))
    ticket.addAttachment('a.png', new Blob([]))
    ticket.addAttachment('a.txt', 'text')
    // @ts-expect-error content must be bytes, a Blob or a string
    ticket.addAttachment('a.txt', 42)
    expectTypeOf(ticket.getActions()).toEqualTypeOf<HaloList<ActionRecord>>()
    expectTypeOf(ticket.getAttachments()).toEqualTypeOf<HaloList<AttachmentRecord>>()
    expectTypeOf(ticket.customFields()).toEqualTypeOf<Record<string, unknown>>()
    expectTypeOf(ticket.setCustomField('CFimpact', 2)).toEqualTypeOf<Promise<TicketRecord>>()
    expectTypeOf(ticket.refresh()).toEqualTypeOf<Promise<TicketRecord>>()
    expectTypeOf(ticket.restore()).toEqualTypeOf<Promise<TicketRecord>>()
    expectTypeOf(tickets(core).restore(1001)).toEqualTypeOf<Promise<TicketRecord>>()
    tickets(core).restore(1001, { signal: undefined, timeoutMs: undefined })
    expectTypeOf(tickets(core).list({ deleted: true })).toEqualTypeOf<HaloList<TicketRecord>>()
    // @ts-expect-error the ticket id is a number
    tickets(core).restore('1001')
    // the ticket supplies ticket_id
    // @ts-expect-error ticket_id is not part of addAction's draft
    ticket.addAction({ ticket_id: 9, outcome_id: 1 })
  })

  it('actions: get and delete need the ticket id', () => {
    const resource = actions(core)
    expectTypeOf(resource.get(2, { ticket_id: 1001 })).toEqualTypeOf<Promise<ActionRecord>>()
    // @ts-expect-error ticket_id is required
    resource.get(2)
    // @ts-expect-error ticket_id is required
    resource.delete(2, {})
    expectTypeOf(resource.create({ ticket_id: 1, outcome: 'Private Note' })).toEqualTypeOf<
      Promise<ActionRecord>
    >()
    expectTypeOf(resource.list({ ticket_id: 1 })).toEqualTypeOf<HaloList<ActionRecord>>()
    expectTypeOf<ActionRecord>().toMatchTypeOf<Actions>()
  })

  it('ticket types: fields, drafts and the import kit', () => {
    const resource = ticketTypes(core)
    expectTypeOf(resource.get(24, { includedetails: true })).toEqualTypeOf<Promise<TicketTypeRecord>>()
    expectTypeOf(resource.getFields(24)).toEqualTypeOf<Promise<TicketTypeField[]>>()
    expectTypeOf<TicketTypeRecord['getFields']>().returns.toEqualTypeOf<Promise<TicketTypeField[]>>()
    expectTypeOf(resource.validateDraft({ tickettype_id: 24 })).toEqualTypeOf<Promise<TicketTypeField[]>>()
    expectTypeOf(resource.importTemplate(24)).toEqualTypeOf<Promise<ImportTemplate>>()
    expectTypeOf(resource.validateImport(24, 'csv')).toEqualTypeOf<Promise<ImportValidationResult>>()
    expectTypeOf(resource.lookupCsv(24)).toEqualTypeOf<Promise<string>>()
    expectTypeOf(resource.idOf('Incident')).toEqualTypeOf<Promise<number>>()
    expectTypeOf<TicketTypeField['categoryTypeId']>().toEqualTypeOf<1 | 2 | 3 | 4 | null>()
    // @ts-expect-error /TicketType takes no search
    resource.search('x')
  })

  it('categories: four tiers', () => {
    const resource = categories(core)
    expectTypeOf(resource.getAllTypes()).toEqualTypeOf<Promise<CategoriesByType>>()
    expectTypeOf<CategoriesByType[1]>().toEqualTypeOf<Category[]>()
    expectTypeOf<CategoriesByType[4]>().toEqualTypeOf<Category[]>()
    expectTypeOf(resource.getByType(3)).toEqualTypeOf<HaloList<Category>>()
    // @ts-expect-error tiers are 1–4
    resource.getByType(5)
    expectTypeOf(resource.idOf('Hardware', 1)).toEqualTypeOf<Promise<number>>()
  })

  it('attachments: bytes, streams, uploads', () => {
    const resource = attachments(core)
    expectTypeOf(resource.download(501)).toEqualTypeOf<Promise<Uint8Array>>()
    expectTypeOf(resource.downloadStream(501)).toEqualTypeOf<Promise<ReadableStream<Uint8Array>>>()
    expectTypeOf(resource.get(501)).toEqualTypeOf<Promise<AttachmentRecord>>()
    expectTypeOf(resource.upload({ filename: 'a.txt', data: 'x', ticket_id: 5 })).toEqualTypeOf<
      Promise<AttachmentRecord>
    >()
    resource.upload({ filename: 'a.bin', bytes: new Uint8Array(), action_id: 2, note: 'n' })
    // @ts-expect-error content is required
    resource.upload({ filename: 'a.txt' })
    // @ts-expect-error one of data or bytes, not both
    resource.upload({ filename: 'a.txt', data: 'x', bytes: new Uint8Array() })
    expectTypeOf(resource.uploadFile('/tmp/a.log', { ticket_id: 5 })).toEqualTypeOf<
      Promise<AttachmentRecord>
    >()
    expectTypeOf(resource.saveToFile(501, './downloads')).toEqualTypeOf<Promise<SavedAttachment>>()
    expectTypeOf<SavedAttachment>().toEqualTypeOf<{
      readonly path: string
      readonly filename: string
      readonly size: number
    }>()
    resource.saveToFile(501, './downloads', { overwrite: undefined, filename: undefined, signal: undefined })
    expectTypeOf(attachment.saveToFile('./downloads', { overwrite: true })).toEqualTypeOf<
      Promise<SavedAttachment>
    >()
    expectTypeOf<SaveAttachmentOptions['overwrite']>().toEqualTypeOf<boolean | undefined>()
    // @ts-expect-error the folder is a path string
    resource.saveToFile(501)
    // @ts-expect-error overwrite is a boolean
    attachment.saveToFile('./downloads', { overwrite: 'yes' })
    // @ts-expect-error Halo stores files as uploaded: no update
    resource.update
  })

  it('configuration resources', () => {
    expectTypeOf(statuses(core).list()).toEqualTypeOf<HaloList<StatusRecord>>()
    // records carry Halo's fields and the helpers every record has
    expectTypeOf<StatusRecord>().toExtend<TicketStatus>()
    expectTypeOf<StatusRecord['refresh']>().returns.toEqualTypeOf<Promise<StatusRecord>>()
    expectTypeOf(statuses(core).idOf('Open')).toEqualTypeOf<Promise<number>>()
    expectTypeOf(priorities(core).list({ slaid: 1 })).toEqualTypeOf<HaloList<PriorityRecord>>()
    expectTypeOf(priorities(core).get('6f1c…')).toEqualTypeOf<Promise<PriorityRecord>>()
    expectTypeOf<PriorityRecord>().toExtend<TicketPriority>()
    expectTypeOf<PriorityRecord['update']>().parameter(0).toEqualTypeOf<TicketPriority>()
    expectTypeOf(priorities(core).idOf('High', { slaId: 1 })).toEqualTypeOf<Promise<number>>()
    expectTypeOf<TicketPriority['id']>().toEqualTypeOf<string | null | undefined>()
    expectTypeOf(slas(core).list({ showpriorities: true })).toEqualTypeOf<HaloList<SlaRecord>>()
    expectTypeOf<SlaRecord>().toExtend<Sla>()
    expectTypeOf(appointments(core).search('review')).toEqualTypeOf<HaloList<AppointmentRecord>>()
    expectTypeOf<AppointmentRecord>().toExtend<Appointment>()
    expectTypeOf<AppointmentHelpers['delete']>().returns.toEqualTypeOf<Promise<unknown>>()
    expectTypeOf(approvalProcesses(core).list()).toEqualTypeOf<HaloList<ApprovalProcessRecord>>()
    expectTypeOf<ApprovalProcessRecord>().toExtend<ApprovalProcess>()
    expectTypeOf(workflows(core).get(1, { includedetails: true })).toEqualTypeOf<Promise<WorkflowRecord>>()
    expectTypeOf<WorkflowRecord>().toExtend<TicketWorkflow>()
    expectTypeOf<WorkflowHelpers['refresh']>().returns.toEqualTypeOf<Promise<WorkflowHelpers>>()
    // @ts-expect-error /Status takes no search
    statuses(core).search('x')
  })
})
