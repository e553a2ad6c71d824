import { describe, expect, it } from 'vitest'
import { type ImportNameKind, resolveImportNames, validateImportRows } from '../../src/csv-import/index.js'
import { flattenTicketTypeFields } from '../../src/ticket-type-fields/index.js'
import { loadSampleTicketType, sampleCategories } from '../ticket-type-fields/sample.js'

const fields = flattenTicketTypeFields(loadSampleTicketType(), { categories: sampleCategories })

const KNOWN: Record<string, Record<string, number>> = {
  agent: { ann: 7, bo: 8 },
  team: { 'service desk': 2 },
}

function fakeResolver() {
  const calls: string[] = []
  const resolve = async (kind: ImportNameKind, name: string) => {
    calls.push(`${kind}:${name}`)
    const id = KNOWN[kind]?.[name.toLowerCase()]
    if (id === undefined) throw new Error(`No ${kind} named "${name}".`)
    return id
  }
  return { calls, resolve }
}

describe('resolveImportNames', () => {
  it('replaces agent and team names by their ids, asking once per distinct name', async () => {
    const csv =
      'symptom,assignedtoint,sectio_\n' +
      'One,Ann,Service Desk\n' +
      'Two,ann,Service Desk\n' +
      'Three,8,2\n' +
      'Four,Bo,service desk\n'
    const { valid } = validateImportRows(fields, csv)
    const { calls, resolve } = fakeResolver()
    const { drafts, errors } = await resolveImportNames(fields, valid, resolve)
    expect(errors).toEqual([])
    expect(drafts).toEqual([
      { line: 2, draft: { summary: 'One', agent_id: 7, team_id: 2 } },
      { line: 3, draft: { summary: 'Two', agent_id: 7, team_id: 2 } },
      { line: 4, draft: { summary: 'Three', agent_id: 8, team_id: 2 } },
      { line: 5, draft: { summary: 'Four', agent_id: 8, team_id: 2 } },
    ])
    expect(calls).toEqual(['agent:Ann', 'team:Service Desk', 'agent:Bo'])
  })

  it('reports each unknown name on its line and column and keeps those rows out', async () => {
    const csv =
      'symptom,assignedtoint,sectio_\nOne,Ann,Nowhere\nTwo,Zed,Service Desk\nThree,Ann,Service Desk\n'
    const { valid } = validateImportRows(fields, csv)
    const { drafts, errors } = await resolveImportNames(fields, valid, fakeResolver().resolve)
    expect(errors).toEqual([
      { line: 2, column: 'sectio_', message: 'No team named "Nowhere".' },
      { line: 3, column: 'assignedtoint', message: 'No agent named "Zed".' },
    ])
    expect(drafts.map((d) => d.line)).toEqual([4])
  })
})
