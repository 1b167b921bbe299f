/**
 * CPU time of this process, for the generous bounds that catch quadratic paths: unlike wall time it
 * does not grow when other work shares the machine (CI runners, parallel test files).
 */

/** Milliseconds of CPU (user and system) this process has used so far. */
export function cpuMs(): number {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1000
}

/** Runs `run` and returns its value with the CPU milliseconds it took. */
export function cpuTimed<T>(run: () => T): {value: T; ms: number} {
  const started = cpuMs()
  const value = run()
  return {value, ms: cpuMs() - started}
}
