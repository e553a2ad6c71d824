import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { staleFiles, writeFiles } from '../src/output.mjs'

describe('generated output on disk', () => {
  let root = ''
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'codegen-output-'))
    await mkdir(join(root, 'packages/kb/src/generated'), { recursive: true })
    await writeFile(join(root, 'packages/kb/src/generated/old.ts'), 'old')
    await writeFile(join(root, 'packages/kb/src/generated/index.ts'), 'before')
    await writeFile(join(root, 'packages/kb/src/hand-written.ts'), 'mine')
  })
  afterEach(() => rm(root, { recursive: true, force: true }))

  const files = new Map([
    ['packages/kb/src/generated/index.ts', 'after'],
    ['packages/kb/test/generated/cases.ts', 'cases'],
  ])

  it('lists stale, missing and no longer generated files', async () => {
    expect(await staleFiles(root, files, ['kb'])).toEqual([
      { path: 'packages/kb/src/generated/index.ts', reason: 'differs' },
      { path: 'packages/kb/src/generated/old.ts', reason: 'no longer generated' },
      { path: 'packages/kb/test/generated/cases.ts', reason: 'missing' },
    ])
  })

  it('writes and prunes only inside generated folders', async () => {
    await writeFiles(root, files, ['kb'])
    expect(await staleFiles(root, files, ['kb'])).toEqual([])
    expect(await readFile(join(root, 'packages/kb/src/generated/index.ts'), 'utf8')).toBe('after')
    expect(await readFile(join(root, 'packages/kb/src/hand-written.ts'), 'utf8')).toBe('mine')
  })
})
