import { once } from 'node:events'
import { createServer } from 'node:net'

/** A loopback port nothing listens on right now: the kernel's pick for port 0. */
export async function freePort(): Promise<number> {
  const probe = createServer()
  probe.listen(0, '127.0.0.1')
  await once(probe, 'listening')
  const address = probe.address()
  probe.close()
  if (address === null || typeof address === 'string') throw new Error('no TCP port')
  return address.port
}
