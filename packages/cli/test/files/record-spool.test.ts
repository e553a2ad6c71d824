import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createRecordSpool } from '../../src/files/record-spool.js'
import { InterruptGuard } from '../../src/runtime/interrupt-guard.js'
import { useTemporaryFolder } from '../support/run-halo.js'

const out = useTemporaryFolder('record-spool')

describe('the record spool of an export', () => {
  it('keeps every key in the order first seen and gives the records back unchanged, in batches', async () => {
    const spool = createRecordSpool(join(out.dir, 'tickets.csv'))
    const pages = [
      [
        { id: 1, summary: 'line\nbreak, "quoted"' },
        { id: 2, summary: 'Ünïcødé 日本語 \u2028 🎉' },
      ],
      [{ id: 3, summary: 'plain', nested: { a: [1, null] } }],
      [{ id: 4, late: true, summary: null }],
    ]
    for (const page of pages) await spool.append(page)
    expect(spool.keys).toEqual(['id', 'summary', 'nested', 'late'])
    expect(spool.count).toBe(4)
    const batches = []
    for await (const batch of spool.batches(3)) batches.push(batch)
    expect(batches.map((batch) => batch.length)).toEqual([3, 1])
    expect(batches.flat()).toEqual(pages.flat())
    await spool.remove()
    await spool.remove()
    expect(await readdir(out.dir)).toEqual([])
  })

  it('is a hidden file beside the destination that the interrupt guard deletes', async () => {
    const guard = new InterruptGuard()
    const spool = createRecordSpool(join(out.dir, 'assets.xlsx'), guard)
    await spool.append([{ id: 1 }])
    // The file is opened in the background; Ctrl-C can come once it is there.
    await vi.waitFor(() => stat(spool.path), { timeout: 10_000 })
    expect(spool.path.startsWith(join(out.dir, '.assets.xlsx.'))).toBe(true)
    expect(spool.path.endsWith('.spool.ndjson')).toBe(true)
    // What Ctrl-C does: every temporary file still registered is deleted.
    guard.removeTemporaryFiles()
    expect(await readdir(out.dir)).toEqual([])
    await spool.remove()
  })
})
