/**
 * The form event names are matched in: lower case, with runs of spaces, `_`, `-` and `.` as one
 * space. Halo names events as its notification profiles do ("New Ticket Logged", "ticket status
 * changed"), and the case differs between places, so `on` keys match whatever case they are written in.
 */
export function eventKey(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_.-]+/g, ' ')
}
