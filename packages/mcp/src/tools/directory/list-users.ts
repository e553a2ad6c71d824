import { listUsersOperation } from '@halo/crm'
import { z } from 'zod'
import { parameterDescription } from '../../catalog/parameter-description.js'
import { optionalIdInput } from '../common-inputs.js'
import { USER_FIELDS } from '../compact-fields.js'
import { defineTool } from '../halo-tool.js'
import { listInputs, listPage } from '../list-tool.js'

const doc = (name: string, fallback: string) => parameterDescription('listUsers', name, fallback)

export const listUsersTool = defineTool({
  name: 'list_users',
  title: 'List users',
  description:
    'List or find end users (the people who raise tickets) by name or email, by client or site, one page at a time.',
  access: 'read',
  input: {
    search: z.string().min(1).optional().describe(doc('search', 'Text to search names and emails for')),
    client_id: optionalIdInput(doc('client_id', 'Only users of this client')),
    site_id: optionalIdInput(doc('site_id', 'Only users of this site')),
    include_inactive: z.boolean().optional().describe(doc('includeinactive', 'Include inactive users')),
    ...listInputs,
  },
  run(input, context) {
    const params = {
      search: input.search,
      client_id: input.client_id,
      site_id: input.site_id,
      includeinactive: input.include_inactive,
    }
    return listPage('list_users', listUsersOperation, params, input, USER_FIELDS, context)
  },
})
