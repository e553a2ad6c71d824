// CPU time of this process's main thread alone, apart from its other threads (the SQLite store's
// worker, V8's and libuv's helpers). Node 20 has no per-thread CPU call; Linux keeps it in /proc.
import { readFileSync } from 'node:fs'

/** The main thread's CPU so far in ms, or NaN where /proc is not there (not Linux). */
export function mainThreadCpuMs(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8')
    // Fields 14 (utime) and 15 (stime) of stat(5), in clock ticks (100 a second); split after the
    // command name, which may hold spaces: the state (field 3) is then element 0.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND
  } catch {
    return Number.NaN
  }
}

const CLOCK_TICKS_PER_SECOND = 100
