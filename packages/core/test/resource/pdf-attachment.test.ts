import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { createHaloCore, isHaloUnexpectedResponseError } from '../../src/index.js'
import { downloadPdfAttachment, isPdf } from '../../src/resource/index.js'
import { API, server, testOptions, tokenEndpoint, useHaloServer } from '../support/halo-server.js'

useHaloServer()

const PDF = new TextEncoder().encode('%PDF-1.7\n% made-up file\n')

describe('downloadPdfAttachment', () => {
  it('answers the bytes of a PDF attachment', async () => {
    tokenEndpoint()
    server.use(
      http.get(
        `${API}/Attachment/77`,
        () => new HttpResponse(PDF, { headers: { 'content-type': 'application/pdf' } }),
      ),
    )
    const core = createHaloCore(testOptions({ rateLimit: false }))
    expect(await downloadPdfAttachment(core, 77, 'Invoice 5')).toEqual(PDF)
  })

  it('says what the PDF was of, and what to check, when the attachment is not a PDF', async () => {
    tokenEndpoint()
    server.use(http.get(`${API}/Attachment/78`, () => HttpResponse.text('<html>not found</html>')))
    const core = createHaloCore(testOptions({ rateLimit: false }))
    const error = await downloadPdfAttachment(core, 78, 'Report 9').catch((caught: unknown) => caught)
    expect(isHaloUnexpectedResponseError(error)).toBe(true)
    expect((error as Error).message).toBe(
      'Report 9: attachment 78 is not a PDF (it does not start with %PDF). Halo may store these PDFs elsewhere on this version.',
    )
  })
})

describe('isPdf', () => {
  it('looks at the first four bytes only', () => {
    expect(isPdf(PDF)).toBe(true)
    expect(isPdf(new TextEncoder().encode('%PD'))).toBe(false)
    expect(isPdf(new TextEncoder().encode('{"id":1}'))).toBe(false)
  })
})
