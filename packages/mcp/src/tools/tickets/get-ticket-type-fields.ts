import { z } from 'zod'
import { nameOrId } from '../common-inputs.js'
import { defineTool } from '../halo-tool.js'
import { resolveId } from '../resolve-name.js'

/** Allowed values listed per field before the list is cut (category trees can be long). */
const MAX_VALUES = 50

export const getTicketTypeFieldsTool = defineTool({
  name: 'get_ticket_type_fields',
  title: 'Fields of a ticket type',
  description:
    'List the fields a ticket type shows (name, label, type, whether required, allowed values), to know what create_ticket needs.',
  access: 'read',
  input: {
    ticket_type: nameOrId('Ticket type, e.g. "Incident"'),
    mandatory_only: z.boolean().optional().describe('true: only the fields required when creating a ticket'),
  },
  async run(input, { api, signal }) {
    const { ticketTypes } = api.resources
    const id = (await resolveId(input.ticket_type, (name) => ticketTypes.idOf(name))) as number
    const ticketType = await ticketTypes.get(id, { includedetails: true }, { signal })
    const fields = await ticketType.getFields({ signal })
    const shown = input.mandatory_only ? fields.filter((field) => field.mandatory) : fields
    let cut = false
    const value = {
      ticket_type: { id, name: ticketType.name },
      fields: shown.map((field) => {
        const values = field.lookupValues.map((entry) => entry.label)
        if (values.length > MAX_VALUES) cut = true
        return {
          name: field.name,
          label: field.label,
          type: field.type,
          mandatory: field.mandatory,
          ...(field.categoryTypeId === null ? {} : { category_tier: field.categoryTypeId }),
          ...(values.length === 0 ? {} : { values: values.slice(0, MAX_VALUES) }),
        }
      }),
    }
    const note = cut
      ? `Fields with more than ${MAX_VALUES} allowed values show the first ${MAX_VALUES}; lookup kind categories lists every category.`
      : undefined
    return { value, note }
  },
})
