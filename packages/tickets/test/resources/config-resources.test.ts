import { seed } from '@halo/mock'
import { useHaloMock } from '@halo/test-support'
import { describe, expect, it } from 'vitest'
import { appointments, approvalProcesses, priorities, slas, statuses, workflows } from '../../src/index.js'
import { callsTo } from './support.js'

const halo = useHaloMock({ core: { retry: false } })

describe('statuses(core)', () => {
  it('list, filters and get', async () => {
    const resource = statuses(halo.core())
    const all = await resource.list()
    expect(all.map((status) => status.name)).toEqual([
      'New',
      'In Progress',
      'Waiting on User',
      'Waiting on Supplier',
      'Scheduled',
      'Resolved',
      'Closed',
    ])
    const open = await resource.list({ excludeclosed: true })
    expect(open.map((status) => status.id)).not.toContain(seed.statusClosedId)
    expect((await resource.get(seed.statusInProgressId)).name).toBe('In Progress')
  })

  it('idOf(name): case-insensitive, one list request for two lookups, shared across factories', async () => {
    const core = halo.core()
    expect(await statuses(core).idOf('in progress')).toBe(seed.statusInProgressId)
    expect(await statuses(core).idOf('Closed')).toBe(seed.statusClosedId)
    expect(callsTo(halo, 'GET', '/Status')).toHaveLength(1)
    await expect(statuses(core).idOf('Parked')).rejects.toMatchObject({
      name: 'NameLookupError',
      message: expect.stringContaining('No status named "Parked"'),
    })
  })

  it('create, update and delete', async () => {
    const resource = statuses(halo.core())
    const created = await resource.create({ name: 'Awaiting Parts', type: 1 })
    expect((await resource.update(created.id ?? 0, { shortname: 'AWP' })).shortname).toBe('AWP')
    await resource.delete(created.id ?? 0)
    expect((await resource.list()).map((status) => status.name)).not.toContain('Awaiting Parts')
  })
})

describe('priorities(core)', () => {
  it('lists one SLA’s priorities, with UUID ids', async () => {
    const list = await priorities(halo.core()).list({ slaid: seed.slaId })
    expect(list.map((priority) => priority.name)).toEqual(['Critical', 'High', 'Medium', 'Low'])
    expect(list.every((priority) => priority.slaid === seed.slaId)).toBe(true)
    expect(list[0]?.id).toMatch(/^[0-9a-f-]{36}$/i)
  })

  it('get(uuid) reads one priority', async () => {
    const resource = priorities(halo.core())
    const [high] = (await resource.list({ slaid: 2 })).filter((priority) => priority.name === 'High')
    const fetched = await resource.get(high?.id ?? '')
    expect(fetched).toMatchObject({ name: 'High', slaid: 2, priorityid: seed.priorityHighId })
  })

  it('idOf(name, { slaId }) answers the priority_id tickets use, cached per SLA', async () => {
    const core = halo.core()
    expect(await priorities(core).idOf('high', { slaId: seed.slaId })).toBe(seed.priorityHighId)
    expect(await priorities(core).idOf('Low', { slaId: seed.slaId })).toBe(seed.priorityLowId)
    expect(callsTo(halo, 'GET', '/Priority').map((call) => call.query.slaid)).toEqual([String(seed.slaId)])
    expect(await priorities(core).idOf('Critical')).toBe(seed.priorityCriticalId)
    expect(callsTo(halo, 'GET', '/Priority').map((call) => call.query.slaid)).toEqual([
      String(seed.slaId),
      undefined,
    ])
    await expect(priorities(core).idOf('High', { slaId: 0 })).rejects.toThrow(/slaId/)
  })
})

describe('slas(core)', () => {
  it('list answers the bare array (the generated list is not a HaloList); showpriorities embeds them', async () => {
    const resource = slas(halo.core())
    const list = resource.list({ showpriorities: true })
    expect(typeof list.pages).toBe('function')
    const all = await list
    expect(all.map((sla) => sla.name)).toEqual(['Standard Business Hours', 'Premium 24x7'])
    expect(all[0]?.priorities?.map((priority) => priority.name)).toEqual([
      'Critical',
      'High',
      'Medium',
      'Low',
    ])
    expect((await resource.list({ limit: 1 })).length).toBe(1)
  })

  it('get, create, update, delete', async () => {
    const resource = slas(halo.core())
    expect((await resource.get(seed.slaId)).name).toBe('Standard Business Hours')
    const created = await resource.create({ name: 'Weekend Cover' })
    expect((await resource.update(created.id ?? 0, { name: 'Weekend' })).name).toBe('Weekend')
    await resource.delete(created.id ?? 0)
    await expect(resource.get(created.id ?? 0)).rejects.toMatchObject({ status: 404 })
  })
})

describe('appointments(core)', () => {
  it('list pages, search matches the subject, get reads one', async () => {
    const resource = appointments(halo.core())
    expect(await resource.list()).toHaveLength(10)
    expect(callsTo(halo, 'GET', '/Appointment')[0]?.query.pageinate).toBe('true')
    const reviews = await resource.search('service review')
    expect(reviews.map((appointment) => appointment.subject)).toEqual([
      'Quarterly service review',
      'Quarterly service review',
    ])
    expect((await resource.get(seed.appointmentId)).subject).toBe('Onsite visit: label printer')
  })

  it('create, update, delete', async () => {
    const resource = appointments(halo.core())
    const created = await resource.create({
      subject: 'Server room audit',
      start_date: '2025-08-01T09:00:00',
      end_date: '2025-08-01T10:00:00',
      agent_id: seed.agentId,
    })
    expect((await resource.update(created.id ?? 0, { subject: 'Server room audit (moved)' })).subject).toBe(
      'Server room audit (moved)',
    )
    await resource.delete(created.id ?? 0)
    expect(await resource.list()).toHaveLength(10)
  })
})

describe('approvalProcesses(core) and workflows(core) (answered by the spec fallback)', () => {
  it('approval processes: list is a HaloList, create then get', async () => {
    const resource = approvalProcesses(halo.core())
    expect(await resource.list()).toEqual([])
    const created = await resource.create({ name: 'CAB Approval' })
    expect(created.id).toBeGreaterThan(0)
    expect((await resource.get(created.id ?? 0)).id).toBe(created.id)
    expect(callsTo(halo, 'POST', '/ApprovalProcess')[0]?.body).toEqual([{ name: 'CAB Approval' }])
  })

  it('workflows: list, create, get, delete', async () => {
    const resource = workflows(halo.core())
    expect(await resource.list({ includeinactive: true })).toEqual([])
    expect(callsTo(halo, 'GET', '/Workflow')[0]?.query.includeinactive).toBe('true')
    const created = await resource.create({ name: 'Incident flow', active: true })
    expect((await resource.get(created.id ?? 0, { includedetails: true })).id).toBe(created.id)
    await resource.delete(created.id ?? 0)
    expect(callsTo(halo, 'DELETE', `/Workflow/${created.id}`)).toHaveLength(1)
  })
})
