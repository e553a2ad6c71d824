import { spawn } from 'node:child_process'
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { useMockHalo } from './support/mock-halo.js'
import { baseEnv, HALO_BIN, temporaryFolder } from './support/run-halo.js'

const TICKETS = 5_000
const PAGES = TICKETS / 100
const BIG = 300_000

let out: { dir: string; remove: () => Promise<void> }
beforeAll(async () => {
  out = await temporaryFolder('export-streaming')
})
afterAll(async () => {
  await out.remove()
})

// The memory shape of an export, seen from outside: records reach the disk page by page while most
// pages are still to come, so the process holds a page (plus the few the list reads ahead), never the
// whole export. The buffering export this replaced wrote nothing until the last page was in.
describe('halo export streams to its file', () => {
  const halo = useMockHalo({ ticketCount: TICKETS })

  for (const format of ['csv', 'xlsx'] as const) {
    it(`${format}: the temporary file grows while most of the ${PAGES} pages are still to come`, {
      timeout: BIG,
    }, async () => {
      halo.server.mock.faults.add({ kind: 'latency', ms: 200, match: { method: 'GET', path: '/Tickets' } })
      const file = join(out.dir, `growing.${format}`)
      const child = spawn(
        process.execPath,
        [HALO_BIN, 'export', 'tickets', '--format', format, '--out', file],
        {
          env: baseEnv(halo.env()),
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      )
      child.stdout.resume()
      child.stderr.resume()
      const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)))
      const pagesAnswered = () =>
        halo.apiRequests().filter((r) => /\/api\/tickets$/i.test(r.path) && r.status === 200).length
      // What the file holds before any record: nothing for CSV, the workbook's fixed parts for Excel.
      const before = format === 'xlsx' ? 2_000 : 0
      let pagesAtFirstRecords: number | undefined
      const deadline = Date.now() + 240_000
      while (Date.now() < deadline && pagesAtFirstRecords === undefined) {
        const temporary = (await readdir(out.dir)).find(
          (name) => name.startsWith(`.growing.${format}`) && name.endsWith('.tmp'),
        )
        const size = temporary ? (await stat(join(out.dir, temporary)).catch(() => undefined))?.size : 0
        if (size !== undefined && size > before) pagesAtFirstRecords = pagesAnswered()
        else await new Promise((resolve) => setTimeout(resolve, 50))
      }
      child.kill('SIGINT')
      const code = await exited
      halo.server.mock.faults.clear()
      expect(pagesAtFirstRecords).toBeDefined()
      expect(pagesAtFirstRecords ?? PAGES).toBeLessThan(PAGES / 4)
      // Stopped halfway: exit 130 and no file, not even half of one.
      expect(code).toBe(130)
      await expect(stat(file)).rejects.toThrow()
      expect((await readdir(out.dir)).filter((name) => name.startsWith(`.growing.${format}`))).toEqual([])
    })
  }
})
