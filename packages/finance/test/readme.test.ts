import { readFileSync } from 'node:fs'
import * as haloCore from '@halo/core'
import { seed } from '@halo/mock'
import { apiRequests, readmeBlocks, runReadmeBlocks, useHaloMock } from '@halo/test-support'
import { expect, it } from 'vitest'
import * as financePackage from '../src/index.js'

const { mock, core } = useHaloMock({ core: { retry: false } })
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

it('runs the README Resources examples against the simulated Halo', async () => {
  const blocks = readmeBlocks(readme, 'Resources')
  expect(blocks.length).toBeGreaterThanOrEqual(4)
  const suppliersBefore = mock.state.suppliers.size

  const logs = await runReadmeBlocks(blocks, {
    // The README's createHaloCore gets the core wired to the simulated Halo.
    '@halo/core': { ...haloCore, createHaloCore: () => core() },
    '@halo/finance': financePackage,
  })

  const byLabel = new Map(logs.map(([label, ...values]) => [label, values]))
  expect(byLabel.get('invoices have lines')).toEqual([true])
  expect(byLabel.get('invoice note')).toEqual(['Paid by bank transfer'])
  expect(mock.state.invoices.get(seed.invoiceId)?.notes_1).toBe('Paid by bank transfer')
  expect(apiRequests(mock, 'POST /Invoice/PDF/{id}')[0]?.path).toBe(`/api/Invoice/PDF/${seed.invoiceId}`)
  expect(byLabel.get('invoice pdf')).toEqual(['%PDF', true])
  expect(byLabel.get('quote created')).toEqual([true])
  expect(byLabel.get('quote converted')).toEqual([true])
  const [converted] = (apiRequests(mock, 'POST /Quotation').at(-1)?.body ?? []) as { id: number }[]
  expect(converted).toEqual({ id: expect.any(Number), _create_so: true })
  expect(mock.state.salesOrders.find((o) => o.quotation_id === converted?.id)).toBeDefined()
  expect(byLabel.get('items found')).toEqual([true])
  expect(byLabel.get('suppliers created')).toEqual([2, 0])
  // one supplier created and deleted, two created in one batch
  expect(mock.state.suppliers.size).toBe(suppliersBefore + 2)
  expect(byLabel.get('contracts')).toEqual([true])
  expect(apiRequests(mock, 'POST /ClientContract/NextRef')[0]?.body).toEqual([{ client_id: seed.clientId }])
  expect(byLabel.get('recurring invoices')).toEqual([true])
})

it('marks every ts block outside Resources as no-run, so none is skipped by accident', () => {
  const labels = [...readme.matchAll(/```ts(.*)\n/g)].map((m) => m[1])
  expect(labels.filter((label) => label !== '' && label !== ' no-run')).toEqual([])
  expect(labels.filter((label) => label === '').length).toBe(readmeBlocks(readme, 'Resources').length)
})
