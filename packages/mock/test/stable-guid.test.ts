// GUIDs of generated records are written from a table of hex digits for speed: the text must be the
// one spelled out pick by pick.
import { describe, expect, it } from 'vitest'
import { pick } from '../src/mock/random.js'
import { stableGuid } from '../src/seed/stable-guid.js'

describe('stableGuid', () => {
  /** Each group from 16-bit picks as four hex digits, cut to the group's length. */
  function spelledOut(kind: number, id: number): string {
    const hex = (salt: number, length: number): string => {
      let out = ''
      for (let i = 0; out.length < length; i++)
        out += pick(id, kind * 97 + salt * 13 + i, 0x10000)
          .toString(16)
          .padStart(4, '0')
      return out.slice(0, length)
    }
    return `${hex(1, 8)}-${hex(2, 4)}-4${hex(3, 3)}-a${hex(4, 3)}-${hex(5, 12)}`
  }

  it('is the GUID spelled out from its picks, for any kind and id', () => {
    for (const kind of [0, 1, 7, 60, 61])
      for (let id = -20; id < 20_000; id++) {
        if (stableGuid(kind, id) !== spelledOut(kind, id))
          expect(stableGuid(kind, id)).toBe(spelledOut(kind, id))
      }
    expect(stableGuid(60, 1001)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/)
  })
})
