import { spawn } from 'node:child_process'
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { useHaloMockServer } from '@halo/test-support/halo-mock-server'
import { describe, expect, it } from 'vitest'
import { baseEnv, HALO_BIN, useTemporaryFolder } from './support/run-halo.js'

const TICKETS = 5_000
const PAGES = TICKETS / 100
const BIG = 300_000

const out = useTemporaryFolder('export-streaming')

// The memory shape of an export, seen from outside. CSV and Excel need every column in their header,
// so the records go first to an NDJSON spool beside the destination: it grows page by page while most
// pages are still to come, so the process holds a page (plus the few the list reads ahead), never the
// whole export. Holding the records in memory until the last page would leave the spool empty until then.
describe('halo export spools to disk as the pages arrive', () => {
  const halo = useHaloMockServer({ ticketCount: TICKETS })

  for (const format of ['csv', 'xlsx'] as const) {
    it(`${format}: the spool grows while most of the ${PAGES} pages are still to come`, {
      timeout: BIG,
    }, async () => {
      halo.mock.faults.add({ kind: 'latency', ms: 200, match: { method: 'GET', path: '/Tickets' } })
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
        halo.mock.requests.filter((r) => /\/api\/tickets$/i.test(r.path) && r.status === 200).length
      const spoolSize = async (): Promise<number> => {
        const spool = (await readdir(out.dir)).find(
          (name) => name.startsWith(`.growing.${format}.`) && name.endsWith('.spool.ndjson'),
        )
        return spool ? ((await stat(join(out.dir, spool)).catch(() => undefined))?.size ?? 0) : 0
      }
      // The spool's size at two moments, each with the pages answered by then.
      const seen: { size: number; pages: number }[] = []
      const deadline = Date.now() + 240_000
      while (Date.now() < deadline && seen.length < 2) {
        const size = await spoolSize()
        if (size > (seen.at(-1)?.size ?? 0)) seen.push({ size, pages: pagesAnswered() })
        else await new Promise((resolve) => setTimeout(resolve, 50))
      }
      child.kill('SIGINT')
      const code = await exited
      halo.mock.faults.clear()
      expect(seen).toHaveLength(2)
      // Records on disk while fewer than a quarter of the pages were in, and more as more pages came.
      expect(seen[1]?.pages ?? PAGES).toBeLessThan(PAGES / 4)
      expect(seen[1]?.size ?? 0).toBeGreaterThan(seen[0]?.size ?? 0)
      // Stopped halfway: exit 130, no file (not even half of one), no spool and no temporary file.
      expect(code).toBe(130)
      await expect(stat(file)).rejects.toThrow()
      expect((await readdir(out.dir)).filter((name) => name.startsWith(`.growing.${format}`))).toEqual([])
    })
  }
})
