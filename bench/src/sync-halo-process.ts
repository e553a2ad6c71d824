// The simulated Halo of the sync benchmark, in a process of its own (forked by sync-halo-remote.ts),
// so its CPU is not in the client's measured time, as a real Halo's is not. It serves HTTP on
// loopback and takes a few commands over IPC: forget the request log, report what it saw (requests,
// 429s, CPU spent), change tickets, list agent names.
import { createHaloMock, seed, startHaloMock } from '@halo/mock'

export interface HaloProcessSettings {
  readonly tickets: number
  readonly budget: { readonly requests: number; readonly windowMs: number }
  /** Added to Date.now(): the mock's clock runs ahead so every seeded record lies in the past. */
  readonly clockShiftMs: number
}

export type HaloCommand =
  | { readonly id: number; readonly type: 'start-job' }
  | { readonly id: number; readonly type: 'job-figures' }
  | { readonly id: number; readonly type: 'change-tickets'; readonly count: number; readonly round: number }
  | { readonly id: number; readonly type: 'agent-names' }

/** What the simulated Halo saw since `start-job`. */
export interface HaloJobFigures {
  readonly apiRequests: number
  readonly status429: number
  /** CPU time (user + system) the Halo process spent. */
  readonly cpuMs: number
}

const PAGE = 100

async function main(): Promise<void> {
  const settings = JSON.parse(process.argv[2] ?? '{}') as HaloProcessSettings
  const now = () => Date.now() + settings.clockShiftMs
  const mock = createHaloMock({ ticketCount: settings.tickets, rateLimit: settings.budget, now })
  const running = await startHaloMock({ mock, port: 0 })
  let cpuAtStart = process.cpuUsage()

  const changeTickets = async (count: number, round: number): Promise<void> => {
    const token = mock.issueToken()
    for (let start = 0; start < count; start += PAGE) {
      const batch = Array.from({ length: Math.min(PAGE, count - start) }, (_, i) => ({
        id: seed.ticketId + (start + i) * 7,
        summary: `changed in round ${round}`,
      }))
      const response = await mock.handle(
        new Request(`${running.url}/api/Tickets`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify(batch),
        }),
      )
      if (!response.ok) throw new Error(`changing tickets: ${response.status}`)
    }
  }

  const answer = async (command: HaloCommand): Promise<unknown> => {
    switch (command.type) {
      case 'start-job':
        mock.clearRequests()
        cpuAtStart = process.cpuUsage()
        return null
      case 'job-figures': {
        const cpu = process.cpuUsage(cpuAtStart)
        const api = mock.requests.filter((r) => r.path.toLowerCase().startsWith('/api/'))
        return {
          apiRequests: api.length,
          status429: api.filter((r) => r.status === 429).length,
          cpuMs: (cpu.user + cpu.system) / 1000,
        } satisfies HaloJobFigures
      }
      case 'change-tickets':
        await changeTickets(command.count, command.round)
        return null
      case 'agent-names':
        return [...mock.state.agents.values()].map((a) => String(a.name))
    }
  }

  process.on('message', (command: HaloCommand) => {
    answer(command).then(
      (value) => process.send?.({ id: command.id, value }),
      (error: unknown) => process.send?.({ id: command.id, error: String(error) }),
    )
  })
  process.once('disconnect', () => {
    void running.close().then(() => process.exit(0))
  })
  process.send?.({ id: 0, value: running.url })
}

void main()
