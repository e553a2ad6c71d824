// Time entries, timesheets, projects and their tasks, ticket rules: round trips on the simulated Halo.
import { seed } from '@halo/mock'
import { useHaloMock } from '@halo/test-support'
import { describe, expect, it } from 'vitest'
import { projects, ticketRules, timeEntries, timesheets } from '../../src/index.js'
import { callsTo, postedBodies } from './support.js'

const halo = useHaloMock({ core: { retry: false } })

describe('timeEntries(core)', () => {
  it('creates, lists, updates and deletes time entries, and deleteMany reports each id', async () => {
    const resource = timeEntries(halo.core())
    const entry = await resource.create({
      agent_id: seed.agentId,
      ticket_id: seed.ticketId,
      start_date: '2026-03-02T09:00:00Z',
      end_date: '2026-03-02T10:30:00Z',
      note: 'Replaced the fuser',
    })
    expect(typeof entry.id).toBe('number')
    expect(postedBodies(halo, 'POST', '/TimesheetEvent')[0]?.[0]).toMatchObject({
      note: 'Replaced the fuser',
    })
    const updated = await entry.update({ note: 'Replaced the fuser unit' })
    expect(updated.note).toBe('Replaced the fuser unit')
    expect(typeof updated.refresh).toBe('function')
    await entry.delete()
    expect(callsTo(halo, 'DELETE', `/TimesheetEvent/${entry.id}`)).toHaveLength(1)

    const result = await resource.deleteMany([entry.id as number, (entry.id as number) + 1])
    expect([...result.deleted, ...result.failures.map((failure) => failure.id)].sort()).toEqual(
      [entry.id as number, (entry.id as number) + 1].sort(),
    )
    expect(callsTo(halo, 'DELETE', `/TimesheetEvent/${(entry.id as number) + 1}`)).toHaveLength(1)
    expect(Array.isArray(await resource.list({ agent_id: seed.agentId }))).toBe(true)
  })
})

describe('timesheets(core)', () => {
  it('lists timesheets and saves one with a POST of an array', async () => {
    const resource = timesheets(halo.core())
    expect(Array.isArray(await resource.list())).toBe(true)
    await resource.save({ agent_id: seed.agentId, date: '2026-03-02T00:00:00Z' })
    expect(postedBodies(halo, 'POST', '/Timesheet')[0]).toEqual([
      { agent_id: seed.agentId, date: '2026-03-02T00:00:00Z' },
    ])
  })
})

describe('projects(core)', () => {
  it('creates a project, adds a task as a child ticket and lists the tasks by parent_id', async () => {
    const resource = projects(halo.core())
    const project = await resource.create({
      tickettype_id: seed.ticketTypeId,
      client_id: seed.clientId,
      summary: 'Office move',
    })
    const task = await project.addTask({
      tickettype_id: seed.ticketTypeId,
      client_id: seed.clientId,
      summary: 'Book the van',
    })
    expect(postedBodies(halo, 'POST', '/Tickets')[0]?.[0]).toMatchObject({
      parent_id: project.id,
      summary: 'Book the van',
    })
    expect(typeof task.addAction).toBe('function')
    await project.getTasks({ limit: 5 })
    await resource.getTasks(project.id as number)
    const listed = callsTo(halo, 'GET', '/Tickets')
    expect(listed.length).toBeGreaterThanOrEqual(2)
    expect(listed.every((call) => call.query.parent_id === String(project.id))).toBe(true)
  })
})

describe('ticketRules(core)', () => {
  it('creates, fetches and deletes a rule with the one record surface', async () => {
    const resource = ticketRules(halo.core())
    const rule = await resource.create({ name: 'Printers to 2nd line' })
    expect(rule.name).toBe('Printers to 2nd line')
    const fresh = await rule.refresh()
    expect(fresh.id).toBe(rule.id)
    const controller = new AbortController()
    await fresh.delete({ signal: controller.signal })
    const [deleted] = callsTo(halo, 'DELETE', `/TicketRules/${rule.id}`)
    expect(deleted?.query).toEqual({})
  })
})
