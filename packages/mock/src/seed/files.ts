// Small valid files for seeded attachments and generated report PDFs.

import { haloDate } from '../http/halo-date.js'
import type { AttachmentRecord } from '../store/records.js'
import { attachmentBytes } from '../store/records.js'
import { seed } from './seed-ids.js'
import { stableGuid } from './stable-guid.js'

const encoder = new TextEncoder()

/** A minimal one-page PDF (valid xref offsets) showing `title` and a few lines. */
export function tinyPdf(title: string, lines: readonly string[] = []): Uint8Array {
  const esc = (s: string): string => s.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, '?')
  const textOps = [`BT /F1 16 Tf 50 790 Td (${esc(title)}) Tj ET`]
  lines.slice(0, 40).forEach((line, i) => {
    textOps.push(`BT /F1 10 Tf 50 ${760 - i * 14} Td (${esc(line)}) Tj ET`)
  })
  const stream = textOps.join('\n')
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${encoder.encode(stream).length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(encoder.encode(out).length)
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = encoder.encode(out).length
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return encoder.encode(out)
}

/** 1×1 transparent PNG. */
const onePixelPng = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGBgAAAABQABXvMqGgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
)

export function attachmentRecord(
  id: number,
  fields: {
    filename: string
    content_type: string
    ticket_id: number
    action_id: number
    note?: string
    at: number
  },
  bytes: Uint8Array,
): AttachmentRecord {
  return {
    id,
    filename: fields.filename,
    content_type: fields.content_type,
    filesize: bytes.length,
    datecreated: haloDate(fields.at),
    note: fields.note ?? '',
    desc: fields.filename,
    type: 0,
    unique_id: 0,
    isimage: fields.content_type.startsWith('image/'),
    ticket_id: fields.ticket_id,
    action_id: fields.action_id,
    user_id: -1,
    agent_id: 2,
    guid: stableGuid(70, id),
    showforusers: true,
    showonchild: false,
    showonrelated: false,
    third_party_id: '',
    [attachmentBytes]: bytes,
  }
}

export function seedAttachments(): AttachmentRecord[] {
  const at = Date.UTC(2025, 0, 6, 9, 5, 0)
  return [
    attachmentRecord(
      seed.attachmentId,
      {
        filename: 'error_log.txt',
        content_type: 'text/plain',
        ticket_id: seed.ticketId,
        action_id: 1,
        note: 'Outlook log',
        at,
      },
      encoder.encode(
        '2025-01-06 08:58:12 ERROR Authentication prompt loop: token refresh failed (AADSTS50173)\n',
      ),
    ),
    attachmentRecord(
      seed.attachmentId + 1,
      { filename: 'screenshot.png', content_type: 'image/png', ticket_id: seed.ticketId, action_id: 1, at },
      onePixelPng,
    ),
  ]
}
