#!/usr/bin/env node
// Prints a hash of the spec (or "absent") for nx to key the codegen test cache on: the spec lives
// outside the repository, so nx cannot hash it as a file input.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const spec = resolve(fileURLToPath(new URL('../../..', import.meta.url)), '../shared/halo/openapi.json')
console.log(existsSync(spec) ? createHash('sha256').update(readFileSync(spec)).digest('hex') : 'absent')
