// The mock answers every request on one thread. Long work (serialising or searching tens of
// thousands of records) pauses now and then so requests waiting behind it are answered meanwhile,
// as a real Halo answers them side by side. setTimeout, not setImmediate: the mock runs in browsers too.

/** Lets the event loop run whatever is waiting (other requests' I/O), then resumes. */
export function pauseForOthers(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}
