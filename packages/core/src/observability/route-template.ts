/**
 * The route a raw call's path stands for, for span names and metrics that must not grow with every
 * record id: each all-digit segment becomes `{id}` (`/Tickets/5/Actions` → `/Tickets/{id}/Actions`).
 * Operations of the domain packages carry their own template instead.
 */
export function routeTemplate(path: string): string {
  const end = path.search(/[?#]/)
  return (end === -1 ? path : path.slice(0, end)).replace(/\/\d+(?=\/|$)/g, '/{id}')
}
