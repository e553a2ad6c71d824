// A SQLite mirror's path is checked before the store opens it, and a wrong one is named in the
// error (SQLite's own message names neither the path nor what is wrong).
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sqliteStore } from '../src/index.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'halo-sync-path-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('sqliteStore(path) on a path that cannot be opened', () => {
  it('names a missing folder, with code ENOENT, and makes nothing', async () => {
    const folder = join(dir, 'reports')
    const store = sqliteStore(join(folder, 'halo.db'))
    const opening = store.open()
    await expect(opening).rejects.toThrow(
      `cannot make the SQLite mirror "${join(folder, 'halo.db')}": its folder "${folder}" does not exist`,
    )
    await expect(opening).rejects.toMatchObject({ code: 'ENOENT', path: folder })
    await store.close()
    expect(readdirSync(dir)).toEqual([])
  })

  it('makes a new mirror in a folder that exists', async () => {
    const path = join(dir, 'halo.db')
    const store = sqliteStore(path)
    try {
      await store.open()
      expect(existsSync(path)).toBe(true)
    } finally {
      await store.close()
    }
  })
})
