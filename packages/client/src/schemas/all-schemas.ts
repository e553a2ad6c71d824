import { schemas as adminSchemas } from '@halo/admin/schemas'
import { schemas as assetsSchemas } from '@halo/assets/schemas'
import type { EntitySchema } from '@halo/core'
import { schemas as crmSchemas } from '@halo/crm/schemas'
import { schemas as financeSchemas } from '@halo/finance/schemas'
import { schemas as integrationsSchemas } from '@halo/integrations/schemas'
import { schemas as kbSchemas } from '@halo/kb/schemas'
import { schemas as reportingSchemas } from '@halo/reporting/schemas'
import { schemas as ticketsSchemas } from '@halo/tickets/schemas'

let merged: Readonly<Record<string, EntitySchema>> | undefined

/**
 * The entity schemas of every domain package, by component name. A component used by several
 * packages is generated into each from the same spec definition, so which copy wins does not matter.
 * Merged on first use: a client with validation off never builds the record.
 */
export function allSchemas(): Readonly<Record<string, EntitySchema>> {
  merged ??= Object.freeze({
    ...integrationsSchemas,
    ...adminSchemas,
    ...crmSchemas,
    ...financeSchemas,
    ...reportingSchemas,
    ...kbSchemas,
    ...assetsSchemas,
    ...ticketsSchemas,
  })
  return merged
}
