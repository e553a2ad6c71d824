// Asset types and assets (generated from a small catalogue so there are enough to page at 50 a page).

import { pick } from '../mock/random.js'
import type { HaloRecord } from '../store/collection.js'
import { clientName, seedUsers, siteName, siteSeeds } from './organisation.js'
import { seed } from './seed-ids.js'
import { stableGuid } from './stable-guid.js'

const types: [number, string, string, string][] = [
  [1, 'Laptop', 'LT', 'fa-laptop'],
  [2, 'Desktop', 'PC', 'fa-desktop'],
  [3, 'Server', 'SRV', 'fa-server'],
  [4, 'Printer', 'PRN', 'fa-print'],
  [5, 'Firewall', 'FW', 'fa-shield'],
  [6, 'Mobile Phone', 'MOB', 'fa-mobile'],
  [7, 'Network Switch', 'SW', 'fa-sitemap'],
]

export function seedAssetTypes(): HaloRecord[] {
  return types.map(([id, name, , icon], i) => ({
    id,
    guid: stableGuid(80, id),
    name,
    assetgroup_id: id <= 2 || id === 6 ? 1 : 2,
    assetgroup_name: id <= 2 || id === 6 ? 'End User Devices' : 'Infrastructure',
    icon,
    sequence: i + 1,
    inactive: false,
    keyfield_id: 101,
    keyfield2_id: 117,
    keyfield3_id: 51,
  }))
}

const models: Record<number, string[]> = {
  1: ['Dell Latitude 5440', 'Lenovo ThinkPad T14', 'HP EliteBook 840 G10'],
  2: ['Dell OptiPlex 7010', 'HP ProDesk 400 G9'],
  3: ['Dell PowerEdge R650', 'HPE ProLiant DL360 Gen11'],
  4: ['Brother HL-L6210DW', 'Zebra ZT411', 'HP LaserJet M507'],
  5: ['Sophos XGS 2100', 'FortiGate 60F'],
  6: ['iPhone 15', 'Samsung Galaxy A55'],
  7: ['Cisco Catalyst 9200', 'Aruba 2930F'],
}

const activeSites = siteSeeds.filter((s) => s.client_id !== 16)
const users = seedUsers()

function prefix(clientId: number): string {
  return clientName(clientId)
    .split(/\s+/)
    .map((w) => w[0])
    .join('')
    .slice(0, 2)
    .toUpperCase()
}

/** The asset with this id as seeded: the first is a Northwind laptop; the rest vary by id. */
export function makeAsset(id: number): HaloRecord {
  const n = id - seed.assetId
  const site = n === 0 ? activeSites[0] : activeSites[pick(id, 1, activeSites.length)]
  const siteId = site?.id ?? seed.siteId
  const clientId = site?.client_id ?? seed.clientId
  const typeRoll = pick(id, 2, 10)
  const typeId = n === 0 ? 1 : ([1, 1, 1, 2, 2, 6, 6, 4, 3, 7][typeRoll] ?? 1)
  const type = types.find((t) => t[0] === typeId) ?? types[0]
  const modelList = models[typeId] ?? ['Generic device']
  const model = modelList[pick(id, 3, modelList.length)] ?? 'Generic device'
  const siteUsers = users.filter((u) => u.site_id === siteId)
  const owner =
    typeId <= 2 || typeId === 6 ? siteUsers[pick(id, 4, Math.max(1, siteUsers.length))] : undefined
  const tag = `${prefix(clientId)}-${type?.[2] ?? 'AS'}-${String(n + 1).padStart(4, '0')}`
  const serial = `SN${(pick(id, 5, 0xffffff) + 0x100000).toString(16).toUpperCase()}${String(id).slice(-3)}`
  return {
    id,
    inventory_number: tag,
    key_field: model,
    key_field2: serial,
    key_field3: owner ? (owner.name as string) : '',
    client_id: clientId,
    client_name: clientName(clientId),
    site_id: siteId,
    site_name: siteName(siteId),
    assettype_id: typeId,
    assettype_name: type?.[1] ?? '',
    user_id: owner ? (owner.id as number) : 0,
    username: owner ? (owner.name as string) : '',
    status_id: 1,
    inactive: false,
    warranty_end: `202${6 + pick(id, 6, 3)}-0${1 + pick(id, 7, 9)}-15T00:00:00`,
    supplier_id: typeId === 5 ? 5 : 1,
    notes: '',
    fields: [
      { id: 101, name: 'Model', value: model },
      { id: 117, name: 'Serial Number', value: serial },
    ],
    guid: stableGuid(81, id),
  }
}

const software: [string, string, string][] = [
  ['Microsoft 365 Apps for enterprise', '16.0.17328.20162', 'Microsoft Corporation'],
  ['Google Chrome', '124.0.6367.92', 'Google LLC'],
  ['Adobe Acrobat Reader', '24.002.20687', 'Adobe'],
  ['Sophos Endpoint Agent', '2023.2.1.9', 'Sophos Limited'],
  ['7-Zip', '23.01', 'Igor Pavlov'],
  ['Zoom Workplace', '6.0.4', 'Zoom Video Communications'],
  ['AutoCAD LT 2024', '24.3.61.0', 'Autodesk'],
  ['Sage 50 Accounts', '30.1.0.0', 'Sage (UK) Ltd'],
]

/** Installed software of a device (`GET /AssetSoftware?device_id=`): computers only. */
export function makeAssetSoftware(asset: HaloRecord): HaloRecord[] {
  const typeId = asset.assettype_id as number
  if (typeId !== 1 && typeId !== 2 && typeId !== 3) return []
  const count = 3 + pick(asset.id, 8, 4)
  const out: HaloRecord[] = []
  for (let i = 0; i < count; i++) {
    const [name, version, publisher] = software[(pick(asset.id, 9, software.length) + i) % software.length] ??
      software[0] ?? ['', '', '']
    out.push({
      id: asset.id * 100 + i + 1,
      did: asset.id,
      name,
      version,
      publisher,
      install_date: `2024-0${1 + ((asset.id + i) % 9)}-1${i % 10}T09:00:00`,
      licence_id: 0,
      licence_required: name.startsWith('Microsoft') || name.startsWith('AutoCAD') || name.startsWith('Sage'),
      count: 1,
    })
  }
  return out
}
