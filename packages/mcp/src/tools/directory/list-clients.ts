import { listClientsOperation } from '@halo/crm'
import { z } from 'zod'
import { parameterDescription } from '../../catalog/parameter-description.js'
import { CLIENT_FIELDS } from '../compact-fields.js'
import { defineTool } from '../halo-tool.js'
import { listInputs, listPage } from '../list-tool.js'

export const listClientsTool = defineTool({
  name: 'list_clients',
  title: 'List clients',
  description:
    'List or find clients (customers) by name, one page at a time. Use get_client for one client in full.',
  access: 'read',
  input: {
    search: z
      .string()
      .min(1)
      .optional()
      .describe(parameterDescription('listClients', 'search', 'Text to search client names for')),
    include_inactive: z
      .boolean()
      .optional()
      .describe(parameterDescription('listClients', 'includeinactive', 'Include inactive clients')),
    ...listInputs,
  },
  run(input, context) {
    const params = { search: input.search, includeinactive: input.include_inactive }
    return listPage('list_clients', listClientsOperation, params, input, CLIENT_FIELDS, context)
  },
})
