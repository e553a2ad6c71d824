// Attachments: uploaded as JSON with `data_base64` ("data:<mime>;base64,…"), listed as an
// `Attachment_View` (`attachments` plus a `folders` sidecar), downloaded as bytes with Content-Disposition.
import { haloDate } from '../http/halo-date.js'
import { badRequestText, fieldErrors, json, notFound } from '../http/respond.js'
import type { RouteTable } from '../http/route-table.js'
import type { MockContext, RouteHandler } from '../mock/context.js'
import { seed } from '../seed/seed-ids.js'
import { type AttachmentRecord, attachmentBytes } from '../store/records.js'
import { type Fields, idParam, postedItems, writeResult } from './crud.js'

export function decodeDataUrl(value: string): { mime: string | undefined; bytes: Uint8Array } | undefined {
  const m = /^data:([^;,]*)(;base64)?,(.*)$/s.exec(value)
  const payload = m ? (m[3] ?? '') : value
  try {
    const bin = atob(payload.replace(/\s+/g, ''))
    return { mime: m?.[1] || undefined, bytes: Uint8Array.from(bin, (c) => c.charCodeAt(0)) }
  } catch {
    return undefined
  }
}

function toBase64(bytes: Uint8Array): string {
  let s = ''
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(s)
}

const mimeByExtension: Record<string, string> = {
  txt: 'text/plain',
  log: 'text/plain',
  csv: 'text/csv',
  json: 'application/json',
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  zip: 'application/zip',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

/** Metadata as `POST /Attachment` and `?includedetails=true` return it (no bytes). */
export function attachmentMetadata(a: AttachmentRecord): Fields {
  return { ...a }
}

function listView(a: AttachmentRecord): Fields {
  return {
    id: a.id,
    filename: a.filename,
    datecreated: a.datecreated,
    note: a.note,
    filesize: a.filesize,
    type: a.type,
    unique_id: a.unique_id,
    desc: a.desc,
    isimage: a.isimage,
    showforusers: a.showforusers,
    faultid: a.ticket_id,
    action_id: a.action_id,
    download_url: `/api/Attachment/${a.id}`,
  }
}

function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`
}

function listAttachments(ctx: MockContext): Response {
  const ticketId = ctx.query.int('ticket_id') ?? 0
  const actionId = ctx.query.int('action_id') ?? 0
  const rows = ctx.state.attachments.filter(
    (a) => (ticketId === 0 || a.ticket_id === ticketId) && (actionId === 0 || a.action_id === actionId),
  )
  const folders =
    ticketId === seed.ticketId
      ? [{ id: 1, name: 'Customer uploads', ticket_id: ticketId, attachment_count: rows.length }]
      : []
  return json({
    type: ctx.query.int('type') ?? 0,
    unique_id: ctx.query.int('unique_id') ?? 0,
    ticket_id: ticketId,
    action_id: actionId,
    record_count: rows.length,
    attachments: rows.map(listView),
    folders,
  })
}

function upload(ctx: MockContext): Response {
  const posted = postedItems(ctx)
  if (posted instanceof Response) return posted
  const planned: { fields: Fields; bytes: Uint8Array }[] = []
  for (const [i, input] of posted.items.entries()) {
    const filename = typeof input.filename === 'string' ? input.filename.trim() : ''
    const errors: Record<string, string> = {}
    if (!filename) errors[`[${i}].filename`] = 'The filename field is required.'
    const decoded = typeof input.data_base64 === 'string' ? decodeDataUrl(input.data_base64) : undefined
    if (!decoded)
      errors[`[${i}].data_base64`] = 'data_base64 must be base64 data, e.g. "data:text/plain;base64,SGVsbG8="'
    if (Object.keys(errors).length > 0 || !decoded) return fieldErrors(errors)
    const ticketId = Number(input.ticket_id ?? 0)
    if (ticketId > 0 && !ctx.state.tickets.has(ticketId))
      return badRequestText(`Ticket ${ticketId} does not exist`)
    const ext = filename.split('.').pop()?.toLowerCase() ?? ''
    const contentType = decoded.mime ?? mimeByExtension[ext] ?? 'application/octet-stream'
    const { data_base64: _data, id: _id, ...rest } = input
    planned.push({
      bytes: decoded.bytes,
      fields: {
        third_party_id: '',
        note: '',
        type: 0,
        unique_id: 0,
        desc: filename,
        showforusers: false,
        showonchild: false,
        showonrelated: false,
        user_id: -1,
        agent_id: ctx.session?.agentId ?? 0,
        ...rest,
        filename,
        content_type: contentType,
        filesize: decoded.bytes.length,
        datecreated: haloDate(ctx.now()),
        isimage: contentType.startsWith('image/'),
        ticket_id: ticketId,
        action_id: Number(input.action_id ?? 0),
        guid: crypto.randomUUID(),
      },
    })
  }
  const results = planned.map(({ fields, bytes }) => {
    const record = ctx.state.attachments.insert({
      ...fields,
      [attachmentBytes]: bytes,
    } as Partial<AttachmentRecord>)
    if (record.ticket_id > 0) {
      const ticket = ctx.state.tickets.get(record.ticket_id)
      if (ticket)
        ctx.state.tickets.update(ticket.id, { attachment_count: Number(ticket.attachment_count ?? 0) + 1 })
    }
    return { ...attachmentMetadata(record), data: toBase64(bytes) }
  })
  return writeResult(results, posted.single)
}

/** Stores bytes as an attachment (used by report PDFs). */
export function storeFile(
  ctx: MockContext,
  filename: string,
  contentType: string,
  bytes: Uint8Array,
): AttachmentRecord {
  return ctx.state.attachments.insert({
    filename,
    content_type: contentType,
    filesize: bytes.length,
    datecreated: haloDate(ctx.now()),
    desc: filename,
    note: '',
    type: 0,
    unique_id: 0,
    isimage: false,
    ticket_id: 0,
    action_id: 0,
    guid: crypto.randomUUID(),
    [attachmentBytes]: bytes,
  } as Partial<AttachmentRecord>)
}

export function registerAttachments(table: RouteTable<RouteHandler>): void {
  table.add('GET', '/Attachment', listAttachments)
  table.add('POST', '/Attachment', upload)
  table.add('GET', '/Attachment/{id:int}', (ctx) => {
    const id = idParam(ctx)
    const a = id === undefined ? undefined : ctx.state.attachments.get(id)
    if (!a) return notFound('Attachment', ctx.params.id ?? '')
    if (ctx.query.bool('includedetails')) return json(attachmentMetadata(a))
    const bytes = a[attachmentBytes] ?? new Uint8Array()
    return new Response(bytes as Uint8Array<ArrayBuffer>, {
      status: 200,
      headers: {
        'content-type': a.content_type,
        'content-length': String(bytes.length),
        'content-disposition': contentDisposition(a.filename),
      },
    })
  })
  table.add('DELETE', '/Attachment/{id:int}', (ctx) => {
    const id = idParam(ctx)
    const removed = id === undefined ? undefined : ctx.state.attachments.delete(id)
    return removed ? json(attachmentMetadata(removed)) : notFound('Attachment', ctx.params.id ?? '')
  })
}
