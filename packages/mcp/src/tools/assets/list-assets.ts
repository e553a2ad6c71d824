import { listAssetsOperation } from '@halo/assets'
import { z } from 'zod'
import { parameterDescription } from '../../catalog/parameter-description.js'
import { fieldsInput, pageInput, pageSizeInput } from '../common-inputs.js'
import { ASSET_FIELDS } from '../compact-fields.js'
import { defineTool } from '../halo-tool.js'
import { listPage } from '../list-tool.js'

const doc = (name: string, fallback: string) => parameterDescription('listAssets', name, fallback)

export const listAssetsTool = defineTool({
  name: 'list_assets',
  title: 'List assets',
  description:
    'List or find assets (devices, licences, …) by tag or text, client, site, user or asset type, one page at a time. Use get_asset for one asset in full.',
  access: 'read',
  input: {
    search: z.string().min(1).optional().describe(doc('search', 'Text to search for')),
    client_id: z
      .number()
      .int()
      .positive()
      .optional()
      .describe(doc('client_id', 'Only assets of this client')),
    site_id: z.number().int().positive().optional().describe(doc('site_id', 'Only assets at this site')),
    user_id: z.number().int().positive().optional().describe(doc('user_id', 'Only assets of this user')),
    assettype_id: z
      .number()
      .int()
      .positive()
      .optional()
      .describe(doc('assettype_id', 'Only assets of this type')),
    include_inactive: z.boolean().optional().describe(doc('includeinactive', 'Include inactive assets')),
    page: pageInput,
    page_size: pageSizeInput,
    fields: fieldsInput,
  },
  run(input, context) {
    const params = {
      search: input.search,
      client_id: input.client_id,
      site_id: input.site_id,
      user_id: input.user_id,
      assettype_id: input.assettype_id,
      includeinactive: input.include_inactive,
    }
    return listPage('list_assets', listAssetsOperation, params, input, ASSET_FIELDS, context)
  },
})
