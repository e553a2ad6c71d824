import type { HaloCore, HaloError, HaloList } from '@halo/core'
import { describe, expectTypeOf, it } from 'vitest'
import {
  type DashboardLink,
  type DashboardRecord,
  type DashboardsResource,
  dashboards,
  type ExportRow,
  type HaloReportError,
  type LoadedReport,
  type Report,
  type ReportPdf,
  type ReportRecord,
  type ReportRow,
  type ReportsResource,
  reports,
  rowsToCsv,
  rowsToXlsx,
} from '../src/index.js'

declare const core: HaloCore
declare const report: ReportRecord

describe('reports resource types', () => {
  it('common methods', () => {
    expectTypeOf(reports(core)).toEqualTypeOf<ReportsResource>()
    expectTypeOf(reports(core).list({ reportgroup_id: 1 })).toEqualTypeOf<HaloList<ReportRecord>>()
    expectTypeOf(reports(core).search('tickets', { limit: 5 })).toEqualTypeOf<HaloList<ReportRecord>>()
    expectTypeOf(reports(core).get(45)).toEqualTypeOf<Promise<ReportRecord>>()
    expectTypeOf(reports(core).create({ name: 'x', sql: 'SELECT 1' })).toEqualTypeOf<Promise<ReportRecord>>()
    expectTypeOf(reports(core).update(45, { name: 'y' })).toEqualTypeOf<Promise<ReportRecord>>()
  })

  it('run takes wire-name parameters and answers rows', () => {
    expectTypeOf(report.run({ reportingperiod: 3, client_id: 12 })).toEqualTypeOf<Promise<ReportRow[]>>()
    expectTypeOf(report.load()).toEqualTypeOf<Promise<LoadedReport>>()
    expectTypeOf<LoadedReport['rows']>().toEqualTypeOf<ReportRow[]>()
    expectTypeOf(reports(core).run(45)).toEqualTypeOf<Promise<ReportRow[]>>()
    // @ts-expect-error client_id is an int
    report.run({ client_id: 'acme' })
    // @ts-expect-error loadreport is always sent by run
    report.run({ loadreport: false })
    expectTypeOf<ReportRow>().toMatchTypeOf<ExportRow>()
  })

  it('runSql answers rows and takes limit / allowNonSelect / signal', () => {
    expectTypeOf(reports(core).runSql('SELECT 1', { limit: 10 })).toEqualTypeOf<Promise<ReportRow[]>>()
    reports(core).runSql('DELETE FROM x', { allowNonSelect: true, signal: new AbortController().signal })
    // @ts-expect-error limit is a number
    reports(core).runSql('SELECT 1', { limit: '10' })
  })

  it('generatePdf, bookmark, toCsv and toXlsx', () => {
    expectTypeOf(report.generatePdf({ reportingperiod: 3 })).toEqualTypeOf<Promise<ReportPdf>>()
    expectTypeOf<ReportPdf['bytes']>().toEqualTypeOf<Uint8Array>()
    expectTypeOf<ReportPdf['attachmentId']>().toEqualTypeOf<number>()
    expectTypeOf(report.bookmark()).toEqualTypeOf<Promise<ReportRecord>>()
    expectTypeOf(report.toCsv(undefined, { delimiter: ';', bom: true })).toEqualTypeOf<Promise<string>>()
    expectTypeOf(report.toXlsx({ reportingperiod: 1 }, { sheetName: 'x' })).toEqualTypeOf<
      Promise<Uint8Array>
    >()
    expectTypeOf(rowsToCsv).parameter(0).toEqualTypeOf<readonly ExportRow[]>()
    expectTypeOf(rowsToXlsx).returns.toEqualTypeOf<Uint8Array>()
  })

  it('records keep Halo fields; HaloReportError is a HaloError', () => {
    expectTypeOf(report).toMatchTypeOf<Report>()
    expectTypeOf(report.pdf_attachment_id).toEqualTypeOf<number | null | undefined>()
    expectTypeOf<HaloReportError>().toMatchTypeOf<HaloError>()
    expectTypeOf<HaloReportError['loadError']>().toEqualTypeOf<string>()
    expectTypeOf<HaloReportError['reportId']>().toEqualTypeOf<number | undefined>()
  })
})

describe('dashboards resource types', () => {
  it('list/get/create/update/delete, no search', () => {
    expectTypeOf(dashboards(core)).toEqualTypeOf<DashboardsResource>()
    expectTypeOf(dashboards(core).list()).toEqualTypeOf<HaloList<DashboardRecord>>()
    expectTypeOf(dashboards(core).get(1, { includedetails: true })).toEqualTypeOf<Promise<DashboardRecord>>()
    expectTypeOf<DashboardRecord>().toMatchTypeOf<DashboardLink>()
    expectTypeOf<DashboardsResource>().not.toHaveProperty('search')
  })
})
