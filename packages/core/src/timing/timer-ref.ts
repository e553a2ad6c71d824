// Whether a pending timer keeps the process alive. Node and Bun timers are objects with ref() and
// unref(); Deno's are numbers handled by Deno.refTimer / Deno.unrefTimer; browsers have no process
// to keep alive, so there is nothing to do.

type Timer = ReturnType<typeof setTimeout>

interface DenoTimers {
  refTimer(id: number): void
  unrefTimer(id: number): void
}

function denoTimers(): DenoTimers | undefined {
  const deno = (globalThis as { Deno?: Partial<DenoTimers> }).Deno
  return typeof deno?.unrefTimer === 'function' && typeof deno.refTimer === 'function'
    ? (deno as DenoTimers)
    : undefined
}

const deno = /* @__PURE__ */ denoTimers()

export function unrefTimer(timer: Timer): void {
  if (typeof timer === 'object' && timer !== null && 'unref' in timer) timer.unref()
  else if (deno !== undefined && typeof timer === 'number') deno.unrefTimer(timer)
}

export function refTimer(timer: Timer): void {
  if (typeof timer === 'object' && timer !== null && 'ref' in timer) timer.ref()
  else if (deno !== undefined && typeof timer === 'number') deno.refTimer(timer)
}
