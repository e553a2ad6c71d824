import { readFileSync } from 'node:fs'
import * as haloCore from '@halo/core'
import { seed } from '@halo/mock'
import { apiRequests, readmeBlocks, runReadmeBlocks, useHaloMock } from '@halo/test-support'
import { expect, it } from 'vitest'
import * as adminPackage from '../src/index.js'

const { mock, core } = useHaloMock({ core: { retry: false } })
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

it('runs the README Resources examples against the simulated Halo', async () => {
  const blocks = readmeBlocks(readme, 'Resources')
  expect(blocks.length).toBeGreaterThanOrEqual(5)

  const logs = await runReadmeBlocks(blocks, {
    // The README's createHaloCore gets the core wired to the simulated Halo.
    '@halo/core': { ...haloCore, createHaloCore: () => core() },
    '@halo/admin': adminPackage,
  })

  const byLabel = new Map(logs.map(([label, ...values]) => [label, values]))
  expect(byLabel.get('field')).toEqual(['CFimpact', 'Impact'])
  expect(byLabel.get('values')).toEqual([['Whole Company', 'Multiple Users', 'Single User']])
  expect(byLabel.get('urgency field')).toEqual([166])
  expect(byLabel.get('lookup')).toEqual([123, 3])
  expect(byLabel.get('outcomes')).toEqual([seed.outcomeResolvedId, seed.outcomeNoteId])
  // two outcome lookups, one request
  expect(apiRequests(mock, 'GET /Outcome')).toHaveLength(1)
  expect(byLabel.get('fields')).toEqual([true])
})

it('marks every ts block outside Resources as no-run, so none is skipped by accident', () => {
  const labels = [...readme.matchAll(/```ts(.*)\n/g)].map((m) => m[1])
  expect(labels.filter((label) => label !== '' && label !== ' no-run')).toEqual([])
  expect(labels.filter((label) => label === '').length).toBe(readmeBlocks(readme, 'Resources').length)
})
