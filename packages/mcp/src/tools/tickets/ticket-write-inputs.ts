import { z } from 'zod'
import { nameOrId } from '../common-inputs.js'

/** Fields any other way of writing a ticket would need: Halo's wire names and values, sent as given. */
export const extraFieldsInput = z
  .record(z.string(), z.unknown())
  .optional()
  .describe(
    'Other ticket fields by Halo\'s wire names (e.g. { "category_2": "Fixed", "customfields": [{ "name": "CFimpact", "value": 2 }] }); get_ticket_type_fields lists them',
  )

/** The inputs create_ticket and update_ticket share: what people name rather than number. */
export const ticketNamedInputs = {
  status: nameOrId('Status, e.g. "In Progress"').optional(),
  priority: nameOrId('Priority, e.g. "High"').optional(),
  agent: nameOrId('Agent to assign, e.g. "Priya Shah"').optional(),
  team: nameOrId('Team to assign, e.g. "1st Line Support"').optional(),
}
