import { z } from 'zod'

/** Records per page when a tool is not told: enough to act on, small enough to read. */
export const DEFAULT_PAGE_SIZE = 25

/** An id, or the name people use for the thing ("In Progress", "High", "Jane Smith"). */
export function nameOrId(what: string) {
  return z
    .union([z.number().int().positive(), z.string().min(1)])
    .describe(`${what}: its name (case-insensitive) or its numeric id`)
}

export const pageInput = z.number().int().min(1).optional().describe('Page number, from 1 (default 1)')

export const pageSizeInput = z
  .number()
  .int()
  .min(1)
  .max(100)
  .optional()
  .describe(`Records per page (default ${DEFAULT_PAGE_SIZE}, at most 100)`)

export const fieldsInput = z
  .array(z.string().min(1))
  .optional()
  .describe(
    "More fields to return besides the compact default set, by Halo's wire names (e.g. details, customfields); ['*'] returns every field",
  )

export const dryRunInput = z
  .boolean()
  .optional()
  .describe('true: send nothing and answer the exact request that would be sent (method, path, query, body)')

export const idInput = (what: string) => z.number().int().positive().describe(`The ${what}'s id`)

/** An optional record id: a filter (`client_id`, `site_id`, …) or a link to another record. */
export const optionalIdInput = (description: string) =>
  z.number().int().positive().optional().describe(description)
