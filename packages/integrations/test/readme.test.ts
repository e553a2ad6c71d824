import { readFileSync } from 'node:fs'
import * as haloCore from '@halo/core'
import { readmeBlocks, runReadmeBlocks, typecheckReadmeBlocks, useHaloMock } from '@halo/test-support'
import { expect, it } from 'vitest'
import * as integrationsPackage from '../src/index.js'

const { mock, core } = useHaloMock()
// The package under test, for type-checking its README examples against its source.
const self = { name: '@halo/integrations', entry: 'src/index.ts', packageDir: new URL('..', import.meta.url) }
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

it('runs the README Operations example against the simulated Halo', async () => {
  const blocks = readmeBlocks(readme, 'Operations')
  expect(blocks).toHaveLength(1)
  const logs = await runReadmeBlocks(blocks, {
    // The README's createHaloCore gets the core wired to the simulated Halo.
    '@halo/core': { ...haloCore, createHaloCore: () => core() },
    '@halo/integrations': integrationsPackage,
  })
  const byLabel = new Map(logs.map(([label, ...values]) => [label, values]))
  expect(byLabel.get('created')).toEqual(['Ticket updates'])
  expect(byLabel.get('fetched')).toEqual(['https://hooks.example.com/halo'])
  expect(byLabel.get('listed')).toEqual([true])
  const operations = mock.requests.map((request) => `${request.method} ${request.path}`)
  expect(operations).toContainEqual(expect.stringMatching(/^POST \/api\/Webhook$/i))
  expect(operations).toContainEqual(expect.stringMatching(/^DELETE \/api\/Webhook\/[\w-]+$/i))
})

it('marks every ts block outside Operations as no-run, so none is skipped by accident', () => {
  const labels = [...readme.matchAll(/```ts(.*)\n/g)].map((m) => m[1])
  expect(labels.filter((label) => label !== '' && label !== ' no-run')).toEqual([])
  expect(labels.filter((label) => label === '').length).toBe(readmeBlocks(readme, 'Operations').length)
})

it('type-checks every README example, the no-run ones included', () => {
  const run = readmeBlocks(readme, 'Operations')
  expect(typecheckReadmeBlocks(run, self)).toEqual([])
  const noRun = [...readme.matchAll(/```ts no-run\n([\s\S]*?)```/g)].map((m) => m[1] ?? '')
  expect(noRun).toHaveLength(1)
  expect(typecheckReadmeBlocks([...run, ...noRun], self)).toEqual([])
  // The check is live: a wrong field in an example would be reported.
  const wrong = [...run, 'await upsertWebhooks(core, { body: [{ name: 1 }] })']
  expect(typecheckReadmeBlocks(wrong, self).join('\n')).toMatch(/'number' is not assignable to type 'string'/)
}, 120_000)
