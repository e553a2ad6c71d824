import { operationDescriptors as adminDescriptors } from '@halo/admin'
import { operationDescriptors as assetsDescriptors } from '@halo/assets'
import type { OperationDescriptor } from '@halo/core'
import { operationDescriptors as crmDescriptors } from '@halo/crm'
import { operationDescriptors as financeDescriptors } from '@halo/finance'
import { operationDescriptors as integrationsDescriptors } from '@halo/integrations'
import { operationDescriptors as kbDescriptors } from '@halo/kb'
import { operationDescriptors as reportingDescriptors } from '@halo/reporting'
import { operationDescriptors as ticketsDescriptors } from '@halo/tickets'

/**
 * The descriptor of every generated operation (method, path, tag, path and query parameters, body,
 * paging), in the order of `allOperations`. Tools read it to describe, search and call operations by
 * name without importing each function: `halo ops list`, an MCP server's operation search.
 */
export const allOperationDescriptors: readonly OperationDescriptor[] = [
  ...ticketsDescriptors,
  ...assetsDescriptors,
  ...kbDescriptors,
  ...reportingDescriptors,
  ...financeDescriptors,
  ...crmDescriptors,
  ...adminDescriptors,
  ...integrationsDescriptors,
]
