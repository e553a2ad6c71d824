import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { crc32, zipStore } from '../../src/export/index.js'
import { readStoredZip } from './xlsx-reader.js'

const bytes = (text: string) => new TextEncoder().encode(text)

describe('crc32', () => {
  it('matches the standard check values', () => {
    expect(crc32(bytes('123456789'))).toBe(0xcbf43926)
    expect(crc32(new Uint8Array())).toBe(0)
    expect(crc32(bytes('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339)
  })
})

describe('zipStore', () => {
  it('packs entries that Python unpacks with the same names, bytes and modification time', () => {
    const zip = zipStore(
      [
        { name: 'a.txt', data: bytes('hello') },
        { name: 'dir/ünïcode.txt', data: bytes('wörld') },
        { name: 'empty', data: new Uint8Array() },
      ],
      { modified: new Date(2024, 5, 20, 14, 45, 16) },
    )
    const script = `
import zipfile, sys, json, io
z = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))
assert z.testzip() is None
print(json.dumps([[i.filename, z.read(i).decode('utf8'), list(i.date_time)] for i in z.infolist()]))`
    const out = JSON.parse(execFileSync('python3', ['-c', script], { input: zip, encoding: 'utf8' }))
    expect(out).toEqual([
      ['a.txt', 'hello', [2024, 6, 20, 14, 45, 16]],
      ['dir/ünïcode.txt', 'wörld', [2024, 6, 20, 14, 45, 16]],
      ['empty', '', [2024, 6, 20, 14, 45, 16]],
    ])
    expect([...readStoredZip(zip).keys()]).toEqual(['a.txt', 'dir/ünïcode.txt', 'empty'])
  })

  it('writes a 22-byte end record only, for no entries', () => {
    const zip = zipStore([])
    expect(zip.length).toBe(22)
    expect([...zip.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x05, 0x06])
  })

  it('rejects duplicate, empty and path-escaping names', () => {
    const data = new Uint8Array()
    expect(() =>
      zipStore([
        { name: 'a', data },
        { name: 'a', data },
      ]),
    ).toThrow(/duplicate entry name "a"/)
    expect(() => zipStore([{ name: '', data }])).toThrow(/invalid entry name/)
    expect(() => zipStore([{ name: '../evil', data }])).toThrow(/invalid entry name/)
    expect(() => zipStore([{ name: '/abs', data }])).toThrow(/invalid entry name/)
  })
})
