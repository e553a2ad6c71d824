// JSON answers skip destr's prototype scan when their text cannot hold a key that reaches a
// prototype. What comes out must be exactly what the careful path gives, for every text.
import { safeDestr } from 'destr'
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { parseJson } from '../../src/transport/parse-json.js'

// destr as it is, with its calls counted: which texts take the careful path.
vi.mock('destr', async (importOriginal) => {
  const destr = await importOriginal<typeof import('destr')>()
  return { ...destr, safeDestr: vi.fn(destr.safeDestr) }
})

/** The careful path alone: destr, then a reviver that drops prototype keys from what it refused. */
function carefulParse(text: string): unknown {
  try {
    return safeDestr(text)
  } catch (error) {
    if (!(error instanceof Error && error.message.includes('prototype pollution'))) throw error
    return JSON.parse(text, (key, value: unknown) => {
      if (key === '__proto__') return undefined
      if (key === 'constructor' && typeof value === 'object' && value !== null && 'prototype' in value)
        return undefined
      return value
    })
  }
}

function outcome(parse: (text: string) => unknown, text: string) {
  try {
    return { value: parse(text) }
  } catch (error) {
    return { error: error instanceof Error ? error.constructor.name : String(error) }
  }
}

/** Keys as written in JSON text: dangerous ones, escaped spellings of them, and ordinary ones. */
const keyText = fc.oneof(
  fc.constantFrom(
    '"__proto__"',
    '"constructor"',
    '"prototype"',
    '"\\u005f_proto__"',
    '"__pr\\u006fto__"',
    '"\\u0063onstructor"',
    '"protot\\u0079pe"',
    '"protocol"',
    '"id"',
    '"summary"',
    '"\\u00e9t\\u00e9"',
    '"\\u0041BC"',
    '"a\\\\u005f"',
    '"pr\\u006F\\u0074o"',
  ),
  fc.string({ maxLength: 10 }).map((key) => JSON.stringify(key)),
)

const valueText: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify(value) ?? 'null'),
    fc.constantFrom('"\\u003cb\\u003e"', '"a\\u00a0b"', '"see protocol"', '"constructor"', '"C:\\\\users"'),
    fc
      .array(fc.tuple(keyText, tie('value')), { maxLength: 5 })
      .map((entries) => `{${entries.map(([key, value]) => `${key}:${value}`).join(',')}}`),
    fc.array(tie('value'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
  ),
})).value

describe('parseJson', () => {
  it('answers exactly as the careful path for any JSON text, prototype keys and escapes included', () => {
    fc.assert(
      fc.property(valueText, (text) => {
        expect(outcome(parseJson, text)).toEqual(outcome(carefulParse, text))
      }),
      { numRuns: 2000 },
    )
  })

  it('answers exactly as the careful path for text cut short, padded or not JSON at all', () => {
    const anyText = fc.oneof(
      valueText.map((text) => text.slice(0, Math.floor(text.length / 2))),
      valueText.map((text) => ` ${text}\n`),
      fc.string({ maxLength: 40 }),
      fc.constantFrom('true', 'NaN', 'undefined', '"plain"', '-1.5e3', '{', '[1,]', '{"a":1} x'),
    )
    fc.assert(
      fc.property(anyText, (text) => {
        expect(outcome(parseJson, text)).toEqual(outcome(carefulParse, text))
      }),
      { numRuns: 2000 },
    )
  })

  it('never leaves a key that reaches a prototype, however it is spelled', () => {
    const texts = [
      '{"id":1,"__proto__":{"polluted":true}}',
      '[{"a":{"constructor":{"prototype":{"polluted":true}}}}]',
      '{"\\u005f_proto__":{"polluted":true}}',
      '{"n":{"\\u0063onstructor":{"protot\\u0079pe":{"polluted":true}}}}',
    ]
    for (const text of texts) {
      const parsed = JSON.stringify(parseJson(text))
      expect(parsed, text).not.toContain('polluted')
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('hands destr only the texts that might hold a prototype key', () => {
    const careful = vi.mocked(safeDestr)
    careful.mockClear()
    const page = JSON.stringify({ tickets: [{ id: 1, summary: 'Caf\u00e9\u00a0<b>', path: 'C:\\users' }] })
    const halo = '{"tickets":[{"id":1,"details_html":"\\u003cp\\u003eHi\\u00a0there\\u003c/p\\u003e"}]}'
    expect(parseJson(page)).toEqual(JSON.parse(page))
    expect(parseJson(halo)).toEqual(JSON.parse(halo))
    expect(careful).not.toHaveBeenCalled()
    for (const text of ['{"note":"see protocol"}', '{"\\u0070roto":1}', '[{"a":"\\u005f"}]', '"text"'])
      parseJson(text)
    expect(careful).toHaveBeenCalledTimes(4)
  })

  it('keeps a constructor key that holds no prototype, and values that merely mention one', () => {
    expect(parseJson('{"constructor":{"name":"Acme"},"note":"see protocol"}')).toEqual({
      constructor: { name: 'Acme' },
      note: 'see protocol',
    })
  })
})
