// What response validation answers on the project's fixture records, good and spoiled, pinned in
// fixtures/schema-answers.json. The answers were recorded from the valibot builder code the generator
// emitted per model before it emitted compact model descriptions: the descriptions must validate every
// record exactly as that code did (same verdict, same issue paths and messages, same report).
//
// After a deliberate change of behaviour (a spec or overlay change, say), rerun with
// RECORD_SCHEMA_ANSWERS=1, format the JSON file (`biome format --write`) and review its diff.
import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { validateRecords } from '../../../packages/core/src/validation/validate-response.ts'
import { makeAsset } from '../../../packages/mock/src/seed/assets.ts'
import { seedAttachments } from '../../../packages/mock/src/seed/files.ts'
import {
  seedContracts,
  seedInvoices,
  seedItems,
  seedPurchaseOrders,
  seedQuotations,
} from '../../../packages/mock/src/seed/finance.ts'
import { seedFaqLists, seedKbArticles } from '../../../packages/mock/src/seed/knowledge-base.ts'
import {
  seedAgents,
  seedClients,
  seedSites,
  seedSuppliers,
  seedUsers,
  userRoleSeeds,
} from '../../../packages/mock/src/seed/organisation.ts'
import { seedAppointments } from '../../../packages/mock/src/seed/scheduling.ts'
import { seedTicketTypes } from '../../../packages/mock/src/seed/ticket-types.ts'
import { makeActions, makeTicket } from '../../../packages/mock/src/seed/tickets.ts'
import { liveShapedTicket } from '../../../packages/tickets/test/fixtures/live-shaped-ticket.ts'

const ANSWERS = new URL('./fixtures/schema-answers.json', import.meta.url)
const json = (path) => JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'))

const packages = ['admin', 'assets', 'crm', 'finance', 'integrations', 'kb', 'reporting', 'tickets']
const domains = await Promise.all(
  packages.map(async (name) => ({
    name,
    schemas: (await import(`../../../packages/${name}/src/schemas.ts`)).schemas,
  })),
)

/** Good records: the project's fixtures and the mock server's seed data, by Halo component name. */
function goodRecords() {
  const ticket = makeTicket(1)
  return [
    ['core ticket-created', 'Faults', json('packages/core/test/fixtures/ticket-created.json')],
    ['core users-list', 'Users', json('packages/core/test/fixtures/users-list.json').users[0]],
    ['core actions-bare-array', 'Actions', json('packages/core/test/fixtures/actions-bare-array.json')],
    ['tickets live-shaped-ticket', 'Faults', liveShapedTicket()],
    [
      'tickets ticket-type-with-fields',
      'RequestType',
      json('packages/tickets/test/fixtures/ticket-type-with-fields.json'),
    ],
    ['mock ticket', 'Faults', ticket],
    ['mock actions', 'Actions', makeActions(ticket)],
    ['mock client', 'Area', seedClients()[0]],
    ['mock site', 'Site', seedSites()[0]],
    ['mock user', 'Users', seedUsers()[0]],
    ['mock agent', 'Uname', seedAgents()[0]],
    ['mock supplier', 'Supplier', seedSuppliers()[0]],
    ['mock user role', 'UserRoles', userRoleSeeds[0]],
    ['mock asset', 'Device', makeAsset(1)],
    ['mock attachment', 'Attachment', seedAttachments()[0]],
    ['mock item', 'Item', seedItems()[0]],
    ['mock contract', 'ContractHeader', seedContracts()[0]],
    ['mock invoice', 'InvoiceHeader', seedInvoices()[0]],
    ['mock quotation', 'QuotationHeader', seedQuotations()[0]],
    ['mock purchase order', 'SupplierOrderHeader', seedPurchaseOrders()[0]],
    ['mock kb article', 'KBEntry', seedKbArticles()[0]],
    ['mock faq list', 'FAQListHead', seedFaqLists()[0]],
    ['mock appointment', 'Appointment', seedAppointments()[0]],
    ['mock ticket type', 'RequestType', seedTicketTypes()[0]],
  ]
}

/** A value of another JSON type than `value` (null is valid everywhere, so it is left alone). */
function wrongType(value) {
  if (typeof value === 'string') return 404
  if (typeof value === 'number') return 'four'
  if (typeof value === 'boolean') return 'yes'
  return 'text'
}

const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value)

/**
 * Spoiled copies of a record: each of its first fields given a wrong type, then fields inside its
 * nested objects and inside the first element of its arrays of objects (where a reference leads).
 */
function spoiled(label, record) {
  const cases = []
  const spoil = (path, change) => {
    const copy = structuredClone(record)
    change(copy)
    cases.push([`${label} / ${path} wrong`, copy])
  }
  const keys = Object.keys(record).filter((key) => record[key] !== null)
  for (const key of keys.slice(0, 12)) spoil(key, (copy) => (copy[key] = wrongType(record[key])))
  for (const key of keys) {
    const inner = Array.isArray(record[key]) ? record[key][0] : record[key]
    if (!isObject(inner)) continue
    const innerKeys = Object.keys(inner).filter((name) => inner[name] !== null)
    for (const name of innerKeys.slice(0, 4)) {
      spoil(`${key}.${name}`, (copy) => {
        const target = Array.isArray(copy[key]) ? copy[key][0] : copy[key]
        target[name] = wrongType(inner[name])
      })
    }
  }
  return cases
}

function allCases() {
  const cases = []
  for (const [label, entity, value] of goodRecords()) {
    cases.push({ label, entity, value })
    const records = Array.isArray(value) ? value : [value]
    for (const [spoiledLabel, copy] of spoiled(label, records[0]))
      cases.push({ label: spoiledLabel, entity, value: copy })
  }
  cases.push({ label: 'a string for a ticket', entity: 'Faults', value: 'ticket' })
  cases.push({ label: 'null for a user', entity: 'Users', value: null })
  cases.push({ label: 'a list with a number for an action', entity: 'Actions', value: [{ id: 1 }, 7] })
  return cases
}

/**
 * What strict response validation reports for `value`: null when it passes, else the issues by path
 * (the error's message is made of them).
 */
function answer(schemas, entity, value) {
  try {
    validateRecords(
      value,
      { entity, method: 'GET', url: 'https://halo.example.invalid/api/x', status: 200 },
      { mode: 'strict', schemas, logger: undefined },
    )
    return null
  } catch (error) {
    if (error?.name !== 'HaloValidationError') throw error
    return error.errors
  }
}

/** Every answer, by case, checking that every domain package holding the entity answers the same. */
function answers() {
  const result = {}
  for (const { label, entity, value } of allCases()) {
    const holders = domains.filter((domain) => domain.schemas[entity] !== undefined)
    expect(holders.length, `no package has a schema for ${entity}`).toBeGreaterThan(0)
    const [first, ...others] = holders.map((domain) => answer(domain.schemas, entity, value))
    for (const other of others) expect(other, label).toEqual(first)
    result[label] = first
  }
  return result
}

describe('response validation answers on fixture records', () => {
  const actual = answers()

  if (process.env.RECORD_SCHEMA_ANSWERS === '1') {
    writeFileSync(ANSWERS, `${JSON.stringify(actual, null, 2)}\n`)
  }
  const expected = JSON.parse(readFileSync(ANSWERS, 'utf8'))

  it('covers good records and spoiled ones', () => {
    const verdicts = Object.values(expected)
    expect(verdicts.filter((verdict) => verdict === null).length).toBeGreaterThan(20)
    expect(verdicts.filter((verdict) => verdict !== null).length).toBeGreaterThan(200)
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort())
  })

  it('answers every case as recorded', () => {
    for (const [label, verdict] of Object.entries(expected)) expect(actual[label], label).toEqual(verdict)
  })

  it('passes good records through unchanged', async () => {
    const v = await import('valibot')
    const tickets = domains.find((domain) => domain.name === 'tickets').schemas
    const ticket = liveShapedTicket()
    expect(v.parse(tickets.Faults, ticket)).toEqual(ticket)
  })
})
