import type { HaloCore, HaloList } from '@halo/core'
import { describe, expectTypeOf, it } from 'vitest'
import { type KbArticle, listKbArticles } from '../src/index.js'

declare const core: HaloCore

describe('generated operation types (kb)', () => {
  it('listKbArticles filters by wire name and answers KB articles', () => {
    expectTypeOf(listKbArticles(core, { search: 'password reset', limit: 5 })).toEqualTypeOf<
      HaloList<KbArticle>
    >()
    // @ts-expect-error search is text
    listKbArticles(core, { search: 5 })
    // @ts-expect-error not a wire name
    listKbArticles(core, { query: 'x' })
  })
})
