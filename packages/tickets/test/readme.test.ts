import { readFileSync } from 'node:fs'
import * as fsPromises from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import * as haloCore from '@halo/core'
import { seed } from '@halo/mock'
import { readmeBlocks, runReadmeBlocks, useHaloMock } from '@halo/test-support'
import { afterAll, expect, it } from 'vitest'
import * as ticketsPackage from '../src/index.js'
import { callsTo } from './resources/support.js'

const halo = useHaloMock({ core: { retry: false } })
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

// The README saves an attachment into a folder it makes with mkdtemp; the folders are removed afterwards.
const madeFolders: string[] = []
const fsForReadme = {
  ...fsPromises,
  mkdtemp: async (prefix: string) => {
    const folder = await fsPromises.mkdtemp(prefix)
    madeFolders.push(folder)
    return folder
  },
}
afterAll(() =>
  Promise.all(madeFolders.map((folder) => fsPromises.rm(folder, { recursive: true, force: true }))),
)

it('runs the README Resources examples against the simulated Halo', async () => {
  const blocks = readmeBlocks(readme, 'Resources')
  expect(blocks.length).toBeGreaterThanOrEqual(12)
  const core = halo.core()
  const logs = await runReadmeBlocks(blocks, {
    // The README's createHaloCore gets the core wired to the simulated Halo.
    '@halo/core': { ...haloCore, createHaloCore: () => core },
    '@halo/tickets': ticketsPackage,
    'node:fs/promises': fsForReadme,
    'node:os': os,
    'node:path': { ...path },
  })
  const byLabel = new Map(logs.map(([label, ...values]) => [label, values]))
  const impact = halo.mock.state.tickets.get(seed.ticketId)?.impact ?? 3

  expect(Object.fromEntries(byLabel)).toEqual({
    'open for client 11': [true],
    streamed: [5],
    search: [true, 'Outlook keeps asking for a password'],
    created: ['Server outage', 2],
    renamed: ['Server outage (Leeds)'],
    restored: ['Deleted by mistake', false],
    batch: [250, 0, 'Imported #250'],
    action: [seed.ticketId, '<p>Restarted the mail service</p>'],
    attachment: ['error_log.txt', true],
    history: [true, true],
    'first action': [1, seed.ticketId],
    upload: ['text/csv', 8],
    saved: ['notes.csv', 8, true],
    impact: [impact],
    urgency: [1],
    'category field': ['category2', 'Category', 'Hardware'],
    'impact values': [['Whole Company', 'Multiple Users', 'Single User']],
    missing: [['Summary']],
    template: [true],
    'sample valid': [3, 0],
    'import error': [2, 'Category'],
    lookups: [true],
    tiers: [['1', '2', '3', '4'], 5],
    'category 3': [['Email', 'File Shares']],
    ids: [seed.statusInProgressId, seed.statusClosedId, seed.ticketTypeId, 2, seed.priorityHighId],
    slas: ['Standard Business Hours', 4],
  })
  // the examples did what they say to the data
  expect(halo.mock.state.tickets.find((t) => t.summary === 'Server outage (Leeds)')?.status_id).toBe(2)
  expect(halo.mock.state.tickets.filter((t) => String(t.summary).startsWith('Imported #'))).toHaveLength(250)
  expect(callsTo(halo, 'GET', '/Status')).toHaveLength(1)
  const restored = halo.mock.state.tickets.find((t) => t.summary === 'Deleted by mistake')
  expect(restored?.deleted).toBe(false)
})

it('marks every ts block outside Resources as no-run, so none is skipped by accident', () => {
  const labels = [...readme.matchAll(/```ts(.*)\n/g)].map((m) => m[1])
  expect(labels.filter((label) => label !== '' && label !== ' no-run')).toEqual([])
  expect(labels.filter((label) => label === '').length).toBe(readmeBlocks(readme, 'Resources').length)
})
