// Preloaded into the measured `tsc` process: prints the CPU time it used when it exits, so the
// figure does not depend on how busy the machine is (wall-clock time does).
process.on('exit', () => {
  const { user, system } = process.cpuUsage()
  process.stderr.write(`CPU seconds: ${((user + system) / 1e6).toFixed(2)}\n`)
})
