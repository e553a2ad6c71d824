// Assets: filter by client and type, the next free tag, installed software.
import type { HaloClient } from '@halo/client'
import { runWhenMain } from './support/run-example.js'

export async function run(halo: HaloClient, log: (line: string) => void) {
  const [client] = await halo.clients.list({ search: 'Northwind' })
  if (client?.id == null) throw new Error('No client matching "Northwind"')
  const [laptopType] = (await halo.assetTypes.list()).filter((type) => type.name === 'Laptop')
  if (laptopType?.id == null) throw new Error('No "Laptop" asset type')

  // Halo pages assets 50 at a time; the list fetches every page.
  const laptops = await halo.assets.list({ client_id: client.id, assettype_id: laptopType.id })
  log(`${client.name} has ${laptops.length} laptops`)

  const [first] = laptops
  if (first !== undefined) {
    const software = await first.getSoftware()
    log(`${first.inventory_number}: ${software.length} software packages`)
  }
  // Halo documents no shape for the next tag: text, a number, or an object holding it.
  const nextTag = await halo.assets.getNextTag()
  const tag =
    typeof nextTag === 'object' ? Object.values(nextTag).find((value) => typeof value === 'string') : nextTag
  log(`Next free asset tag: ${tag}`)

  return { laptops: laptops.length, nextTag }
}

await runWhenMain(import.meta.url, run)
