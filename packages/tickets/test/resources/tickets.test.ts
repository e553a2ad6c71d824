import { seed } from '@halo/mock'
import { useHaloMock } from '@halo/test-support'
import { describe, expect, it } from 'vitest'
import { tickets } from '../../src/index.js'
import { callsTo, postedBodies } from './support.js'

const halo = useHaloMock({ core: { retry: false } })

describe('tickets(core)', () => {
  it('lists with wire-name filters, every page, as records with hidden helpers', async () => {
    const list = await tickets(halo.core()).list({ client_id: seed.clientId })
    expect(list.length).toBeGreaterThan(0)
    expect(list.every((ticket) => ticket.client_id === seed.clientId)).toBe(true)
    const [first] = list
    expect(typeof first?.update).toBe('function')
    expect(Object.keys(first ?? {})).not.toContain('update')
    expect(JSON.parse(JSON.stringify(first))).toEqual({ ...first })
  })

  it('search(term, { limit: 10 }) sends search and stops at the limit', async () => {
    const found = await tickets(halo.core()).search('Outlook', { limit: 10 })
    expect(found.length).toBeGreaterThan(0)
    expect(found.length).toBeLessThanOrEqual(10)
    expect(found.some((ticket) => ticket.id === seed.ticketId)).toBe(true)
    const [call] = callsTo(halo, 'GET', '/Tickets')
    expect(call?.query.search).toBe('Outlook')
  })

  it('get(id, { includedetails: true }) gives custom fields', async () => {
    const ticket = await tickets(halo.core()).get(seed.ticketId, { includedetails: true })
    expect(ticket.id).toBe(seed.ticketId)
    expect(callsTo(halo, 'GET', `/Tickets/${seed.ticketId}`)[0]?.query.includedetails).toBe('true')
    expect(ticket.customFields()).toHaveProperty('CFimpact')
  })

  it('create({...}) posts an array of one and answers one record', async () => {
    const created = await tickets(halo.core()).create({
      tickettype_id: seed.ticketTypeId,
      summary: 'Server outage',
    })
    expect(created.summary).toBe('Server outage')
    expect(halo.mock.state.tickets.get(created.id ?? 0)?.summary).toBe('Server outage')
    expect(callsTo(halo, 'POST', '/Tickets').map((call) => call.body)).toEqual([
      [{ tickettype_id: seed.ticketTypeId, summary: 'Server outage' }],
    ])
  })

  it('create([...]) answers an array in input order', async () => {
    const created = await tickets(halo.core()).create([{ summary: 'First' }, { summary: 'Second' }])
    expect(created.map((ticket) => ticket.summary)).toEqual(['First', 'Second'])
    expect(callsTo(halo, 'POST', '/Tickets')).toHaveLength(1)
  })

  it('createMany of 250 tickets makes 3 POSTs and answers records in input order', async () => {
    const drafts = Array.from({ length: 250 }, (_, i) => ({ summary: `Bulk ${i}` }))
    const result = await tickets(halo.core()).createMany(drafts)
    const posts = callsTo(halo, 'POST', '/Tickets')
    expect(posts.map((post) => (post.body as unknown[]).length)).toEqual([100, 100, 50])
    expect(result.failures).toEqual([])
    expect(result.succeeded).toBe(250)
    expect(result.records.map((ticket) => ticket?.summary)).toEqual(drafts.map((draft) => draft.summary))
    expect(typeof result.records[249]?.addAction).toBe('function')
  })

  it('createMany reports a failed chunk and keeps the others', async () => {
    const drafts = Array.from({ length: 150 }, (_, i) => ({ summary: i === 120 ? '' : `Bulk ${i}` }))
    const result = await tickets(halo.core()).createMany(drafts)
    expect(result.succeeded).toBe(100)
    expect(result.failures.map((failure) => [failure.start, failure.end])).toEqual([[100, 150]])
    expect(result.records[99]?.summary).toBe('Bulk 99')
    expect(result.records[100]).toBeUndefined()
  })

  it('update(id, patch) and ticket.update(patch) post only the patch with the id', async () => {
    const resource = tickets(halo.core())
    const updated = await resource.update(seed.ticketId, { status_id: seed.statusInProgressId })
    expect(updated.status_id).toBe(seed.statusInProgressId)
    const ticket = await resource.get(seed.ticketId)
    const again = await ticket.update({ status_id: 2, summary: 'Outlook password prompt' })
    expect(again.summary).toBe('Outlook password prompt')
    expect(callsTo(halo, 'POST', '/Tickets').map((call) => call.body)).toEqual([
      [{ status_id: seed.statusInProgressId, id: seed.ticketId }],
      [{ status_id: 2, summary: 'Outlook password prompt', id: seed.ticketId }],
    ])
  })

  it('ticket.addAction posts to /Actions with the ticket id and answers an action record', async () => {
    const ticket = await tickets(halo.core()).get(seed.ticketId)
    const before = halo.mock.state.actions.list(seed.ticketId).length
    const action = await ticket.addAction({
      note_html: '<p>Rebooted the server</p>',
      outcome_id: seed.outcomeNoteId,
    })
    expect(action.ticket_id).toBe(seed.ticketId)
    expect(action.id).toBe(before + 1)
    expect(typeof action.delete).toBe('function')
    expect(callsTo(halo, 'POST', '/Actions')[0]?.body).toEqual([
      { note_html: '<p>Rebooted the server</p>', outcome_id: seed.outcomeNoteId, ticket_id: seed.ticketId },
    ])
  })

  it('ticket.addAction refuses an action without an outcome before posting', async () => {
    const ticket = await tickets(halo.core()).get(seed.ticketId)
    await expect(ticket.addAction({ note_html: 'no outcome' })).rejects.toThrow(/outcome/)
    expect(callsTo(halo, 'POST', '/Actions')).toHaveLength(0)
  })

  it('ticket.addAttachment uploads a base64 data URL; downloading gives the same bytes', async () => {
    const ticket = await tickets(halo.core()).get(seed.ticketId)
    const bytes = new Uint8Array([0x45, 0x52, 0x52, 0x0a, 0x00, 0xff, 0x80])
    const attachment = await ticket.addAttachment('error_log.txt', bytes, 'Server error log')
    const [post] = callsTo(halo, 'POST', '/Attachment')
    expect(post?.body).toEqual([
      {
        isimage: false,
        filename: 'error_log.txt',
        ticket_id: seed.ticketId,
        note: 'Server error log',
        data_base64: `data:text/plain;base64,${Buffer.from(bytes).toString('base64')}`,
      },
    ])
    expect(attachment.ticket_id).toBe(seed.ticketId)
    expect(attachment.note).toBe('Server error log')
    expect(await attachment.download()).toEqual(bytes)
  })

  it('ticket.addAttachment takes an ArrayBuffer, a Blob or a string', async () => {
    const ticket = await tickets(halo.core()).get(seed.ticketId)
    const fromBuffer = await ticket.addAttachment('a.bin', new Uint8Array([1, 2, 3]).buffer)
    const fromBlob = await ticket.addAttachment('b.png', new Blob([new Uint8Array([9, 8])]))
    const fromText = await ticket.addAttachment('c.txt', 'héllo')
    expect(await fromBuffer.download()).toEqual(new Uint8Array([1, 2, 3]))
    expect(await fromBlob.download()).toEqual(new Uint8Array([9, 8]))
    expect(new TextDecoder().decode(await fromText.download())).toBe('héllo')
    const bodies = callsTo(halo, 'POST', '/Attachment').map(
      (call) => (call.body as { data_base64: string; isimage: boolean }[])[0],
    )
    expect(bodies.map((body) => body?.data_base64.split(',')[0])).toEqual([
      'data:application/octet-stream;base64',
      'data:image/png;base64',
      'data:text/plain;base64',
    ])
    expect(bodies.map((body) => body?.isimage)).toEqual([false, true, false])
  })

  it('ticket.getActions and getAttachments list this ticket only', async () => {
    const ticket = await tickets(halo.core()).get(seed.ticketId)
    const actionList = await ticket.getActions()
    expect(actionList.length).toBe(halo.mock.state.actions.list(seed.ticketId).length)
    expect(actionList.every((action) => action.ticket_id === seed.ticketId)).toBe(true)
    const files = await ticket.getAttachments()
    expect(files.map((file) => file.filename)).toEqual(['error_log.txt', 'screenshot.png'])
    expect(callsTo(halo, 'GET', '/Attachment')[0]?.query.ticket_id).toBe(String(seed.ticketId))
  })

  it('ticket.refresh fetches with details; ticket.delete deletes', async () => {
    const resource = tickets(halo.core())
    const created = await resource.create({ summary: 'Short-lived' })
    const fresh = await created.refresh()
    expect(Array.isArray(fresh.customfields)).toBe(true)
    expect(created.customFields()).toEqual({})
    await fresh.delete()
    expect(halo.mock.state.tickets.get(created.id ?? 0)).toBeUndefined()
    await expect(resource.get(created.id ?? 0)).rejects.toMatchObject({ status: 404 })
  })

  it('resource delete(id) deletes', async () => {
    await tickets(halo.core()).delete(seed.ticketId)
    expect(halo.mock.state.tickets.get(seed.ticketId)).toBeUndefined()
  })

  it('customFields() maps names to values', async () => {
    const ticket = await tickets(halo.core()).get(seed.ticketId, { includedetails: true })
    const byName = ticket.customFields()
    const impact = ticket.customfields?.find((field) => field.name === 'CFimpact')
    expect(byName.CFimpact).toBe(impact?.value)
    expect(ticket.customFields({ use: 'display' }).CFimpact).toBe(impact?.display)
  })

  it('setCustomField changes one field and re-posts the others', async () => {
    const ticket = await tickets(halo.core()).get(seed.ticketId, { includedetails: true })
    const before = ticket.customFields()
    const names = Object.keys(before)
    expect(names.length).toBeGreaterThan(1)
    const updated = await ticket.setCustomField('CFurgency', 1)
    const posted = postedBodies<{ id: number; customfields: { name: string; value: unknown }[] }>(
      halo,
      'POST',
      '/Tickets',
    )[0]?.[0]
    expect(posted?.id).toBe(seed.ticketId)
    expect(posted?.customfields.map((field) => field.name).sort()).toEqual([...names].sort())
    expect(posted?.customfields.find((field) => field.name === 'CFurgency')?.value).toBe(1)
    for (const name of names.filter((name) => name !== 'CFurgency')) {
      expect(posted?.customfields.find((field) => field.name === name)?.value).toEqual(before[name])
    }
    const after = (await updated.refresh()).customFields()
    expect(after).toEqual({ ...before, CFurgency: 1 })
  })

  it('setCustomField on a record without custom fields fetches them first', async () => {
    const ticket = await tickets(halo.core()).get(seed.ticketId)
    expect(ticket.customfields).toBeUndefined()
    await ticket.setCustomFields({ CFimpact: 1 })
    const detailGets = callsTo(halo, 'GET', `/Tickets/${seed.ticketId}`)
    expect(detailGets.map((call) => call.query.includedetails)).toEqual([undefined, 'true'])
    const posted = postedBodies<{ customfields: unknown[] }>(halo, 'POST', '/Tickets')[0]?.[0]
    expect(posted?.customfields.length).toBeGreaterThan(1)
  })

  it('record helpers refuse a record without an id', async () => {
    const resource = tickets(halo.core())
    const [ticket] = await resource.list({ limit: 1 })
    if (!ticket) throw new Error('no ticket')
    const orphan = Object.assign(ticket, { id: null })
    expect(() => orphan.getActions()).toThrow(/no id/)
    await expect(orphan.update({ summary: 'x' })).rejects.toThrow(/no id/)
  })
})
