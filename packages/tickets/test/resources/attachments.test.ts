import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { seed } from '@halo/mock'
import { apiRequests, useHaloMock } from '@halo/test-support'
import { describe, expect, it } from 'vitest'
import { attachments, mimeTypeOf } from '../../src/index.js'
import { callsTo, postedBodies } from './support.js'

const halo = useHaloMock({ core: { retry: false } })
const seededLog = '2025-01-06 08:58:12 ERROR Authentication prompt loop: token refresh failed (AADSTS50173)\n'

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: number[] = []
  for await (const chunk of stream) chunks.push(...chunk)
  return Uint8Array.from(chunks)
}

describe('attachments(core)', () => {
  it('list({ ticket_id }) answers the records of the Attachment_View envelope', async () => {
    const list = await attachments(halo.core()).list({ ticket_id: seed.ticketId })
    expect(list.map((attachment) => [attachment.id, attachment.filename])).toEqual([
      [seed.attachmentId, 'error_log.txt'],
      [seed.attachmentId + 1, 'screenshot.png'],
    ])
    expect(typeof list[0]?.download).toBe('function')
  })

  it('get(id) answers the metadata (includedetails is always sent)', async () => {
    const attachment = await attachments(halo.core()).get(seed.attachmentId)
    expect(attachment).toMatchObject({
      id: seed.attachmentId,
      filename: 'error_log.txt',
      ticket_id: seed.ticketId,
    })
    expect(callsTo(halo, 'GET', `/Attachment/${seed.attachmentId}`)[0]?.query.includedetails).toBe('true')
  })

  it('download(id) answers the bytes; downloadStream(id) streams them', async () => {
    const resource = attachments(halo.core())
    expect(new TextDecoder().decode(await resource.download(seed.attachmentId))).toBe(seededLog)
    const png = await resource.downloadStream(seed.attachmentId + 1)
    const bytes = await readAll(png)
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47])
  })

  it('download refuses an id that is not a positive whole number', async () => {
    const resource = attachments(halo.core())
    await expect(resource.download(0)).rejects.toThrow(/positive whole number/)
    await expect(resource.download(1.5)).rejects.toThrow(TypeError)
    expect(apiRequests(halo.mock)).toHaveLength(0)
  })

  it('record.download and record.downloadStream read the same file', async () => {
    const attachment = await attachments(halo.core()).get(seed.attachmentId)
    expect(new TextDecoder().decode(await attachment.download())).toBe(seededLog)
    expect(new TextDecoder().decode(await readAll(await attachment.downloadStream()))).toBe(seededLog)
  })

  it('upload({ filename, data, ticket_id, note }) posts a data URL and links the ticket', async () => {
    const resource = attachments(halo.core())
    const uploaded = await resource.upload({
      filename: 'notes.csv',
      data: 'a,b\n1,2\n',
      ticket_id: seed.ticketId,
      note: 'export',
    })
    expect(uploaded).toMatchObject({
      filename: 'notes.csv',
      ticket_id: seed.ticketId,
      note: 'export',
      filesize: 8,
    })
    const [[body]] = postedBodies<{ data_base64: string }>(halo, 'POST', '/Attachment') as [
      [{ data_base64: string }],
    ]
    expect(body.data_base64).toBe(`data:text/csv;base64,${btoa('a,b\n1,2\n')}`)
    const onTicket = await resource.list({ ticket_id: seed.ticketId })
    expect(onTicket.map((attachment) => attachment.filename)).toContain('notes.csv')
  })

  it('upload({ bytes }) without a ticket stands alone; action_id is passed through', async () => {
    const resource = attachments(halo.core())
    const alone = await resource.upload({ filename: 'photo.JPG', bytes: new Uint8Array([1, 2, 3]) })
    expect(alone.ticket_id).toBe(0)
    expect(alone.isimage).toBe(true)
    expect(alone.content_type).toBe('image/jpeg')
    const onAction = await resource.upload({
      filename: 'x.txt',
      data: 'x',
      ticket_id: seed.ticketId,
      action_id: 1,
    })
    expect(onAction.action_id).toBe(1)
    expect((await resource.list({ ticket_id: seed.ticketId, action_id: 1 })).map((a) => a.id)).toContain(
      onAction.id,
    )
  })

  it('upload refuses a missing file name or content before posting', async () => {
    const resource = attachments(halo.core())
    await expect(resource.upload({ filename: ' ', data: 'x' })).rejects.toThrow(/filename/)
    // @ts-expect-error data or bytes is required
    await expect(resource.upload({ filename: 'a.txt' })).rejects.toThrow(/`data` or `bytes`/)
    expect(apiRequests(halo.mock)).toHaveLength(0)
  })

  it('uploadFile(path) reads the file; the name defaults to the last path segment', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'halo-tickets-'))
    try {
      const path = join(dir, 'server.log')
      const content = new Uint8Array([0, 1, 2, 250, 251, 252, 10])
      await writeFile(path, content)
      const resource = attachments(halo.core())
      const uploaded = await resource.uploadFile(path, { ticket_id: seed.ticketId, note: 'from disk' })
      expect(uploaded).toMatchObject({ filename: 'server.log', note: 'from disk', filesize: content.length })
      expect(await resource.download(uploaded.id ?? 0)).toEqual(content)
      const renamed = await resource.uploadFile(path, { filename: 'renamed.txt' })
      expect(renamed.filename).toBe('renamed.txt')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('delete(id) and record.delete() remove attachments', async () => {
    const resource = attachments(halo.core())
    await resource.delete(seed.attachmentId)
    const other = await resource.get(seed.attachmentId + 1)
    await other.delete()
    expect(await resource.list({ ticket_id: seed.ticketId })).toEqual([])
  })
})

describe('mimeTypeOf', () => {
  it('maps extensions case-insensitively and falls back to octet-stream', () => {
    expect(mimeTypeOf('error_log.txt')).toBe('text/plain')
    expect(mimeTypeOf('Report.PDF')).toBe('application/pdf')
    expect(mimeTypeOf('sheet.xlsx')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect(mimeTypeOf('archive.tar.gz')).toBe('application/gzip')
    expect(mimeTypeOf('README')).toBe('application/octet-stream')
    expect(mimeTypeOf('weird.')).toBe('application/octet-stream')
    expect(mimeTypeOf('data.unknownext')).toBe('application/octet-stream')
  })
})
