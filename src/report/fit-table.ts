/** Plain-text tables that fit a terminal: columns padded, text columns cut with "…" and optional columns left out until the table fits. */

/** Options for `fitTable`. */
export interface FitOptions {
  /** Most characters a line may take. */
  width: number
  /** Columns aligned right (numbers). */
  numeric?: ReadonlySet<number>
  /** Columns that may be cut, in the order they give way; each keeps at least `minWidth`. */
  shrink?: readonly number[]
  /** Columns left out, in this order, while the table cannot fit even with the cut columns at `minWidth`. */
  drop?: readonly number[]
  /** Narrowest a cut column becomes (default 12). */
  minWidth?: number
}

const gap = 2

/** Rows (the first is the header) as lines of at most `width` characters when the cut and dropped columns allow it. */
export function fitTable(rows: string[][], options: FitOptions): string {
  const least = options.minWidth ?? 12
  const shrink = options.shrink ?? []
  const full = Array.from({length: rows[0]?.length ?? 0}, (_, column) => Math.max(...rows.map((row) => [...(row[column] ?? '')].length)))
  const kept = full.map((_, column) => column)
  const total = (widths: (column: number) => number) => kept.reduce((sum, column) => sum + widths(column), 0) + gap * Math.max(0, kept.length - 1)
  const smallest = (column: number) => (shrink.includes(column) ? Math.min(full[column] ?? 0, least) : (full[column] ?? 0))
  for (const column of options.drop ?? []) {
    if (total(smallest) <= options.width) break
    kept.splice(kept.indexOf(column), 1)
  }
  const widths = [...full]
  let excess = total((column) => full[column] ?? 0) - options.width
  for (const column of shrink) {
    if (excess <= 0 || !kept.includes(column)) continue
    const cut = Math.min(excess, (full[column] ?? 0) - smallest(column))
    widths[column] = (full[column] ?? 0) - cut
    excess -= cut
  }
  const cell = (text: string, column: number) => {
    const width = widths[column] ?? 0
    const chars = [...text]
    const shown = chars.length > width ? `${chars.slice(0, Math.max(0, width - 1)).join('')}…` : text
    const pad = ' '.repeat(Math.max(0, width - [...shown].length))
    return options.numeric?.has(column) ? pad + shown : shown + pad
  }
  return rows.map((row) => kept.map((column) => cell(row[column] ?? '', column)).join(' '.repeat(gap)).trimEnd()).join('\n') + '\n'
}

/** The width to fit: the terminal's columns when output is a terminal, else 80. */
export function terminalWidth(stream: {isTTY?: boolean; columns?: number}): number {
  return stream.isTTY && stream.columns ? stream.columns : 80
}
