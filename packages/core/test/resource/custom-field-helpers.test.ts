import { describe, expect, it } from 'vitest'
import type { HaloCore } from '../../src/halo-core.js'
import type { RequestOptions } from '../../src/options/request-options.js'
import {
  type CustomFieldEntry,
  type CustomFieldHelpers,
  customFieldHelpers,
  type RecordHelpers,
  recordDecorator,
} from '../../src/resource/index.js'
import { fixture } from '../support/fixture.js'

interface Ticket {
  id?: number | null
  summary?: string
  customfields?: CustomFieldEntry[] | null
}

type GetParams = { readonly id: number; readonly includedetails?: boolean | undefined }
type DeleteParams = { readonly id: number }

interface TicketRecord
  extends Ticket,
    RecordHelpers<Ticket, GetParams, DeleteParams>,
    CustomFieldHelpers<TicketRecord> {}

const sampleCustomFields = fixture<CustomFieldEntry[]>('ticket-customfields')
// The helpers only pass the core through to the operations; these fakes never touch it.
const core = {} as HaloCore

/** A ticket decorator whose only extras are the custom-field helpers, on operations that record their calls. */
function ticketsWithCustomFields() {
  const calls: { op: string; params: unknown; options?: RequestOptions | undefined }[] = []
  /** An operation that records each call, then answers `answer(params)`. */
  const recorded =
    <TParams, TAnswer>(op: string, answer: (params: TParams) => TAnswer) =>
    async (_core: HaloCore, params: TParams, options?: RequestOptions): Promise<TAnswer> => {
      calls.push({ op, params, options })
      return answer(params)
    }
  const operations = {
    get: recorded(
      'get',
      (params: GetParams): Ticket => ({
        id: params.id,
        summary: 'fetched',
        customfields: structuredClone(sampleCustomFields),
      }),
    ),
    upsert: recorded('upsert', (params: { readonly body: readonly Ticket[] }) =>
      params.body.map((ticket) => ({ ...ticket, summary: 'saved' })),
    ),
    remove: async () => undefined,
  }
  const decorate = recordDecorator<Ticket, GetParams, DeleteParams, CustomFieldHelpers<TicketRecord>>(
    core,
    'ticket',
    operations,
    (ticket, context) => customFieldHelpers(core, ticket, { operations }, context),
  )
  return { calls, decorate }
}

/** The one record an upsert call posted. */
function posted(call: { params: unknown } | undefined) {
  if (call === undefined) throw new Error('expected an upsert call')
  return (call.params as { body: { id: number; customfields: CustomFieldEntry[] }[] }).body[0]
}

describe('customFieldHelpers', () => {
  it('reads the fields by name, and re-posts the others with one changed, from the record it has', async () => {
    const { calls, decorate } = ticketsWithCustomFields()
    const ticket = decorate({ id: 9499, customfields: structuredClone(sampleCustomFields) })
    expect(ticket.customFields().CFimpact).toBe(3)
    const updated = await ticket.setCustomField('CFimpact', 1)
    expect(calls.map((call) => call.op)).toEqual(['upsert'])
    const body = posted(calls[0])
    expect(body?.id).toBe(9499)
    expect(body?.customfields).toHaveLength(sampleCustomFields.length)
    expect(body?.customfields.find((field) => field.name === 'CFimpact')?.value).toBe(1)
    // The answer is a record of the kind again, helpers and all.
    expect(updated.summary).toBe('saved')
    expect(typeof updated.setCustomFields).toBe('function')
  })

  it('fetches the record with includedetails first when it lacks its custom fields, options passed on', async () => {
    const { calls, decorate } = ticketsWithCustomFields()
    const signal = new AbortController().signal
    await decorate({ id: 12 }).setCustomFields(new Map([[165, 2]]), { signal })
    expect(calls.map((call) => [call.op, call.options])).toEqual([
      ['get', { signal }],
      ['upsert', { signal }],
    ])
    expect(calls[0]?.params).toEqual({ id: 12, includedetails: true })
    const body = posted(calls[1])
    expect(body?.customfields).toHaveLength(sampleCustomFields.length)
    expect(body?.customfields.find((field) => field.id === 165)?.value).toBe(2)
  })

  it('names the call made on a record without an id, and calls nothing', async () => {
    const { calls, decorate } = ticketsWithCustomFields()
    const orphan = decorate({ summary: 'never saved', customfields: [] })
    await expect(orphan.setCustomField('CFimpact', 1)).rejects.toThrow(
      'ticket.setCustomField(): this ticket record has no id (got undefined)',
    )
    await expect(orphan.setCustomFields({ CFimpact: 1 })).rejects.toThrow(
      'ticket.setCustomFields(): this ticket record has no id (got undefined)',
    )
    expect(calls).toEqual([])
  })
})
