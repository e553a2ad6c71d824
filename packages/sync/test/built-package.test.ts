// The built package (what npm installs) starts its SQLite worker from dist/ in both module formats,
// and neither an open nor a closed store keeps the process alive. Runs after `build` (nx: test
// depends on it), in a plain Node process with no TypeScript loader.
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const script = fileURLToPath(new URL('./support/built-package-sync.mjs', import.meta.url))

interface Outcome {
  readonly code: number | null
  readonly signal: string | null
  readonly stdout: string
  readonly stderr: string
}

/** Runs the script; a process still alive after `limitMs` is killed, which the assertions then show. */
async function runBuilt(args: readonly string[], limitMs = 60_000): Promise<Outcome> {
  const env = { ...process.env }
  delete env.FORCE_COLOR
  delete env.NODE_OPTIONS
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const timer = setTimeout(() => child.kill('SIGKILL'), limitMs)
  const [code, signal] = (await once(child, 'exit')) as [number | null, string | null]
  clearTimeout(timer)
  return { code, signal, stdout, stderr }
}

describe.each(['esm', 'cjs'])('the built package (%s)', (format) => {
  it('syncs through its worker thread and ends the thread on close()', async () => {
    const outcome = await runBuilt([format])
    expect(outcome.stderr).toBe('')
    expect({ code: outcome.code, signal: outcome.signal }).toEqual({ code: 0, signal: null })
    const line = JSON.parse(outcome.stdout) as Record<string, unknown>
    expect(line.tickets).toBe(120)
    expect(line.actions).toBeGreaterThan(120)
    expect(line.fetched).toEqual([120, line.actions])
    expect(line.workersOpen).toBe(1)
    expect(line.workersAfter).toBe(0)
  })

  it('lets the process end by itself when the store is left open', async () => {
    const outcome = await runBuilt([format, 'leave-open'])
    expect({ code: outcome.code, signal: outcome.signal }).toEqual({ code: 0, signal: null })
    expect(JSON.parse(outcome.stdout)).toMatchObject({ tickets: 120, workersOpen: 1, workersAfter: 1 })
  })
})

/** The files a built module loads: itself and, transitively, the relative imports in it. */
function loadedFiles(entry: URL): Map<string, string> {
  const files = new Map<string, string>()
  const visit = (url: URL) => {
    if (files.has(url.href)) return
    const text = readFileSync(url, 'utf8')
    files.set(url.href, text)
    for (const [, specifier] of text.matchAll(/(?:from|require\()\s*["'](\.[^"']+)["']/g))
      visit(new URL(specifier as string, url))
  }
  visit(entry)
  return files
}

describe('the SQLite worker thread built', () => {
  it.each(['js', 'cjs'])(
    'loads no @halo/core (%s): importing it there cost the worker about 60 ms of start-up',
    (ext) => {
      const files = loadedFiles(new URL(`../dist/sqlite-worker.${ext}`, import.meta.url))
      expect(files.size).toBeGreaterThan(0)
      for (const [file, text] of files)
        expect({ file, loadsCore: /["']@halo\/core["']/.test(text) }).toEqual({ file, loadsCore: false })
    },
  )
})
