import { listAssetsOperation } from '@halo/assets'
import { z } from 'zod'
import { parameterDescription } from '../../catalog/parameter-description.js'
import { optionalIdInput } from '../common-inputs.js'
import { ASSET_FIELDS } from '../compact-fields.js'
import { defineTool } from '../halo-tool.js'
import { listInputs, listPage } from '../list-tool.js'

const doc = (name: string, fallback: string) => parameterDescription('listAssets', name, fallback)

export const listAssetsTool = defineTool({
  name: 'list_assets',
  title: 'List assets',
  description:
    'List or find assets (devices, licences, …) by tag or text, client, site, user or asset type, one page at a time. Use get_asset for one asset in full.',
  access: 'read',
  input: {
    search: z.string().min(1).optional().describe(doc('search', 'Text to search for')),
    client_id: optionalIdInput(doc('client_id', 'Only assets of this client')),
    site_id: optionalIdInput(doc('site_id', 'Only assets at this site')),
    user_id: optionalIdInput(doc('user_id', 'Only assets of this user')),
    assettype_id: optionalIdInput(doc('assettype_id', 'Only assets of this type')),
    include_inactive: z.boolean().optional().describe(doc('includeinactive', 'Include inactive assets')),
    ...listInputs,
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
