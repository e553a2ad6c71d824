import { describe, expect, it } from 'vitest'
import { nameTagNamespaces } from '../src/naming/tag-namespaces.mjs'

const op = (tag, path) => ({ tag, path, method: 'get' })

describe('nameTagNamespaces', () => {
  it('names a tag by the friendly plural of its home path, not by Halo’s class name', () => {
    const names = nameTagNamespaces(
      [{ operations: [op('Faults', '/Tickets/{id}'), op('Faults', '/Tickets'), op('Device', '/Asset')] }],
      {},
    )
    expect(names.get('Faults')).toBe('tickets')
    expect(names.get('Device')).toBe('assets')
  })

  it('falls back to the whole home path, then the tag, when names clash across packages', () => {
    const names = nameTagNamespaces(
      [
        { operations: [op('Device', '/Asset')] },
        { operations: [op('DeviceApplications', '/Asset/Software')] },
      ],
      {},
    )
    expect(names.get('Device')).toBe('assets')
    expect(names.get('DeviceApplications')).toBe('assetSoftware')
    expect(new Set(names.values()).size).toBe(names.size)
  })

  it('is stable whatever order the operations come in', () => {
    const a = nameTagNamespaces([{ operations: [op('X', '/Foo/Bar'), op('X', '/Foo')] }], {})
    const b = nameTagNamespaces([{ operations: [op('X', '/Foo'), op('X', '/Foo/Bar')] }], {})
    expect([...a]).toEqual([...b])
  })
})
