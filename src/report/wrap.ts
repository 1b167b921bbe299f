/** Wrapping styled text to a terminal width, counting only visible characters. */

/** A run of terminal text with its style. */
export type Segment = {text: string; style: 'plain' | 'bold' | 'delete' | 'insert'}

/**
 * Break a line of segments into rows of at most `width` visible columns, at spaces, with a hanging
 * indent under the line's leading spaces. Without colour, `{-`/`-}` marks count toward the width.
 */
export function wrap(segments: Segment[], width: number | undefined, color: boolean): Segment[][] {
  if (!width || width < 20) return [segments]
  const markCost = (s: Segment) => (!color && (s.style === 'delete' || s.style === 'insert') ? 4 : 0)
  const indent = ' '.repeat(Math.min(8, /^ */.exec(segments[0]?.text ?? '')?.[0].length ?? 0) + 2)
  const rows: Segment[][] = [[]]
  let used = 0
  for (const segment of segments) {
    const words = segment.text.split(/(?<= )/)
    let first = true
    for (const word of words) {
      // Marks are paid on every row a deletion or insertion runs over: each row's part is marked on its own.
      let cost = word.length + (first ? markCost(segment) : 0)
      if (used + cost > width && used > indent.length && word.trim() !== '') {
        rows.push([{text: indent, style: 'plain'}])
        used = indent.length
        cost = word.length + markCost(segment)
      }
      const row = rows[rows.length - 1] as Segment[]
      const last = row[row.length - 1]
      if (last && last.style === segment.style && !first) last.text += word
      else row.push({text: word, style: segment.style})
      used += cost
      first = false
    }
  }
  return rows
}
