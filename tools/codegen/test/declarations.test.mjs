// What the generated operations cost a consumer's compiler: one-line docs without the spec's
// boilerplate, upsert overloads on named bodies, and tag namespaces typed by reference.
import { describe, expect, it } from 'vitest'
import { generate } from '../src/generate.mjs'
import { miniConfig, miniSpec } from './fixtures/mini-spec.mjs'

function generated() {
  const spec = miniSpec()
  spec.paths['/Tickets/{id}'].delete.summary = 'Delete one Faults'
  spec.paths['/Tickets/{id}'].delete.description =
    'Delete specific Faults.<br>\r\n\t\tRequires authentication.'
  spec.paths['/Asset/NextTag'].get.summary = 'Next asset tag'
  spec.paths['/Asset/NextTag'].get.description = 'The next free tag.<br>\r\n\t\tRequires authentication.'
  const { files } = generate(spec, miniConfig)
  return (path) => {
    const content = files.get(path)
    if (content === undefined) throw new Error(`not generated: ${path}`)
    return content
  }
}

describe('operation declarations', () => {
  const file = generated()
  const faults = file('packages/tickets/src/generated/operations/faults.ts')

  it('documents each operation in one line: what it does under the friendly name, method, path and tag', () => {
    expect(faults).toContain(
      "/** Every matching Ticket (Halo's `Faults`), page after page (`await` it for an array, or `for await` to stream; `limit` caps it). `GET /Tickets` (Halo tag `Faults`). */\nexport function listTickets(",
    )
    expect(faults).toContain(
      "/** Gets one Ticket (Halo's `Faults`). `GET /Tickets/{id}` (Halo tag `Faults`). */\nexport function getTicket(",
    )
    expect(faults).toContain(
      "/** Deletes one Ticket (Halo's `Faults`). `DELETE /Tickets/{id}` (Halo tag `Faults`). */\nexport function deleteTicket(",
    )
  })

  it("keeps the spec's own words and drops its boilerplate", () => {
    const device = file('packages/assets/src/generated/operations/device.ts')
    expect(device).toContain(
      '/** Next asset tag The next free tag. `GET /Asset/NextTag` (Halo tag `Device`). */',
    )
    for (const boilerplate of [
      'Requires authentication',
      'Use this to return',
      'Delete specific',
      'List of Faults',
    ])
      expect(faults).not.toContain(boilerplate)
  })

  it('documents the function, not again its descriptor, its empty params type or its later overloads', () => {
    expect(faults).toContain('\n\nexport const getTicketOperation: OperationDescriptor = {\n')
    expect(file('packages/assets/src/generated/operations/device.ts')).toContain(
      '}\n\nexport type GetAssetNextTagParams = Record<string, never>\n',
    )
    expect(faults.match(/\/\*\* Creates Ticket/g)).toHaveLength(1)
    expect(faults).toContain(
      '): Promise<Ticket>\nexport function upsertTickets(\n  core: HaloCore,\n  params: UpsertTicketsParams & RecordsBody<Ticket>,',
    )
  })

  it('documents each parameter once, on its field, not again as @param lines', () => {
    expect(faults).not.toContain('@param')
    expect(faults).toContain('  /** (int) Filter by client. */\n  readonly client_id?: number | undefined\n')
    // A path parameter the spec does not describe gets no placeholder doc
    expect(faults).toContain('\n\nexport type DeleteTicketParams = {\n  readonly id: number\n')
    // The params type says its keys are Halo's names where it has query parameters
    expect(faults).toContain(
      "/** Parameters of {@link listTickets}, by Halo's wire names. */\nexport type ListTicketsParams = {\n",
    )
    // A JSON body's type says what it is; a multipart body says how it travels
    expect(faults).toContain('\n\nexport type UpsertTicketsParams = {\n  readonly body: readonly Ticket[]\n}')
    expect(file('packages/tickets/src/generated/operations/attachment.ts')).toContain(
      '  /** Request body, sent as multipart form fields (or a `FormData`). */\n  readonly body: FormData |',
    )
  })

  it('overloads upserts on named bodies: one record gives the record, several an array, unknown either', () => {
    expect(faults).toContain("import type { OneRecordBody, RecordsBody, Ticket } from '@halo/types'")
    expect(faults).toContain(
      '  params: UpsertTicketsParams & OneRecordBody<Ticket>,\n  options?: RequestOptions,\n): Promise<Ticket>\n',
    )
    expect(faults).toContain(
      '  params: UpsertTicketsParams & RecordsBody<Ticket>,\n  options?: RequestOptions,\n): Promise<Ticket[]>\n',
    )
    expect(faults).toContain(
      '): Promise<Ticket | Ticket[]> {\n  return core.request<Ticket | Ticket[]>(upsertTicketsOperation, params, options)\n}',
    )
    const bodies = file('packages/types/src/generated/record-bodies.ts')
    expect(bodies).toContain('export type OneRecordBody<T> = { readonly body: readonly [T] }')
    expect(bodies).toContain('export type RecordsBody<T> = { readonly body: readonly [T, T, ...T[]] }')
  })

  it('types each tag namespace in one line, by reference to the operations record', () => {
    const namespaces = file('packages/tickets/src/generated/tag-namespaces.ts')
    expect(namespaces).toContain("import type { operations } from './operation-list.js'")
    expect(namespaces).toContain('type Ops = typeof operations')
    expect(namespaces).toContain(
      "  readonly tickets: TagNamespaceWithVerbs<Ops, 'Faults', 'deleteTicket' | 'getTicket' | 'listTickets' | 'upsertTickets', 'listTickets', 'getTicket', 'upsertTickets', 'deleteTicket'>\n",
    )
    // A tag with a verb or two says `never` for the others; one with none has no verbs at all
    expect(namespaces).toContain(
      "  readonly attachments: TagNamespaceWithVerbs<Ops, 'Attachment', 'getAttachmentImage' | 'postAttachmentImage', never, 'getAttachmentImage', never, never>\n",
    )
    const assets = file('packages/assets/src/generated/tag-namespaces.ts')
    expect(assets).toContain("import type { NamespaceOfTag, TagNamespace } from '@halo/types'")
    expect(assets).toContain("  readonly assets: TagNamespace<Ops, 'Device', 'getAssetNextTag'>\n")
    expect(assets).not.toContain('verbs: {')
    // The values stay what the facade binds
    expect(namespaces).toContain('    verbs: {\n      list: listTickets,\n      get: getTicket,\n')
    // The tag → namespace map is typed by reading the namespaces' own tags
    expect(namespaces).toContain(
      'export const ticketsNamespaceOfTag: NamespaceOfTag<typeof ticketsTagNamespaces> = {\n',
    )
    const shapes = file('packages/types/src/generated/tag-namespace.ts')
    expect(shapes).toContain("  readonly [K in keyof Namespaces as Namespaces[K]['tag']]: K\n")
    expect(shapes).toContain('export type TagNamespace<Ops, Tag extends string, Names extends keyof Ops> = {')
    expect(file('packages/types/src/generated/index.ts')).toContain("export type * from './tag-namespace.js'")
  })

  it('refuses a spec that declares a name @halo/types keeps for these shapes', () => {
    const spec = miniSpec()
    spec.components.schemas.RecordsBody = { type: 'object', properties: {} }
    expect(() => generate(spec, miniConfig)).toThrow(/RecordsBody/)
  })
})
