#!/usr/bin/env node
// Reads a test run's log on stdin and prints one closing line, "N passed, N failed", summed over every
// vitest summary ("Tests  12 failed | 330 passed (342)"): nx prints one per package, CI reads one line.
import { text } from 'node:stream/consumers'

const log = (await text(process.stdin)).replace(/\x1b\[[0-9;]*m/g, '')
let passed = 0
let failed = 0
let skipped = 0
for (const line of log.split('\n')) {
  const summary = line.match(/^\s*Tests\s+(.*)\(\d+\)\s*$/)
  if (!summary) continue
  for (const [, count, kind] of summary[1].matchAll(/(\d+) (passed|failed|skipped)/g)) {
    if (kind === 'passed') passed += Number(count)
    else if (kind === 'failed') failed += Number(count)
    else skipped += Number(count)
  }
}
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`)
