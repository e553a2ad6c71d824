import type { HaloCore, HaloList } from '@halo/core'
import { describe, expectTypeOf, it } from 'vitest'
import { getReport, type Report } from '../src/index.js'

declare const core: HaloCore

describe('generated operation types (reporting)', () => {
  it('getReport needs an integer id and answers a report', () => {
    expectTypeOf(getReport(core, { id: 45, loadreport: true })).toEqualTypeOf<Promise<Report>>()
    // @ts-expect-error id is an integer
    getReport(core, { id: 'report-45' })
    // @ts-expect-error loadreport is a boolean
    getReport(core, { id: 45, loadreport: 'true' })
  })
  it('HaloList is not involved for single records', () => {
    expectTypeOf(getReport(core, { id: 45 })).not.toEqualTypeOf<HaloList<Report>>()
  })
})
