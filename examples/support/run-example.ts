// Lets every example run on its own (`tsx examples/tickets.ts`) against a simulated Halo started in
// the same process, while tests import the same `run` function and hand it their own client.
import { realpathSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { HaloClient } from '@halo/client'
import { mockCredentials, type RunningHaloMock, startHaloMock } from '@halo/mock'

/** What every example exports: it talks to Halo through `halo` and reports through `log`. */
export type Example<T = unknown> = (halo: HaloClient, log: (line: string) => void) => Promise<T>

/** A simulated Halo on loopback and a client connected to it. */
export interface SimulatedHalo {
  readonly halo: HaloClient
  readonly server: RunningHaloMock
}

/** Starts the simulated Halo (`@halo/mock`) on a free loopback port and connects a client to it. */
export async function startSimulatedHalo(): Promise<SimulatedHalo> {
  const server = await startHaloMock({ port: 0 })
  // Loopback http is allowed without `allowInsecureHttp`; the mock's rate limit is off, so is ours.
  const halo = new HaloClient({ baseUrl: server.url, ...mockCredentials, rateLimit: false })
  return { halo, server }
}

/** True when `moduleUrl` is the script node was started with (not imported by a test). */
export function isMainModule(moduleUrl: string): boolean {
  const entry = process.argv[1]
  if (entry === undefined) return false
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(moduleUrl))
  } catch {
    return false
  }
}

/** Runs `example` against a fresh simulated Halo when its module is the entry point. */
export async function runWhenMain(moduleUrl: string, example: Example): Promise<void> {
  if (!isMainModule(moduleUrl)) return
  const { halo, server } = await startSimulatedHalo()
  try {
    await example(halo, (line) => console.log(line))
  } catch (error) {
    console.error(error instanceof Error ? `Example failed: ${error.message}` : error)
    process.exitCode = 1
  } finally {
    await server.close()
  }
}
