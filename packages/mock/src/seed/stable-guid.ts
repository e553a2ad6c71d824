import { pick } from '../mock/random.js'

const hexPairs = Array.from({ length: 256 }, (_, n) => n.toString(16).padStart(2, '0'))
const hexDigits = '0123456789abcdef'

/** Stable pick `i` of group `group` of a GUID: 16 bits, written as four hex digits. */
function four(id: number, salt: number, group: number, i: number): string {
  const value = pick(id, salt + group * 13 + i, 0x10000)
  return hexPairs[value >>> 8] + (hexPairs[value & 0xff] as string)
}

/** The first three of the four hex digits of a group's first pick. */
function three(id: number, salt: number, group: number): string {
  const value = pick(id, salt + group * 13, 0x10000)
  return hexPairs[value >>> 8] + (hexDigits[(value >>> 4) & 0xf] as string)
}

/**
 * A UUID-shaped string that is the same on every run for a given (kind, id): each group is written
 * from 16-bit stable picks as four hex digits, cut to the group's length.
 */
export function stableGuid(kind: number, id: number): string {
  const salt = kind * 97
  return `${four(id, salt, 1, 0)}${four(id, salt, 1, 1)}-${four(id, salt, 2, 0)}-4${three(id, salt, 3)}-a${three(id, salt, 4)}-${four(id, salt, 5, 0)}${four(id, salt, 5, 1)}${four(id, salt, 5, 2)}`
}
