import { describe, expectTypeOf, it } from 'vitest'
import {
  type ChunkFailure,
  type CustomFieldUpdateBody,
  chunk,
  customFieldsByName,
  NameLookupCache,
  oneOrMany,
  setCustomField,
  type UpsertInChunksResult,
  upsertInChunks,
  withMethods,
} from '../../src/resource/index.js'

interface Ticket {
  id: number
  summary: string
}

describe('resource toolkit types', () => {
  it('withMethods merges record and method types and types this', () => {
    const record = withMethods({ id: 1, summary: 's' } as Ticket, {
      label(): string {
        expectTypeOf(this.summary).toEqualTypeOf<string>()
        return this.summary
      },
    })
    expectTypeOf(record.id).toEqualTypeOf<number>()
    expectTypeOf(record.label).toEqualTypeOf<() => string>()
  })

  it('oneOrMany returns one for one and an array for an array', () => {
    const post = async (items: Partial<Ticket>[]): Promise<Ticket | Ticket[]> => items as Ticket[]
    expectTypeOf(oneOrMany({ summary: 'a' } as Partial<Ticket>, post)).toEqualTypeOf<Promise<Ticket>>()
    expectTypeOf(oneOrMany([{ summary: 'a' }] as Partial<Ticket>[], post)).toEqualTypeOf<Promise<Ticket[]>>()
  })

  it('chunk and upsertInChunks keep element types', () => {
    expectTypeOf(chunk(['a'], 1)).toEqualTypeOf<string[][]>()
    const result = upsertInChunks([{ summary: 'a' }], 100, async (items) =>
      items.map((i) => ({ ...i, id: 1 })),
    )
    expectTypeOf(result).resolves.toEqualTypeOf<
      UpsertInChunksResult<{ summary: string }, { id: number; summary: string }>
    >()
    expectTypeOf<ChunkFailure<string>['items']>().toEqualTypeOf<string[]>()
  })

  it('custom field helpers', () => {
    expectTypeOf(customFieldsByName({ customfields: [] })).toEqualTypeOf<Record<string, unknown>>()
    expectTypeOf(setCustomField({ id: 1, customfields: [] }, 'CFx', 1)).toEqualTypeOf<CustomFieldUpdateBody>()
    // @ts-expect-error a field key is a name or an id
    setCustomField({ customfields: [] }, true, 1)
  })

  it('NameLookupCache is generic over the id type', () => {
    const cache = new NameLookupCache({ kind: 'priority', load: async () => [{ id: 'uuid', name: 'High' }] })
    expectTypeOf(cache.resolve('High')).toEqualTypeOf<Promise<string>>()
    expectTypeOf(cache.find('High')).toEqualTypeOf<Promise<string | undefined>>()
  })
})
