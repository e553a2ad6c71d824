import { readFileSync } from 'node:fs'
import * as haloCore from '@halo/core'
import { seed } from '@halo/mock'
import { readmeBlocks, runReadmeBlocks, typecheckReadmeBlocks, useHaloMock } from '@halo/test-support'
import { expect, it } from 'vitest'
import * as assetsPackage from '../src/index.js'

const { mock, core } = useHaloMock()
// The package under test, for type-checking its README examples against its source.
const self = { name: '@halo/assets', entry: 'src/index.ts', packageDir: new URL('..', import.meta.url) }

it('runs the README Resources examples against the simulated Halo', async () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  const blocks = readmeBlocks(readme, 'Resources')
  expect(blocks.length).toBeGreaterThanOrEqual(6)
  mock.state.assets.update(seed.assetId, {
    customfields: [{ id: 41, name: 'CFbudgetCode', value: 'IT-2024' }],
  })

  const logs = await runReadmeBlocks(blocks, {
    // The README's createHaloCore gets the core wired to the simulated Halo.
    '@halo/core': { ...haloCore, createHaloCore: () => core() },
    '@halo/assets': assetsPackage,
  })
  const byLabel = new Map(logs.map(([label, ...values]) => [label, values]))
  const laptops = mock.state.assets.filter((a) => a.client_id === seed.clientId && a.assettype_id === 1)
  expect(byLabel.get('laptops')).toEqual([laptops.length, true])
  expect(byLabel.get('streamed')).toEqual([3])
  expect(byLabel.get('search')).toEqual([mock.state.assets.get(seed.assetId)?.inventory_number])
  expect(byLabel.get('software')).toEqual([true, true])
  expect(byLabel.get('updated')).toEqual(['Battery replaced'])
  expect(mock.state.assets.get(seed.assetId)?.notes).toBe('Battery replaced')
  expect(byLabel.get('created')).toEqual(['NL-LT-0999'])
  expect(mock.state.assets.find((a) => a.inventory_number === 'NL-LT-0999')).toBeUndefined()
  expect(byLabel.get('custom fields')).toEqual([{ CFbudgetCode: 'IT-2024' }])
  expect(byLabel.get('next tag')).toEqual([true])
  expect(byLabel.get('types')).toEqual([true, true])
})

it('marks every ts block outside Resources as no-run, so none is skipped by accident', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  const labels = [...readme.matchAll(/```ts(.*)\n/g)].map((m) => m[1])
  expect(labels.filter((label) => label !== '' && label !== ' no-run')).toEqual([])
  expect(labels.filter((label) => label === '').length).toBe(readmeBlocks(readme, 'Resources').length)
})

it('type-checks the README Resources examples', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  const blocks = readmeBlocks(readme, 'Resources')
  expect(typecheckReadmeBlocks(blocks, self)).toEqual([])
  // The check is live: a wrong wire name in an example would be reported.
  const wrong = [...blocks, 'await assets(core).list({ asset_type_id: 5 })']
  expect(typecheckReadmeBlocks(wrong, self).join('\n')).toMatch(/asset_type_id/)
}, 120_000)
