import { readFileSync } from 'node:fs'
import { readmeBlocks, typecheckReadmeBlocks } from '@halo/test-support'
import { expect, it } from 'vitest'

const self = { name: '@halo/types', entry: 'src/index.ts', packageDir: new URL('..', import.meta.url) }
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

it('type-checks the README Usage example', () => {
  const blocks = readmeBlocks(readme, 'Usage')
  expect(blocks.length).toBe(1)
  expect(typecheckReadmeBlocks(blocks, self)).toEqual([])
  // The check is live: a field the types lack would be reported.
  const wrong = [
    ...blocks,
    "export const nope = (ticket: import('@halo/types').Ticket) => ticket.priorityName",
  ]
  expect(typecheckReadmeBlocks(wrong, self).join('\n')).toMatch(/priorityName/)
}, 120_000)
