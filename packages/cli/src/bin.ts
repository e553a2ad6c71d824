#!/usr/bin/env node
// The `halo` executable: runs the program on the process's arguments and streams, with Ctrl-C handling.
import { runHalo } from './program/run-halo.js'
import { processIo } from './runtime/cli-io.js'
import { InterruptGuard } from './runtime/interrupt-guard.js'

const interrupt = new InterruptGuard()
interrupt.install((line) => process.stderr.write(`${line}\n`))
runHalo(process.argv.slice(2), processIo(interrupt.signal), interrupt).then(
  (code) => {
    interrupt.uninstall()
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`halo: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  },
)
