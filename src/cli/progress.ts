/** A progress bar on stderr, drawn only when stderr is a terminal (never in pipes, CI logs or tests). */

/** A progress line on stderr, shown only on a terminal. */
export interface Progress {
  update: (phase: string, done: number, total: number) => void
  /** Erase the bar. */
  end: () => void
}

/** A progress bar on `stream` when it is a TTY, else one that draws nothing. Plain characters, no colour. */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return {update: () => {}, end: () => {}}
  let last = 0
  let drawn = false
  return {
    update: (phase, done, total) => {
      const now = Date.now()
      if (done < total && now - last < 80) return
      last = now
      const columns = Math.max(40, stream.columns ?? 80)
      const counts = `${String(done).padStart(String(total).length)}/${total}`
      const width = Math.max(10, Math.min(40, columns - phase.length - counts.length - 6))
      const filled = total > 0 ? Math.round((width * done) / total) : width
      stream.write(`\r${phase} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${counts}\u001B[K`)
      drawn = true
    },
    end: () => {
      if (drawn) stream.write('\r\u001B[K')
      drawn = false
    }
  }
}
