import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface XlsxCell {
  r: string
  t: string | null
  s: string | null
  v: string | null
}

export interface XlsxSummary {
  bad: string | null
  entries: { name: string; method: number; size: number; utf8: boolean; date: number[] }[]
  sheetNames: string[]
  dimension: string | null
  rows: { r: string; cells: XlsxCell[] }[]
}

/** Opens the bytes with Python's zipfile + ElementTree (independent of our writer) and summarises them. */
export function readXlsxWithPython(bytes: Uint8Array): XlsxSummary {
  const dir = mkdtempSync(join(tmpdir(), 'halo-xlsx-'))
  try {
    const file = join(dir, 'out.xlsx')
    writeFileSync(file, bytes)
    const script = join(import.meta.dirname, 'read-xlsx.py')
    return JSON.parse(execFileSync('python3', [script, file], { encoding: 'utf8' })) as XlsxSummary
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** A minimal ZIP reader written from the spec, to check our central directory agrees with local headers. */
export function readStoredZip(bytes: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = bytes.length - 22
  if (view.getUint32(end, true) !== 0x06054b50) throw new Error('no end of central directory record')
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  const decoder = new TextDecoder()
  const files = new Map<string, Uint8Array>()
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error(`bad central header ${i}`)
    const size = view.getUint32(at + 20, true)
    const nameLength = view.getUint16(at + 28, true)
    const localOffset = view.getUint32(at + 42, true)
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength))
    if (view.getUint32(localOffset, true) !== 0x04034b50) throw new Error(`bad local header for ${name}`)
    const localNameLength = view.getUint16(localOffset + 26, true)
    const dataStart = localOffset + 30 + localNameLength + view.getUint16(localOffset + 28, true)
    files.set(name, bytes.subarray(dataStart, dataStart + size))
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  return files
}
