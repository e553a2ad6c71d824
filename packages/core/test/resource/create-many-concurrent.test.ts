// createMany through a real core and HTTP (msw): chunks go out side by side up to maxConcurrency,
// results keep input order, a failed chunk is reported (never re-posted) and the others stand.
import { delay, HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { createHaloCore } from '../../src/index.js'
import { writeMethods } from '../../src/resource/resource-methods/index.js'
import { API, server, testOptions, tokenEndpoint, useHaloServer } from '../support/halo-server.js'

useHaloServer()

interface Widget {
  id?: number
  name: string
}

/** A POST /Widget endpoint that numbers what it creates; chunk answers arrive in reverse order. */
function widgetEndpoint(refuse: (firstName: string) => number | undefined) {
  const posts: string[] = []
  let inFlight = 0
  let maxInFlight = 0
  let nextId = 1
  server.use(
    http.post(`${API}/Widget`, async ({ request }) => {
      const body = (await request.json()) as Widget[]
      const first = body[0]?.name ?? ''
      posts.push(first)
      inFlight++
      maxInFlight = Math.max(maxInFlight, inFlight)
      // The first chunks answer last.
      await delay(60 - Number(first.slice(1)) / 10)
      inFlight--
      const status = refuse(first)
      if (status !== undefined) return HttpResponse.json({ message: 'refused' }, { status })
      return HttpResponse.json(body.map((w) => ({ ...w, id: nextId++ })))
    }),
  )
  return { posts, maxInFlight: () => maxInFlight }
}

const post = (core: ReturnType<typeof createHaloCore>, params: { readonly body: readonly Widget[] }) =>
  core.post('/Widget', params.body)

describe('createMany over HTTP', () => {
  it('posts up to maxConcurrency chunks at once and maps every record to its input', async () => {
    tokenEndpoint()
    const endpoint = widgetEndpoint(() => undefined)
    const core = createHaloCore(testOptions({ maxConcurrency: 3 }))
    const { createMany } = writeMethods(core, post, (w: Widget) => w)
    const items = Array.from({ length: 500 }, (_, i) => ({ name: `n${i}` }))
    const result = await createMany(items)
    expect(endpoint.posts.sort()).toEqual(['n0', 'n100', 'n200', 'n300', 'n400'])
    expect(endpoint.maxInFlight()).toBe(3)
    expect(result.failures).toEqual([])
    expect(result.records.map((r) => r?.name)).toEqual(items.map((i) => i.name))
    expect(new Set(result.records.map((r) => r?.id)).size).toBe(500)
  })

  it('reports the chunks Halo refused, posts each chunk once, and keeps what was created', async () => {
    tokenEndpoint()
    const endpoint = widgetEndpoint((first) => (first === 'n100' ? 400 : first === 'n300' ? 503 : undefined))
    const core = createHaloCore(testOptions({ maxConcurrency: 4 }))
    const { createMany } = writeMethods(core, post, (w: Widget) => w)
    const items = Array.from({ length: 450 }, (_, i) => ({ name: `n${i}` }))
    const result = await createMany(items)
    // A POST whose outcome is unknown (503) is not sent again: it could duplicate records.
    expect(endpoint.posts.sort()).toEqual(['n0', 'n100', 'n200', 'n300', 'n400'])
    expect(result.failures.map((f) => [f.start, f.end, f.items.length])).toEqual([
      [100, 200, 100],
      [300, 400, 100],
    ])
    expect(result.succeeded).toBe(250)
    result.records.forEach((record, i) => {
      const refused = (i >= 100 && i < 200) || (i >= 300 && i < 400)
      expect(record?.name).toBe(refused ? undefined : `n${i}`)
    })
  })

  it('posts one chunk after another with concurrency 1', async () => {
    tokenEndpoint()
    const endpoint = widgetEndpoint(() => undefined)
    const core = createHaloCore(testOptions({ maxConcurrency: 4 }))
    const { createMany } = writeMethods(core, post, (w: Widget) => w)
    const result = await createMany(
      Array.from({ length: 300 }, (_, i) => ({ name: `n${i}` })),
      { concurrency: 1 },
    )
    expect(endpoint.posts).toEqual(['n0', 'n100', 'n200'])
    expect(endpoint.maxInFlight()).toBe(1)
    expect(result.succeeded).toBe(300)
  })
})
