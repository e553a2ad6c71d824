import { operations as adminOperations } from '@halo/admin'
import { operations as assetsOperations } from '@halo/assets'
import { operations as crmOperations } from '@halo/crm'
import { operations as financeOperations } from '@halo/finance'
import { operations as integrationsOperations } from '@halo/integrations'
import { operations as kbOperations } from '@halo/kb'
import { operations as reportingOperations } from '@halo/reporting'
import { operations as ticketsOperations } from '@halo/tickets'

/** Every generated operation of every domain package, by its generated name (names are unique). */
export const allOperations = {
  ...ticketsOperations,
  ...assetsOperations,
  ...kbOperations,
  ...reportingOperations,
  ...financeOperations,
  ...crmOperations,
  ...adminOperations,
  ...integrationsOperations,
}

/** The type of {@link allOperations}: operation name → generated function. */
export type AllOperations = typeof allOperations
