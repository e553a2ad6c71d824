// Node's own crypto when the runtime has it (Node, Bun and Deno answer
// `process.getBuiltinModule('node:crypto')`): synchronous hashing of a few kB costs a fraction of a
// Web Crypto call's promise round trip. Elsewhere (Workers, browsers) Web Crypto is used; both give
// the same bytes. Looked up through `process`, so the bundle imports no Node module.

interface NodeDigest {
  update(data: Uint8Array | string): NodeDigest
  digest(): Uint8Array
}

export interface NodeCrypto {
  createHmac(algorithm: string, key: string): NodeDigest
  createHash(algorithm: string): NodeDigest
}

let cached: NodeCrypto | null | undefined

export function nodeCrypto(): NodeCrypto | undefined {
  if (cached === undefined) {
    const host = globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }
    try {
      cached = (host.process?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined) ?? null
    } catch {
      cached = null
    }
  }
  return cached ?? undefined
}
