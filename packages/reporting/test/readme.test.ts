import { readFileSync } from 'node:fs'
import * as haloCore from '@halo/core'
import { seed } from '@halo/mock'
import {
  apiRequests,
  readmeBlocks,
  runReadmeBlocks,
  typecheckReadmeBlocks,
  useHaloMock,
} from '@halo/test-support'
import { expect, it } from 'vitest'
import * as reportingPackage from '../src/index.js'

const { mock, core } = useHaloMock()
// The package under test, for type-checking its README examples against its source.
const self = { name: '@halo/reporting', entry: 'src/index.ts', packageDir: new URL('..', import.meta.url) }
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

it('runs the README Resources examples against the simulated Halo', async () => {
  const blocks = readmeBlocks(readme, 'Resources')
  expect(blocks.length).toBeGreaterThanOrEqual(6)

  const logs = await runReadmeBlocks(blocks, {
    // The README's createHaloCore gets the core wired to the simulated Halo.
    '@halo/core': { ...haloCore, createHaloCore: () => core() },
    '@halo/reporting': reportingPackage,
  })
  const byLabel = new Map(logs.map(([label, ...values]) => [label, values]))
  expect(byLabel.get('rows')).toEqual(['Open tickets by client', true, ['Client', 'Open Tickets']])
  expect(byLabel.get('search')).toEqual([['Agent workload']])
  expect(byLabel.get('sql')).toEqual([5, ['faultid', 'symptom']])
  expect(byLabel.get('delete')).toEqual(['refused'])
  expect(byLabel.get('load error')).toEqual([true])
  expect(byLabel.get('pdf')).toEqual(['%PDF', true])
  expect(byLabel.get('bookmarked')).toEqual([true])
  expect(mock.state.reports.get(seed.reportId)?.bookmarked).toBe(true)
  expect(byLabel.get('exports')).toEqual(['\uFEFFClient,Open Tickets', true])
  expect(byLabel.get('sql exports')).toEqual(['faultid,Summary', true])
  expect(byLabel.get('dashboard')).toEqual(['Service Desk Overview', [1, 4]])
  // The refused DELETE never reached Halo: the only POST /Report calls are the two SELECTs.
  expect(apiRequests(mock, 'POST /Report').map((r) => (r.body as { sql: string }[])[0]?.sql)).toEqual([
    'SELECT TOP 5 faultid, symptom FROM faults ORDER BY faultid',
    'SELECT nothing FROM nowhere',
  ])
})

it('marks every ts block outside Resources as no-run, so none is skipped by accident', () => {
  const labels = [...readme.matchAll(/```ts(.*)\n/g)].map((m) => m[1])
  expect(labels.filter((label) => label !== '' && label !== ' no-run')).toEqual([])
  expect(labels.filter((label) => label === '').length).toBe(readmeBlocks(readme, 'Resources').length)
})

it('type-checks the README Resources examples', () => {
  const blocks = readmeBlocks(readme, 'Resources')
  expect(typecheckReadmeBlocks(blocks, self)).toEqual([])
  // The check is live: a wrong option in an example would be reported.
  const wrong = [...blocks, "await reports(core).runSql('SELECT 1', { maxRows: 5 })"]
  expect(typecheckReadmeBlocks(wrong, self).join('\n')).toMatch(/maxRows/)
}, 120_000)
