import { pick } from '../mock/random.js'

/** A UUID-shaped string that is the same on every run for a given (kind, id). */
export function stableGuid(kind: number, id: number): string {
  const hex = (salt: number, len: number): string => {
    let out = ''
    for (let i = 0; out.length < len; i++)
      out += pick(id, kind * 97 + salt * 13 + i, 0x10000)
        .toString(16)
        .padStart(4, '0')
    return out.slice(0, len)
  }
  return `${hex(1, 8)}-${hex(2, 4)}-4${hex(3, 3)}-a${hex(4, 3)}-${hex(5, 12)}`
}
