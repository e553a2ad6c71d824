// The simulated Halo of the sync benchmark, in a process of its own (forked by sync-halo-remote.ts),
// so its CPU is not in the client's measured time, as a real Halo's is not. It serves HTTP on
// loopback and takes a few commands over IPC: forget the request log, report what it saw (requests,
// 429s, CPU spent), change tickets, list agent names.
import { createHaloMock, mockCredentials, seed, startHaloMock } from '@halo/mock'
import { watchAnswerTimes } from './halo-answer-times.js'

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
  /** Token requests (the authorisation server's, not counted in `apiRequests`). */
  readonly tokenRequests: number
  /** CPU time (user + system) the Halo process spent. */
  readonly cpuMs: number
  /** How long it took to answer each API request, in arrival order (halo-answer-times.ts). */
  readonly answerMs: readonly number[]
  /** How long it took to answer each token request. */
  readonly tokenAnswerMs: readonly number[]
}

const PAGE = 100

/**
 * Tickets the warm-up creates: the simulated Halo is seeded with that many fewer, so the jobs still
 * find `tickets` of them. They are created more than a window before the first job (each job starts
 * after a window's pause), so a re-sync's overlap margin of one window does not read them as changed.
 */
export function warmUpCreates(tickets: number): number {
  return tickets >= 10 * PAGE ? 3 * PAGE : 0
}

/**
 * Sends the simulated Halo, over its own HTTP server, requests of each kind the jobs send (a token,
 * a ticket page, a changed-since list, the actions search, the agents, and `creates` new tickets in
 * POSTs of a page each): its first answers would otherwise carry the process's start-up (module
 * loading, compiling its handlers), which a running Halo does not have. A fresh client's first token
 * took about 110 ms from a cold simulated Halo and 60 ms from a warmed one (the rest is the client's
 * own start, which the jobs do pay); a POST of 100 new tickets took 5 to 10 ms for the first few and
 * about 1 ms once warm. The tickets created are among those the jobs read (the seeded ones are that
 * many fewer), and no seeded record is changed. These requests leave no trace in a job's figures:
 * each job starts with a fresh window and request log.
 */
async function warmUp(url: string, creates: number): Promise<void> {
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: mockCredentials.clientId,
    client_secret: mockCredentials.clientSecret,
    scope: 'all',
  })
  const tokenAnswer = await fetch(`${url}/auth/token`, { method: 'POST', body: form })
  const { access_token: token } = (await tokenAnswer.json()) as { access_token: string }
  const headers = { authorization: `Bearer ${token}` }
  // Every date: the actions search then builds an answer (capped by `count`). Seeded tickets carry
  // no last-update date, so the changed-since list stays empty until a job changes some.
  const range = 'startdate=1990-01-01T00:00:00Z&enddate=2100-01-01T00:00:00Z'
  const requests = [
    `/api/Tickets?pageinate=true&page_size=${PAGE}&page_no=1`,
    `/api/Tickets?datesearch=last_update&${range}&pageinate=true&page_size=${PAGE}&page_no=1`,
    `/api/Actions?${range}&count=${PAGE}`,
    '/api/Agent',
  ]
  for (const path of requests) {
    const answer = await fetch(`${url}${path}`, { headers })
    await answer.arrayBuffer()
    if (!answer.ok) throw new Error(`warming the simulated Halo up: ${path} answered ${answer.status}`)
  }
  for (let made = 0; made < creates; made += PAGE) {
    const batch = Array.from({ length: Math.min(PAGE, creates - made) }, (_, i) => ({
      summary: `Created before the jobs ${made + i}`,
      tickettype_id: seed.ticketTypeId,
    }))
    const answer = await fetch(`${url}/api/Tickets`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(batch),
    })
    await answer.arrayBuffer()
    if (!answer.ok)
      throw new Error(`warming the simulated Halo up: creating tickets answered ${answer.status}`)
  }
}

async function main(): Promise<void> {
  const settings = JSON.parse(process.argv[2] ?? '{}') as HaloProcessSettings
  const now = () => Date.now() + settings.clockShiftMs
  const creates = warmUpCreates(settings.tickets)
  const mock = createHaloMock({ ticketCount: settings.tickets - creates, rateLimit: settings.budget, now })
  const answerTimes = watchAnswerTimes()
  const running = await startHaloMock({ mock, port: 0 })
  await warmUp(running.url, creates)
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
        answerTimes.clear()
        cpuAtStart = process.cpuUsage()
        return null
      case 'job-figures': {
        const cpu = process.cpuUsage(cpuAtStart)
        const api = mock.requests.filter((r) => r.path.toLowerCase().startsWith('/api/'))
        return {
          apiRequests: api.length,
          status429: api.filter((r) => r.status === 429).length,
          tokenRequests: mock.requests.filter((r) => r.path.toLowerCase().startsWith('/auth/token')).length,
          cpuMs: (cpu.user + cpu.system) / 1000,
          answerMs: answerTimes.answeredMs('/api/'),
          tokenAnswerMs: answerTimes.answeredMs('/auth/token'),
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
