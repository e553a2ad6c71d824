import type { HaloMock } from '@halo/mock'

/** Summaries of every ticket the mock created, from the `POST /Tickets` requests it answered with success. */
export function createdTicketSummaries(mock: HaloMock): string[] {
  return mock.requests
    .filter(
      (r) => r.method === 'POST' && /\/api\/tickets$/i.test(r.path) && r.status >= 200 && r.status < 300,
    )
    .flatMap((r) => (r.body as { summary: string }[]).map((ticket) => ticket.summary))
}
