/** What an operation does to Halo's data, which decides whether a server may call it. */
export type OperationAccess = 'read' | 'write' | 'delete'

/** GET reads, DELETE deletes, everything else (Halo creates and updates with POST) writes. */
export function accessOfMethod(method: string): OperationAccess {
  const upper = method.toUpperCase()
  if (upper === 'GET') return 'read'
  if (upper === 'DELETE') return 'delete'
  return 'write'
}
