import { describe, expect, it } from 'vitest'
import { queryTypeScript, queryValueKind } from '../src/model/query-types.mjs'

const kind = (schema, description) => queryValueKind({ name: 'p', in: 'query', schema, description })

describe("Halo's query parameter types", () => {
  it('maps the non-OpenAPI type names', () => {
    expect(kind({ type: 'bool' })).toBe('boolean')
    expect(kind({ type: 'int' })).toBe('integer')
    expect(kind({ type: 'double' })).toBe('number')
    expect(kind({ type: 'List<int>' })).toBe('integerList')
    expect(kind({ type: 'DateTime' })).toBe('date')
    expect(kind({ type: 'obj' })).toBe('unknown')
    expect(kind({ type: 'string', format: 'date-time' })).toBe('date')
    expect(kind({ type: 'integer', format: 'int32' })).toBe('integer')
  })

  it('reads the type from the description when the schema is missing', () => {
    expect(kind(undefined, '(bool) Only return tickets on hold.')).toBe('boolean')
    expect(kind(undefined, '(int) Filter to a client id.')).toBe('integer')
  })

  it('lets "array of int" text filters take number arrays too', () => {
    expect(kind({ type: 'string' }, '(array of int) Agent ids.')).toBe('integerListText')
    expect(queryTypeScript('integerListText')).toBe('string | readonly number[]')
  })

  it('gives TypeScript types', () => {
    expect(queryTypeScript('boolean')).toBe('boolean')
    expect(queryTypeScript('integerList')).toBe('readonly number[]')
    expect(queryTypeScript('date')).toBe('string | Date')
    expect(queryTypeScript('unknown')).toBe('unknown')
  })
})
