/** A redline's pieces cut into runs by character style: bracketed text, status markers, plain text. */
import type {Piece} from '../model/diff.js'

/** The character style of a run: text inside square brackets, a status marker, or none. */
export type RunStyle = 'bracket' | 'marker' | null

/** A piece of a redline with one character style. */
export interface StyledRun {
  type: Piece['type']
  text: string
  style: RunStyle
}

/** The style of each character of `text`: markers (`[pending]` with a known name) first, then any bracket depth above 0. */
function characterStyles(text: string, markerNames: ReadonlySet<string>): RunStyle[] {
  const styles: RunStyle[] = []
  let depth = 0
  for (const char of text) {
    if (char === '[') depth++
    styles.push(depth > 0 ? 'bracket' : null)
    if (char === ']' && depth > 0) depth--
  }
  const chars = [...text]
  for (const match of text.matchAll(/\[([^[\]]+)\]/g)) {
    if (!markerNames.has(match[1]?.toLowerCase() ?? '')) continue
    const start = [...text.slice(0, match.index)].length
    const length = [...match[0]].length
    for (let k = start; k < start + length && k < chars.length; k++) styles[k] = 'marker'
  }
  return styles
}

/** Cut `pieces` where the character style changes; styles are read on the text as displayed (all pieces in order). */
export function styledRuns(pieces: Piece[], markerNames: ReadonlySet<string>): StyledRun[] {
  const styles = characterStyles(pieces.map((p) => p.text).join(''), markerNames)
  const runs: StyledRun[] = []
  let at = 0
  for (const piece of pieces) {
    let current: StyledRun | null = null
    for (const char of piece.text) {
      const style = styles[at++] ?? null
      if (current && current.style === style) current.text += char
      else {
        current = {type: piece.type, text: char, style}
        runs.push(current)
      }
    }
  }
  return runs
}
