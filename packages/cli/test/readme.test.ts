import { spawn } from 'node:child_process'
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { baseEnv, HALO_BIN, useTemporaryFolder } from './support/run-halo.js'

const README = fileURLToPath(new URL('../README.md', import.meta.url))

/** The ```sh blocks of the README's "## Guide" section, in order. */
function guideBlocks(markdown: string): string[] {
  const start = markdown.indexOf('\n## Guide\n')
  const rest = markdown.slice(start + 1)
  const end = rest.indexOf('\n## ', 3)
  return [...rest.slice(0, end).matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1] ?? '')
}

const work = useTemporaryFolder('readme')

describe('README guide', () => {
  it('runs every command of the guide, in order, in a real shell against the simulated Halo', {
    timeout: 420_000,
  }, async () => {
    const blocks = guideBlocks(await readFile(README, 'utf8'))
    expect(blocks.length).toBeGreaterThanOrEqual(6)
    // `halo` on the PATH is the built binary.
    const bin = join(work.dir, 'bin')
    await mkdir(bin)
    await writeFile(
      join(bin, 'halo'),
      `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(HALO_BIN)} "$@"\n`,
    )
    await chmod(join(bin, 'halo'), 0o755)
    // A failing command ends the script; the trap then stops the background `halo mock` too, whose
    // open stderr would otherwise keep the test waiting until its timeout.
    const script = `set -euo pipefail\ntrap 'kill $(jobs -p) 2>/dev/null || true' EXIT\n${blocks.join('\n')}\nwait\n`
    const env = baseEnv({
      HALO_CONFIG_DIR: join(work.dir, 'config'),
      PATH: `${bin}:${process.env.PATH ?? ''}`,
    })
    const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
      (resolve, reject) => {
        const child = spawn('bash', ['--norc', '-c', script], {
          cwd: work.dir,
          env,
          stdio: ['ignore', 'pipe', 'pipe'],
        })
        let stdout = ''
        let stderr = ''
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
          stdout += chunk
        })
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
          stderr += chunk
        })
        child.on('error', reject)
        child.on('close', (code) => resolve({ code, stdout, stderr }))
      },
    )
    expect(result.code, result.stderr).toBe(0)
    const config = JSON.parse(await readFile(join(work.dir, 'config', 'config.json'), 'utf8'))
    expect(config.defaultProfile).toBe('demo')
    expect(result.stderr).toContain('Skipping 2 rows already created')
    const results = await readFile(join(work.dir, 'import-results.csv'), 'utf8')
    expect(
      results
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split(',')[1]),
    ).toEqual(['created', 'created'])
    for (const file of [
      'incidents.csv',
      'incident-fields.csv',
      'incident-values.csv',
      'northwind-assets.xlsx',
      'open-tickets.csv',
      'weekly.csv',
      'weekly.pdf',
      'latest.xlsx',
      'halo-completion.bash',
    ]) {
      expect((await stat(join(work.dir, file))).size, file).toBeGreaterThan(0)
    }
  })
})
