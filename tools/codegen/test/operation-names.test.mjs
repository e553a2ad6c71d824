import { describe, expect, it } from 'vitest'
import { nameOperations } from '../src/naming/operation-names.mjs'

const none = { operations: {}, segments: {} }
const op = (method, path, isCollectionGet = false) => ({
  key: `${method.toUpperCase()} ${path}`,
  method,
  path,
  isCollectionGet,
})

describe('operation names', () => {
  it('follows the rule: list, get, upsert, delete, then segments', () => {
    const names = nameOperations(
      [
        op('get', '/Tickets', true),
        op('get', '/Tickets/{id}'),
        op('post', '/Tickets'),
        op('delete', '/Tickets/{id}'),
        op('get', '/Asset/NextTag'),
        op('get', '/Asset', true),
        op('get', '/IntegrationData/Get/Jira'),
        op('post', '/Notify/partner-center'),
        op('delete', '/TicketApproval/{id}&{seq}'),
        op('get', '/Attachment/image', true),
      ],
      none,
    )
    expect([...names.values()]).toEqual([
      'listTickets',
      'getTicket',
      'upsertTickets',
      'deleteTicket',
      'getAssetNextTag',
      'listAssets',
      'getIntegrationDataJira',
      'postNotifyPartnerCenter',
      'deleteTicketApproval',
      'listAttachmentImages',
    ])
  })

  it('uses friendly names for internal class names in first segments', () => {
    const names = nameOperations(
      [op('get', '/AreaRequestType', true), op('get', '/AreaRequestType/{id}')],
      none,
    )
    expect([...names.values()]).toEqual(['listClientRequestTypes', 'getClientRequestType'])
  })

  it('fails on clashing names, naming both operations', () => {
    expect(() =>
      nameOperations([op('get', '/Notification', true), op('get', '/Notifications', true)], none),
    ).toThrow(/listNotifications: GET \/Notification, GET \/Notifications/)
  })

  it('takes overrides, and refuses overrides for operations that do not exist', () => {
    const names = nameOperations([op('post', '/KBArticle/vote')], {
      operations: { 'POST /KBArticle/vote': 'voteKbArticles' },
      segments: {},
    })
    expect(names.get('POST /KBArticle/vote')).toBe('voteKbArticles')
    expect(() => nameOperations([], { operations: { 'GET /Gone': 'gone' }, segments: {} })).toThrow(
      /GET \/Gone/,
    )
  })
})
