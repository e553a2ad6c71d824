// Assets (paged at most 50 a page, as the live `/Asset` does), next tag, installed software, asset types.
import { json } from '../http/respond.js'
import type { RouteTable } from '../http/route-table.js'
import { listResponse } from '../listing/list-response.js'
import type { RouteHandler } from '../mock/context.js'
import { makeAssetSoftware } from '../seed/assets.js'
import { clientName, siteClient, siteName } from '../seed/organisation.js'
import { registerCrud } from './crud.js'

export function registerAssets(table: RouteTable<RouteHandler>): void {
  // Next free asset tag: `{ nexttag }` (the live response shape is undocumented)
  table.add('GET', '/Asset/NextTag', (ctx) => {
    const next = ctx.state.assets.peekNextId()
    return json({ nexttag: `AST-${String(next).padStart(6, '0')}` })
  })

  table.add('GET', '/Asset/GetAllSoftwareVersions', (ctx) => {
    const seen = new Map<string, Record<string, unknown>>()
    for (const a of ctx.state.assets.page(0, 50)) {
      for (const s of makeAssetSoftware(a))
        seen.set(`${s.name}@${s.version}`, { name: s.name, version: s.version })
    }
    return json([...seen.values()])
  })

  table.add('GET', '/AssetSoftware', (ctx) => {
    const deviceId = ctx.query.int('device_id')
    if (deviceId === undefined) return json([])
    const asset = ctx.state.assets.get(deviceId)
    const rows = asset
      ? Array.isArray(asset.software)
        ? (asset.software as Record<string, unknown>[])
        : makeAssetSoftware(asset)
      : []
    return listResponse(ctx, rows, { search: ['name'] })
  })

  registerCrud(table, {
    path: '/Asset',
    label: 'Asset',
    store: (s) => s.assets,
    list: (ctx) =>
      listResponse(ctx, ctx.state.assets, {
        key: 'assets',
        maxPageSize: ctx.settings.maxAssetPageSize,
        hidesInactive: true,
        filters: {
          client_id: 'client_id',
          site_id: 'site_id',
          assettype_id: 'assettype_id',
          user_id: 'user_id',
          inventory_number: 'inventory_number',
          supplier_id: 'supplier_id',
          status_id: 'status_id',
        },
        search: ['inventory_number', 'key_field', 'key_field2', 'key_field3', 'username', 'client_name'],
      }),
    detail: (a, ctx) =>
      ctx.query.bool('includedetails')
        ? { ...a, software: Array.isArray(a.software) ? a.software : makeAssetSoftware(a) }
        : a,
    prepareCreate: (input, ctx) => {
      const siteId = Number(input.site_id ?? 0)
      const clientId = siteClient(siteId) || Number(input.client_id ?? 0)
      const type = ctx.state.assetTypes.get(Number(input.assettype_id ?? 0))
      return {
        inactive: false,
        status_id: 1,
        fields: [],
        ...input,
        assettype_id: Number(input.assettype_id ?? 0),
        assettype_name: type?.name ?? String(input.assettype_name ?? ''),
        site_id: siteId,
        site_name: siteName(siteId),
        client_id: clientId,
        client_name: clientName(clientId),
        inventory_number: String(
          input.inventory_number ?? `AST-${String(ctx.state.assets.peekNextId()).padStart(6, '0')}`,
        ),
      }
    },
  })

  registerCrud(table, {
    path: '/AssetType',
    label: 'Asset Type',
    store: (s) => s.assetTypes,
    list: { search: ['name'] },
  })
}
