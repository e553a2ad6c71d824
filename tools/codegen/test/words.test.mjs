import { describe, expect, it } from 'vitest'
import { kebabCase, pluralize, segmentName, singularize, splitWords } from '../src/naming/words.mjs'

const noOverrides = { segmentOverrides: {} }

describe('words', () => {
  it('splits segments on punctuation, case changes and acronyms', () => {
    expect(splitWords('KBArticle')).toEqual(['KB', 'Article'])
    expect(splitWords('delete-webhook')).toEqual(['delete', 'webhook'])
    expect(splitWords('GetS3PresignedURL')).toEqual(['Get', 'S3', 'Presigned', 'URL'])
  })

  it('reads acronyms as words', () => {
    expect(segmentName('KBArticle', { first: true, ...noOverrides })).toBe('KbArticle')
    expect(segmentName('SLA', { first: true, ...noOverrides })).toBe('Sla')
    expect(segmentName('partner-center', { first: false, ...noOverrides })).toBe('PartnerCenter')
  })

  it("replaces Halo's class names only in the first segment", () => {
    expect(segmentName('AreaAzureTenant', { first: true, ...noOverrides })).toBe('ClientAzureTenant')
    expect(segmentName('FaultViewLog', { first: true, ...noOverrides })).toBe('TicketViewLog')
    expect(segmentName('Device42', { first: false, ...noOverrides })).toBe('Device42')
    expect(segmentName('Areas', { first: true, ...noOverrides })).toBe('Areas')
  })

  it('honours segment overrides', () => {
    expect(
      segmentName('MYOBdetails', { first: true, segmentOverrides: { MYOBdetails: 'MyobDetails' } }),
    ).toBe('MyobDetails')
  })

  it('pluralizes and singularizes the last word only', () => {
    expect(pluralize('Asset')).toBe('Assets')
    expect(pluralize('Tickets')).toBe('Tickets')
    expect(pluralize('Priority')).toBe('Priorities')
    expect(pluralize('Holiday')).toBe('Holidays')
    expect(pluralize('Status')).toBe('Statuses')
    expect(pluralize('Tax')).toBe('Taxes')
    expect(pluralize('AwsDetails')).toBe('AwsDetails')
    expect(singularize('Tickets')).toBe('Ticket')
    expect(singularize('Opportunities')).toBe('Opportunity')
    expect(singularize('ServiceStatus')).toBe('ServiceStatus')
    expect(singularize('Mailboxes')).toBe('Mailbox')
    expect(singularize('SoftwareInfo')).toBe('SoftwareInfo')
  })

  it('names tag files in kebab case', () => {
    expect(kebabCase('NHD_Roles')).toBe('nhd-roles')
    expect(kebabCase('AzureADConnection')).toBe('azure-ad-connection')
  })
})
