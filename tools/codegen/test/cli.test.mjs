import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const cli = fileURLToPath(new URL('../src/cli.mjs', import.meta.url))

describe('codegen --check', () => {
  it('skips, saying why, when the spec is absent', async () => {
    const { stdout } = await run(process.execPath, [cli, '--check', '--spec', '/nonexistent/openapi.json'])
    expect(stdout).toMatch(/skipped, the spec is not at \/nonexistent\/openapi.json/)
    expect(stdout).toContain('To run it: npm run codegen -- --check --spec')
  })
})
