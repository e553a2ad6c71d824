import { once } from 'node:events'
import { createServer, type RequestListener, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A real `node:http` server of a test, on a free loopback port. */
export interface ListeningServer {
  readonly server: Server
  /** `http://127.0.0.1:<port>` */
  readonly url: string
  readonly port: number
  /** Ends open connections (keep-alive included) and closes the server. */
  close(): Promise<void>
}

/** Serves `listener` on 127.0.0.1 at a port the kernel picks. */
export async function listen(listener: RequestListener): Promise<ListeningServer> {
  const server = createServer(listener)
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  return {
    server,
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
