// Secrets at the edges of redaction: cut in two by a message's clip, followed by characters a
// token pattern did not expect, or echoed form-encoded.
import { describe, expect, it } from 'vitest'
import { createRedactor } from '../../src/index.js'
import { stubCore, stubHalo } from './support/stub-halo.js'

const SECRET = 'CANARY-SECRET-7d1f3b2a9c'

async function failureOf(body: string, contentType = 'application/json', clientSecret = SECRET) {
  const stub = stubHalo(() => new Response(body, { status: 400, headers: { 'content-type': contentType } }))
  const error = await stubCore(stub, { clientSecret, retry: false })
    .get('/Tickets')
    .catch((caught: unknown) => caught)
  return {
    error: error as Error & { body?: unknown },
    text: `${(error as Error).message} ${JSON.stringify(error)}`,
  }
}

describe('redaction at the edges', () => {
  it('a secret straddling the message clip leaks no part of it', async () => {
    for (let pad = 280; pad <= 300; pad++) {
      const { text } = await failureOf(JSON.stringify({ Message: `${'x'.repeat(pad)} ${SECRET}` }))
      expect(text).not.toContain(SECRET.slice(0, 8))
    }
  })

  it('a secret straddling the body clip leaks no part of it', async () => {
    for (const pad of [1_990, 1_995, 1_999]) {
      const { text } = await failureOf(`${'y'.repeat(pad)}${SECRET}`, 'text/plain')
      expect(text).not.toContain(SECRET.slice(0, 8))
    }
  })

  it('a Bearer token holding characters outside token68 is redacted whole', () => {
    const redactor = createRedactor()
    const out = redactor.redactString('Authorization: Bearer abc!def$ghi%jkl&mno tail')
    expect(out).not.toMatch(/def|ghi|jkl|mno/)
    expect(out).toContain('tail')
  })

  it('a client secret with spaces, echoed form-encoded (+), is redacted', async () => {
    const spaced = 'my very secret value'
    const { text } = await failureOf(
      JSON.stringify({ Message: `bad credentials my+very+secret+value and my%20very%20secret%20value` }),
      'application/json',
      spaced,
    )
    expect(text).not.toContain('my+very+secret+value')
    expect(text).not.toContain('my%20very%20secret%20value')
  })
})
