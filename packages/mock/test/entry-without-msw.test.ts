// The main entry (the mock and its loopback server) must load where msw is not installed: msw is an
// optional peer dependency, needed only by `@halo/mock/msw`. The built package is copied into an empty
// project outside the workspace, so nothing can resolve msw, and used from ESM and CommonJS.
import { execFile } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const packageRoot = fileURLToPath(new URL('..', import.meta.url))
let project: string

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'halo-mock-without-msw-'))
  const installed = join(project, 'node_modules', '@halo', 'mock')
  mkdirSync(installed, { recursive: true })
  cpSync(join(packageRoot, 'dist'), join(installed, 'dist'), { recursive: true })
  cpSync(join(packageRoot, 'package.json'), join(installed, 'package.json'))
})
afterAll(() => rmSync(project, { recursive: true, force: true }))

/** Runs a script with the empty project as its working directory. */
async function node(args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, args, { cwd: project, timeout: 30_000 })
  return stdout.trim()
}

const serve = `
  const { url, close } = await startHaloMock({ port: 0 })
  try {
    const response = await fetch(url + '/api/AuthInfo')
    console.log(String(response.status)) // a string: console.log colours numbers under FORCE_COLOR
  } finally {
    await close()
  }`

describe('@halo/mock without msw installed', () => {
  it('cannot resolve msw from the test project (so the checks below prove something)', () => {
    const require = createRequire(join(project, 'index.cjs'))
    expect(() => require.resolve('msw')).toThrow(/Cannot find module 'msw'/)
    expect(require.resolve('@halo/mock')).toContain(project)
  })

  it('serves from the ESM main entry', async () => {
    const script = `import { startHaloMock } from '@halo/mock'\n${serve}`
    expect(await node(['--input-type=module', '-e', script])).toBe('200')
  }, 30_000)

  it('serves from the CommonJS main entry', async () => {
    const script = `const { startHaloMock } = require('@halo/mock');\n(async () => {${serve}\n})()`
    expect(await node(['-e', script])).toBe('200')
  }, 30_000)

  it('needs msw for the @halo/mock/msw entry only, and says which package is missing', async () => {
    const failure = await node(['--input-type=module', '-e', "await import('@halo/mock/msw')"]).then(
      () => undefined,
      (error: { stderr?: string }) => error.stderr ?? '',
    )
    expect(failure).toMatch(/Cannot find (package|module) 'msw'/)
  }, 30_000)
})
