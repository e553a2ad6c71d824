import { describe, expect, it } from 'vitest'
import { compareCoverage, formatCoverage } from '../src/coverage.mjs'
import { miniConfig, miniSpec } from './fixtures/mini-spec.mjs'

const generated = (entries) =>
  new Map(
    Object.entries(entries).map(([pkg, ops]) => [pkg, ops.map(([key, name, tag]) => ({ key, name, tag }))]),
  )

describe('api:coverage', () => {
  const complete = {
    tickets: [
      ['GET /Tickets', 'listTickets', 'Faults'],
      ['POST /Tickets', 'upsertTickets', 'Faults'],
      ['GET /Tickets/{id}', 'getTicket', 'Faults'],
      ['DELETE /Tickets/{id}', 'deleteTicket', 'Faults'],
      ['POST /Attachment/image', 'postAttachmentImage', 'Attachment'],
      ['GET /Attachment/image/{id}', 'getAttachmentImage', 'Attachment'],
    ],
    assets: [['GET /Asset/NextTag', 'getAssetNextTag', 'Device']],
  }

  it('counts operations and tags per package against the spec', () => {
    const result = compareCoverage(generated(complete), miniSpec(), miniConfig.tagPackages)
    expect(result.problems).toEqual([])
    expect(result.total).toMatchObject({ operations: 7, expectedOperations: 7, tags: 3, expectedTags: 3 })
    expect(formatCoverage(result)).toMatch(/total\s+7 \/ 7\s+3 \/ 3/)
  })

  it('reports missing and misplaced operations', () => {
    const broken = { tickets: complete.tickets.slice(1), assets: [], kb: complete.assets }
    const result = compareCoverage(generated(broken), miniSpec(), miniConfig.tagPackages)
    expect(result.total.operations).toBe(6)
    expect(result.problems).toContain('tickets: missing GET /Tickets')
    expect(result.problems).toContain('assets: missing GET /Asset/NextTag')
    expect(result.problems).toContain(
      'kb: GET /Asset/NextTag (getAssetNextTag) is not a kb operation of the spec',
    )
  })
})
