import { readFileSync } from 'node:fs'
import * as haloCore from '@halo/core'
import { seed } from '@halo/mock'
import { readmeBlocks, runReadmeBlocks, typecheckReadmeBlocks, useHaloMock } from '@halo/test-support'
import { expect, it } from 'vitest'
import * as kbPackage from '../src/index.js'

const { mock, core } = useHaloMock()
// The package under test, for type-checking its README examples against its source.
const self = { name: '@halo/kb', entry: 'src/index.ts', packageDir: new URL('..', import.meta.url) }
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

it('runs the README Resources examples against the simulated Halo', async () => {
  const blocks = readmeBlocks(readme, 'Resources')
  expect(blocks.length).toBeGreaterThanOrEqual(4)
  const notUsefulBefore = Number(mock.state.kbArticles.get(2)?.notuseful_count)

  const logs = await runReadmeBlocks(blocks, {
    // The README's createHaloCore gets the core wired to the simulated Halo.
    '@halo/core': { ...haloCore, createHaloCore: () => core() },
    '@halo/kb': kbPackage,
  })
  const byLabel = new Map(logs.map(([label, ...values]) => [label, values]))
  expect(byLabel.get('search')).toEqual([true])
  expect(byLabel.get('faq list 1')).toEqual([true])
  expect(byLabel.get('article')).toEqual([mock.state.kbArticles.get(seed.kbArticleId)?.name])
  expect(byLabel.get('useful votes')).toEqual([1])
  expect(mock.state.kbArticles.get(2)?.notuseful_count).toBe(notUsefulBefore + 1)
  expect(mock.state.kbArticles.get(2)?.your_comment).toBe('The screenshots are out of date')
  expect(byLabel.get('faq lists')).toEqual([true, true])
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
  const wrong = [...blocks, 'await kbArticles(core).vote(1, { useful: true })']
  expect(typecheckReadmeBlocks(wrong, self).join('\n')).toMatch(/useful/)
}, 120_000)
