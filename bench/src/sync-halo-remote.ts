// Starts sync-halo-process.ts in a child process (the same runtime and loader as this one, so it
// runs from TypeScript under tsx) and talks to it over IPC.
import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { HaloCommand, HaloJobFigures, HaloProcessSettings } from './sync-halo-process.js'

type CommandBody<T> = T extends { readonly id: number } ? Omit<T, 'id'> : never

export interface RemoteHalo {
  /** `http://127.0.0.1:<port>` */
  readonly url: string
  /** Forgets the request log and starts counting the Halo process's CPU. */
  startJob(): Promise<void>
  jobFigures(): Promise<HaloJobFigures>
  /** Changes `count` tickets (one in seven from the first), outside any measurement. */
  changeTickets(count: number, round: number): Promise<void>
  agentNames(): Promise<string[]>
  close(): Promise<void>
}

interface Reply {
  readonly id: number
  readonly value?: unknown
  readonly error?: string
}

export async function startRemoteHalo(settings: HaloProcessSettings): Promise<RemoteHalo> {
  const entry = fileURLToPath(new URL('./sync-halo-process.ts', import.meta.url))
  const child = fork(entry, [JSON.stringify(settings)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>()
  let nextId = 1
  const exited = new Promise<never>((_, reject) => {
    child.once('exit', (code) => {
      const error = new Error(`the simulated Halo process exited with ${code}`)
      for (const waiting of pending.values()) waiting.reject(error)
      reject(error)
    })
  })
  exited.catch(() => undefined)
  child.on('message', (reply: Reply) => {
    const waiting = pending.get(reply.id)
    if (waiting === undefined) return
    pending.delete(reply.id)
    if (reply.error !== undefined) waiting.reject(new Error(reply.error))
    else waiting.resolve(reply.value)
  })
  const url = await Promise.race([
    new Promise<unknown>((resolve, reject) => pending.set(0, { resolve, reject })),
    exited,
  ])
  const send = <T>(command: CommandBody<HaloCommand>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject })
      child.send({ ...command, id })
    })
  return {
    url: String(url),
    startJob: () => send<void>({ type: 'start-job' }),
    jobFigures: () => send<HaloJobFigures>({ type: 'job-figures' }),
    changeTickets: (count, round) => send<void>({ type: 'change-tickets', count, round }),
    agentNames: () => send<string[]>({ type: 'agent-names' }),
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.disconnect()
      }),
  }
}
