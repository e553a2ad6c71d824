import { getAsset } from '@halo/assets'
import { projectRecord } from '../../results/project-record.js'
import { fieldsInput, idInput } from '../common-inputs.js'
import { ASSET_FIELDS } from '../compact-fields.js'
import { defineTool } from '../halo-tool.js'

export const getAssetTool = defineTool({
  name: 'get_asset',
  title: 'Get an asset',
  description:
    'Read one asset by id, with its fields (model, serial number, …). Use list_assets to find the id.',
  access: 'read',
  input: { id: idInput('asset'), fields: fieldsInput },
  async run(input, { api, signal }) {
    const asset = await getAsset(api.core, { id: input.id, includedetails: true }, { signal })
    const value = projectRecord(asset, [...ASSET_FIELDS, 'warranty_end', 'notes'], input.fields)
    const fields = (asset as { fields?: unknown }).fields
    if (Array.isArray(fields) && !input.fields?.includes('*')) {
      value.fields = fields.map((field) => projectRecord(field, ['name', 'value']))
    }
    return { value }
  },
})
