import type { HaloCore, HaloList } from '@halo/core'
import { describe, expectTypeOf, it } from 'vitest'
import { type FieldInfo, listFieldInfo } from '../src/index.js'

declare const core: HaloCore

describe('generated operation types (admin)', () => {
  it('listFieldInfo (a list) filters by wire name and answers field definitions', () => {
    expectTypeOf(listFieldInfo(core, { fieldtype: 2, includecategories: true })).toEqualTypeOf<
      HaloList<FieldInfo>
    >()
    // @ts-expect-error includecategories is a boolean
    listFieldInfo(core, { includecategories: 'yes' })
    // @ts-expect-error not a wire name
    listFieldInfo(core, { fieldType: 2 })
  })
})
