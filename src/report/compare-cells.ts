/** What every `compare` renderer says the same way: article numbers, cell notes, redline pieces with footnotes, folding. */
import {cellNote, type CompareRow, type CompareTable, type RowStatus, type UnitCell, type UnitRow} from '../model/compare.js'
import type {Piece} from '../model/diff.js'
import {phrasePieces} from '../model/phrases.js'

/** A cell's note on its article's step from the previous column: `new`, `split: Art. 13 → 13 + 14`. */
export {cellNote}

/**
 * A run of a cell's text: plain, inserted or deleted text (`hidden`: an unchanged stretch folded like unchanged rows),
 * or a footnote reference (its number in the cell from 1; 0 when not in the cell).
 */
export type Run = {type: Piece['type']; text: string; hidden?: boolean} | {type: 'footnote'; number: number; deleted: boolean; inserted: boolean; hidden?: boolean}

/** The index of the baseline column, or null: each column against the previous one. */
export function baselineIndex(table: CompareTable): number | null {
  const index = table.baseline === null ? -1 : table.versions.findIndex((v) => v.label === table.baseline)
  return index < 0 ? null : index
}

/** Runs grouped: visible runs one by one, each stretch of hidden runs as one group (shown as `…` when folded). */
export function groupRuns(runs: Run[]): Array<Run | Run[]> {
  const out: Array<Run | Run[]> = []
  for (const run of runs) {
    const last = out.at(-1)
    if (!run.hidden) out.push(run)
    else if (Array.isArray(last)) last.push(run)
    else out.push([run])
  }
  return out
}

/** `21 → 23`: the numbers an article went through, repeats left out. */
export function articleNumbers(row: CompareRow): string {
  const numbers = row.cells.filter((c) => c.present).map((c) => c.number ?? '')
  return numbers.filter((n, i) => i === 0 || n !== numbers[i - 1]).join(' → ')
}

/** An article's heading across the versions on one line: `Article 27 → 28`, the title and markers where it first appears, and what changed in later versions. */
export interface Heading {
  numbers: string
  title: string | null
  /** `[agreed]`: the heading markers where the article first appears; '' for none. */
  markers: string
  /** `04-revised: [pending]`, `05-further-revised: split: Art. 13 → 13 + 14`, `06-updated: title Use of terms`, in version order. */
  details: string[]
}

/** The heading row's content, shared by the HTML and Word renderers. */
export function articleHeading(row: CompareRow, labels: string[]): Heading {
  const markerText = (markers: string[]) => (markers.length === 0 ? 'no marker' : markers.map((m) => `[${m}]`).join(' '))
  const first = row.cells.find((c) => c.present)
  const details: string[] = []
  let previous = first
  row.cells.forEach((c, v) => {
    const parts: string[] = []
    const note = cellNote(c)
    if (note) parts.push(note)
    if (c.present && previous && c !== first) {
      if (c.markers.join() !== previous.markers.join()) parts.push(markerText(c.markers))
      if (c.title !== previous.title) parts.push(c.title === null ? 'no title' : `title ${c.title}`)
    }
    if (c.present) previous = c
    if (parts.length > 0) details.push(`${labels[v] ?? ''}: ${parts.join(', ')}`)
  })
  return {numbers: `Article ${articleNumbers(row)}`, title: first?.title ?? null, markers: first && first.markers.length > 0 ? markerText(first.markers) : '', details}
}

/** Whether a row is folded by default: nothing in it changed from one column to the next. */
export function isFolded(row: CompareRow | UnitRow): boolean {
  return row.changedIn.length === 0
}

/** The status as a reader sees it: `agreed`, `open brackets: 2 (in 06-updated)` when read from an earlier version. */
export function statusText(status: RowStatus, last: string): string {
  return status.version === last ? status.label : `${status.label} (in ${status.version})`
}

/** Words kept around each change when unchanged text is folded, and the fewest words worth folding. */
export const foldContext = 3
/** The fewest unchanged words worth folding. */
export const foldLeast = 6

const footnoteRef = /\[\^([^\]\s]+)\]/g

/**
 * Each cell of a paragraph row as runs: its redline (or its text) with footnote references `[^label]` replaced by their
 * number in the cell, and (with `fold`) long stretches equal to every neighbouring cell compared with it marked hidden.
 */
export function rowRuns(row: UnitRow, baseline: number | null, fold: boolean): Run[][] {
  return row.cells.map((cell, v) => {
    const pieces = cellPieces(cell)
    const hidden = fold && cell.present ? foldable(cell.text, changes(row, v, baseline)) : []
    return footnoteRuns(cell, splitHidden(pieces, hidden))
  })
}

/** One cell's runs, nothing folded. */
export function cellRuns(cell: UnitCell): Run[] {
  return footnoteRuns(cell, cellPieces(cell))
}

/** A cell's redline as phrases (`phrasePieces`, as every report shows redlines), or its text when it has no redline. */
function cellPieces(cell: UnitCell): Piece[] {
  return cell.redline ? phrasePieces(cell.redline.pieces) : cell.text === '' ? [] : [{type: 'equal', text: cell.text}]
}

/** Where cell v's text changes: its own insertions and deletions, and the changes of every cell compared against it. */
function changes(row: UnitRow, v: number, baseline: number | null): Array<[number, number]> {
  const out: Array<[number, number]> = []
  const walk = (pieces: Piece[], mine: boolean) => {
    let at = 0
    for (const piece of pieces) {
      const inText = mine ? piece.type !== 'delete' : piece.type !== 'insert'
      const changed = piece.type !== 'equal'
      if (changed) out.push([at, inText ? at + piece.text.length : at])
      if (inText) at += piece.text.length
    }
  }
  const own = row.cells[v]
  if (own?.redline) walk(cellPieces(own), true)
  row.cells.forEach((other, w) => {
    if (w !== v && other.redline && (baseline ?? w - 1) === v) walk(cellPieces(other), false)
  })
  return out
}

/** Stretches of `text` of at least `foldLeast` words, each more than `foldContext` words from any change. */
export function foldable(text: string, changed: Array<[number, number]>): Array<[number, number]> {
  const words = [...text.matchAll(/\S+/g)].map((m): [number, number] => [m.index, m.index + m[0].length])
  const keep = new Uint8Array(words.length)
  const mark = (i: number) => {
    for (let k = Math.max(0, i - foldContext); k <= Math.min(words.length - 1, i + foldContext); k++) keep[k] = 1
  }
  if (changed.length === 0) {
    mark(0)
    mark(words.length - 1)
  }
  // Changes come in text order: one pass over the words.
  const sorted = [...changed].sort((x, y) => x[0] - y[0])
  let c = 0
  words.forEach(([start, end], i) => {
    while (c < sorted.length && (sorted[c]?.[1] ?? 0) < start) c++
    for (let k = c; k < sorted.length && (sorted[k]?.[0] ?? 0) <= end; k++) if ((sorted[k]?.[1] ?? 0) >= start) mark(i)
  })
  const out: Array<[number, number]> = []
  for (let i = 0; i < words.length; ) {
    if (keep[i]) {
      i++
      continue
    }
    let j = i
    while (j + 1 < words.length && !keep[j + 1]) j++
    if (j - i + 1 >= foldLeast) out.push([words[i]?.[0] ?? 0, words[j]?.[1] ?? 0])
    i = j + 1
  }
  return out
}

/** Equal pieces cut where hidden stretches (offsets in the cell's text) start and end. */
function splitHidden(pieces: Piece[], hidden: Array<[number, number]>): Array<Piece & {hidden?: boolean}> {
  if (hidden.length === 0) return pieces.flatMap((piece) => (piece.type === 'delete' ? foldDeletion(piece) : [piece]))
  const out: Array<Piece & {hidden?: boolean}> = []
  let at = 0
  for (const piece of pieces) {
    if (piece.type === 'delete') {
      out.push(...foldDeletion(piece))
      continue
    }
    const end = at + piece.text.length
    let position = at
    for (const [a, b] of hidden) {
      if (b <= position || a >= end || piece.type !== 'equal') continue
      const from = Math.max(a, position)
      const to = Math.min(b, end)
      if (from > position) out.push({type: piece.type, text: piece.text.slice(position - at, from - at)})
      out.push({type: piece.type, text: piece.text.slice(from - at, to - at), hidden: true})
      position = to
    }
    if (position < end) out.push({type: piece.type, text: piece.text.slice(position - at)})
    at = end
  }
  return out
}

/** A long deletion (the text is in full in the column compared against) shortened to its first and last words. */
function foldDeletion(piece: Piece): Array<Piece & {hidden?: boolean}> {
  const [stretch] = foldable(piece.text, [])
  if (!stretch) return [piece]
  const [a, b] = stretch
  return [
    {type: 'delete', text: piece.text.slice(0, a)},
    {type: 'delete', text: piece.text.slice(a, b), hidden: true},
    {type: 'delete', text: piece.text.slice(b)}
  ]
}

/** Pieces with footnote references `[^label]` cut out as footnote runs, also when the redline split a reference over pieces. */
function footnoteRuns(cell: UnitCell, pieces: Array<Piece & {hidden?: boolean}>): Run[] {
  const numbers = new Map(cell.footnotes.map((f, i) => [f.label, i + 1]))
  const starts: number[] = []
  let total = 0
  for (const piece of pieces) {
    starts.push(total)
    total += piece.text.length
  }
  const joined = pieces.map((piece) => piece.text).join('')
  // Each reference: where it is, and the pieces it covers (all deleted, or none deleted: never a mix of the two texts).
  const refs: Array<{start: number; end: number; run: Run}> = []
  for (const match of joined.matchAll(footnoteRef)) {
    const end = match.index + match[0].length
    const covered = pieces.filter((piece, k) => (starts[k] ?? 0) < end && (starts[k] ?? 0) + piece.text.length > match.index)
    const deleted = covered.every((piece) => piece.type === 'delete')
    if (!deleted && covered.some((piece) => piece.type === 'delete')) continue
    // 0: a footnote not in this cell's version (a deleted reference, or one without its footnote).
    const number = numbers.get(match[1] ?? '') ?? 0
    refs.push({start: match.index, end, run: {type: 'footnote', number, deleted, inserted: covered.some((piece) => piece.type === 'insert'), ...(covered.every((piece) => piece.hidden) ? {hidden: true} : {})}})
  }
  const runs: Run[] = []
  let r = 0
  pieces.forEach((piece, k) => {
    const from = starts[k] ?? 0
    const hidden = piece.hidden ? {hidden: true} : {}
    let position = from
    const to = from + piece.text.length
    while (position < to) {
      const ref = refs[r]
      if (ref && ref.start <= position) {
        // The reference's run where it starts; the rest of its characters (here or in later pieces) skipped.
        if (ref.start >= from) runs.push(ref.run)
        position = Math.min(to, ref.end)
        if (position === ref.end) r++
        continue
      }
      const stop = ref ? Math.min(to, ref.start) : to
      runs.push({type: piece.type, text: piece.text.slice(position - from, stop - from), ...hidden})
      position = stop
    }
  })
  return runs.filter((run) => run.type === 'footnote' || run.text !== '')
}

/** A footnote reference's mark: its number, or `*` for one not in the cell. */
export function footnoteMark(number: number): string {
  return number > 0 ? String(number) : '*'
}

/** `1 The footnote's text`, one per footnote of the cell. */
export function footnoteLines(cell: UnitCell): string[] {
  return cell.footnotes.map((f, i) => `${i + 1} ${f.text}`)
}

/** How many articles and paragraphs are folded (unchanged), for the page's summary line. */
export function foldedCounts(table: CompareTable): {articles: number; paragraphs: number} {
  let articles = 0
  let paragraphs = 0
  for (const row of table.rows) {
    if (isFolded(row)) articles++
    paragraphs += row.units.filter(isFolded).length
  }
  return {articles, paragraphs}
}
