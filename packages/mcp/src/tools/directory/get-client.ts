import { getClient } from '@halo/crm'
import { projectRecord } from '../../results/project-record.js'
import { fieldsInput, idInput } from '../common-inputs.js'
import { CLIENT_FIELDS } from '../compact-fields.js'
import { defineTool } from '../halo-tool.js'

const SITE_FIELDS = ['id', 'name', 'city', 'postcode', 'phone'] as const

export const getClientTool = defineTool({
  name: 'get_client',
  title: 'Get a client',
  description: 'Read one client (customer) by id, with its sites. Use list_clients to find the id by name.',
  access: 'read',
  input: { id: idInput('client'), fields: fieldsInput },
  async run(input, { api, signal }) {
    const client = await getClient(api.core, { id: input.id, includedetails: true }, { signal })
    const value = projectRecord(client, CLIENT_FIELDS, input.fields)
    const sites = (client as { sites?: unknown }).sites
    if (Array.isArray(sites) && !input.fields?.includes('*')) {
      value.sites = sites.map((site) => projectRecord(site, SITE_FIELDS))
    }
    return { value }
  },
})
