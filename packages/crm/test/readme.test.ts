import { readFileSync } from 'node:fs'
import * as haloCore from '@halo/core'
import { seed } from '@halo/mock'
import { apiRequests, readmeBlocks, runReadmeBlocks, useHaloMock } from '@halo/test-support'
import { expect, it } from 'vitest'
import * as crmPackage from '../src/index.js'

const { mock, core } = useHaloMock({ core: { retry: false } })
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

it('runs the README Resources examples against the simulated Halo', async () => {
  const blocks = readmeBlocks(readme, 'Resources')
  expect(blocks.length).toBeGreaterThanOrEqual(5)

  const logs = await runReadmeBlocks(blocks, {
    // The README's createHaloCore gets the core wired to the simulated Halo.
    '@halo/core': { ...haloCore, createHaloCore: () => core() },
    '@halo/crm': crmPackage,
  })

  const byLabel = new Map(logs.map(([label, ...values]) => [label, values]))
  expect(byLabel.get('me')).toEqual(['Jordan Ellis'])
  expect(byLabel.get('agent')).toEqual(['Halo API'])
  expect(byLabel.get('client')).toEqual(['Northwind Logistics', true, true, true])
  expect(byLabel.get('roles')).toEqual([['Standard User', 'Key Contact', 'Site Manager']])
  // addRole then removeRole: the user ends with the roles they started with
  expect(apiRequests(mock, 'POST /Users').map((r) => r.body)).toEqual([
    [{ id: seed.userId, roles: [{ id: 1 }, { id: 2 }, { id: 5 }] }],
    [{ id: seed.userId, roles: [{ id: 1 }, { id: 2 }] }],
  ])
  expect(byLabel.get('ids')).toEqual([seed.agentId, seed.teamId])
  expect(byLabel.get('custom fields')).toEqual([{}])
  expect(apiRequests(mock, 'POST /Client').at(-1)?.body).toEqual([
    { id: seed.clientId, customfields: [{ name: 'CFaccountTier', value: 'Gold' }] },
  ])
})

it('marks every ts block outside Resources as no-run, so none is skipped by accident', () => {
  const labels = [...readme.matchAll(/```ts(.*)\n/g)].map((m) => m[1])
  expect(labels.filter((label) => label !== '' && label !== ' no-run')).toEqual([])
  expect(labels.filter((label) => label === '').length).toBe(readmeBlocks(readme, 'Resources').length)
})
