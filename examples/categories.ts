// Categories: Halo's four tiers (type_id 1–4), each tier, and name → id.
import type { HaloClient } from '@halo/client'
import { runWhenMain } from './support/run-example.js'

export async function run(halo: HaloClient, log: (line: string) => void) {
  const all = await halo.categories.getAllTypes()
  for (const tier of [1, 2, 3, 4] as const) {
    const names = all[tier].map((category) => category.value)
    log(
      `Category ${tier}: ${names.length} values (${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''})`,
    )
  }
  const tierThree = await halo.categories.getByType(3)
  const laptopId = await halo.categories.idOf('Hardware>Laptop', 1)
  log(`Tier 3 has ${tierThree.length} values; "Hardware>Laptop" is category ${laptopId}`)

  // The ticket type shows which tiers it uses (Halo's field `category2` is Category 1).
  const incident = await halo.ticketTypes.get(await halo.ticketTypes.idOf('Incident'), {
    includedetails: true,
  })
  const tiers = (await incident.getFields()).filter((field) => field.isCategory)
  log(`Incident uses ${tiers.map((field) => `${field.csvColumnName} (${field.label})`).join(', ')}`)

  return {
    counts: [all[1].length, all[2].length, all[3].length, all[4].length],
    laptopId,
    tiers: tiers.length,
  }
}

await runWhenMain(import.meta.url, run)
