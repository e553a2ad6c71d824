import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isHaloResourceNotFound } from '@halo/core'
import { defaultBaseUrl as baseUrl, seed } from '@halo/mock'
import { apiRequests, useHaloMock } from '@halo/test-support'
import { HttpResponse, http } from 'msw'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { attachments } from '../../src/index.js'
import { contentDispositionFileName } from '../../src/resources/attachments/content-disposition.js'
import { safeFileName } from '../../src/resources/attachments/safe-file-name.js'

const halo = useHaloMock({ core: { retry: false } })
const seededLog = '2025-01-06 08:58:12 ERROR Authentication prompt loop: token refresh failed (AADSTS50173)\n'

let dir = ''
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'halo-save-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** Uploads a file under a name of Halo's choosing (any text a user typed) and answers its id. */
async function uploaded(filename: string, data = 'hello\n'): Promise<number> {
  const record = await attachments(halo.core()).upload({ filename, data, ticket_id: seed.ticketId })
  return record.id ?? 0
}

describe('attachments(core).saveToFile(id, folder)', () => {
  it('writes the file under its own name from Content-Disposition, and nothing else', async () => {
    const saved = await attachments(halo.core()).saveToFile(seed.attachmentId, dir)
    expect(saved).toEqual({
      path: join(dir, 'error_log.txt'),
      filename: 'error_log.txt',
      size: seededLog.length,
    })
    expect(await readFile(saved.path, 'utf8')).toBe(seededLog)
    expect(await readdir(dir)).toEqual(['error_log.txt'])
    expect(apiRequests(halo.mock, 'GET /Attachment/{id}')).toHaveLength(1)
  })

  it('keeps binary content byte for byte and reads a UTF-8 name', async () => {
    const bytes = new Uint8Array([0, 255, 1, 254, 10, 13])
    const record = await attachments(halo.core()).upload({ filename: 'Überblick 2025.bin', bytes })
    const saved = await attachments(halo.core()).saveToFile(record.id ?? 0, dir)
    expect(saved.filename).toBe('Überblick 2025.bin')
    expect(new Uint8Array(await readFile(saved.path))).toEqual(bytes)
  })

  it('never overwrites an existing file unless asked, and leaves no temporary file behind', async () => {
    await writeFile(join(dir, 'error_log.txt'), 'mine')
    const error = await attachments(halo.core())
      .saveToFile(seed.attachmentId, dir)
      .catch((e: unknown) => e)
    expect((error as Error).message).toMatch(/error_log\.txt already exists.*overwrite: true/)
    expect((error as { code?: string }).code).toBe('EEXIST')
    expect(await readFile(join(dir, 'error_log.txt'), 'utf8')).toBe('mine')
    expect(await readdir(dir)).toEqual(['error_log.txt'])

    const replaced = await attachments(halo.core()).saveToFile(seed.attachmentId, dir, { overwrite: true })
    expect(await readFile(replaced.path, 'utf8')).toBe(seededLog)
    expect(await readdir(dir)).toEqual(['error_log.txt'])
  })

  it.each([
    ['../../escape.txt', 'escape.txt'],
    ['..\\..\\Windows\\system32\\evil.dll', 'evil.dll'],
    ['/etc/passwd', 'passwd'],
    ['CON', '_CON'],
    ['aux.log', '_aux.log'],
    ['Lpt1.txt', '_Lpt1.txt'],
    ['report: Q1?.pdf', 'report_ Q1_.pdf'],
    ['notes.txt. . ', 'notes.txt'],
  ])('saves the Halo name %j inside the folder as %j', async (name, expected) => {
    const id = await uploaded(name)
    const saved = await attachments(halo.core()).saveToFile(id, dir)
    expect(saved.filename).toBe(expected)
    expect(saved.path).toBe(join(dir, expected))
    expect(await readdir(dir)).toEqual([expected])
    expect(await readFile(saved.path, 'utf8')).toBe('hello\n')
  })

  it.each(['..', '.', ' ', '///'])('falls back to attachment-<id> for the name %j', async (name) => {
    halo.server.use(
      http.get(
        `${baseUrl}/api/Attachment/:id`,
        () => new HttpResponse('x', { headers: { 'content-disposition': `attachment; filename="${name}"` } }),
      ),
    )
    const saved = await attachments(halo.core()).saveToFile(seed.attachmentId, dir)
    expect(saved.filename).toBe(`attachment-${seed.attachmentId}`)
    expect(await readdir(dir)).toEqual([`attachment-${seed.attachmentId}`])
  })

  it('falls back to attachment-<id> when Halo sends no Content-Disposition', async () => {
    halo.server.use(http.get(`${baseUrl}/api/Attachment/:id`, () => new HttpResponse('x')))
    const saved = await attachments(halo.core()).saveToFile(seed.attachmentId, dir)
    expect(saved).toEqual({
      path: join(dir, `attachment-${seed.attachmentId}`),
      filename: `attachment-${seed.attachmentId}`,
      size: 1,
    })
  })

  it('takes a name of the caller’s choosing, cleaned the same way', async () => {
    const saved = await attachments(halo.core()).saveToFile(seed.attachmentId, dir, {
      filename: '../latest.log',
    })
    expect(saved.path).toBe(join(dir, 'latest.log'))
  })

  it('leaves nothing on disk when the download fails or breaks off', async () => {
    const missing = await attachments(halo.core())
      .saveToFile(999_999, dir)
      .catch((e: unknown) => e)
    expect(isHaloResourceNotFound(missing)).toBe(true)
    expect(await readdir(dir)).toEqual([])

    halo.server.use(
      http.get(`${baseUrl}/api/Attachment/:id`, () => {
        let sent = false
        const body = new ReadableStream<Uint8Array>({
          pull(controller) {
            if (!sent) {
              sent = true
              controller.enqueue(new TextEncoder().encode('partial'))
            } else controller.error(new Error('connection reset'))
          },
        })
        return new HttpResponse(body, {
          headers: { 'content-disposition': 'attachment; filename="big.iso"' },
        })
      }),
    )
    await expect(attachments(halo.core()).saveToFile(seed.attachmentId, dir)).rejects.toThrow()
    expect(await readdir(dir)).toEqual([])
  })

  it('refuses a folder it cannot write before downloading anything', async () => {
    const nowhere = join(dir, 'missing', 'folder')
    await expect(attachments(halo.core()).saveToFile(seed.attachmentId, nowhere)).rejects.toThrow(/ENOENT/)
    await expect(attachments(halo.core()).saveToFile(seed.attachmentId, '')).rejects.toThrow(/folder/)
    await expect(attachments(halo.core()).saveToFile(0, dir)).rejects.toThrow(/attachment id/)
    expect(apiRequests(halo.mock, 'GET /Attachment/{id}')).toHaveLength(0)
  })
})

describe('attachment.saveToFile(folder)', () => {
  it('saves under the record’s filename', async () => {
    const [first] = await attachments(halo.core()).list({ ticket_id: seed.ticketId })
    await mkdir(join(dir, 'sub'))
    const saved = await first?.saveToFile(join(dir, 'sub'))
    expect(saved?.path).toBe(join(dir, 'sub', 'error_log.txt'))
    expect(await readFile(join(dir, 'sub', 'error_log.txt'), 'utf8')).toBe(seededLog)
  })

  it('cleans a hostile record filename too', async () => {
    const record = await attachments(halo.core()).get(await uploaded('..\\..\\boot.ini'))
    const saved = await record.saveToFile(dir)
    expect(saved.path).toBe(join(dir, 'boot.ini'))
  })
})

describe('safeFileName', () => {
  it('removes control characters and keeps ordinary names', () => {
    expect(safeFileName('a\u0000b\u001fc.txt', 'x')).toBe('a_b_c.txt')
    expect(safeFileName('Quarterly report (final).docx', 'x')).toBe('Quarterly report (final).docx')
    expect(safeFileName('.env', 'x')).toBe('.env')
  })

  it('cuts long names to 255 UTF-8 bytes, keeping the extension and whole characters', () => {
    const long = `${'é'.repeat(300)}.pdf`
    const safe = safeFileName(long, 'x')
    expect(new TextEncoder().encode(safe).length).toBeLessThanOrEqual(255)
    expect(safe.endsWith('.pdf')).toBe(true)
    expect(safe).not.toContain('\uFFFD')
  })
})

describe('contentDispositionFileName', () => {
  it('prefers filename* (RFC 6266), then a quoted, then a bare filename', () => {
    expect(contentDispositionFileName(`attachment; filename="a.txt"; filename*=UTF-8''%C3%BC.txt`)).toBe(
      'ü.txt',
    )
    expect(contentDispositionFileName('attachment; filename="say \\"hi\\".txt"')).toBe('say "hi".txt')
    expect(contentDispositionFileName('attachment; filename=plain.csv')).toBe('plain.csv')
    expect(contentDispositionFileName(`attachment; filename*=UTF-8''%E0%A4%A; filename="b.txt"`)).toBe(
      'b.txt',
    )
    expect(contentDispositionFileName('inline')).toBeUndefined()
    expect(contentDispositionFileName(null)).toBeUndefined()
  })
})
