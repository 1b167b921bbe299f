/** The N-way comparison table as plain data (built by src/compare/table.ts, read by the compare renderers), and pure helpers over its cells. */
import type {Piece, Redline, Relation, VersionInfo} from './diff.js'

/** How a cell's article relates to the previous column's (null in the first column, or when absent from both). */
export interface CellLink {
  relation: Relation
  /** Article numbers in the previous column. */
  old: string[]
  /** Article numbers in this column. */
  new: string[]
}

/** One version's state of one lineage. */
export interface CompareCell {
  /** Whether the lineage has an article in this version. */
  present: boolean
  id: string | null
  number: string | null
  title: string | null
  chapter: string | null
  /** Status markers on the article heading, lower case: `agreed ad referendum`. */
  markers: string[]
  openBrackets: number
  /** The article's units with their markers (`1.`, `(a)`), whitespace folded, one unit per line; empty when absent. */
  text: string
  link: CellLink | null
  /** `text` against the baseline cell (all inserted when the baseline has no article of this lineage); null for the baseline column itself, the first column by default, and absent cells. */
  redline: Redline | null
}

/** A row's status: agreed, pending, open brackets, or deleted. */
export type StatusKind = 'agreed' | 'pending' | 'open' | 'deleted'

/** A row's negotiation status, read from the last version where the lineage exists. */
export interface RowStatus {
  kind: StatusKind
  /** `agreed`, `pending`, `pending; open brackets: 2`, `open brackets: 3`, `deleted`. */
  label: string
  /** The version it was read from. */
  version: string
  /** Status markers on the heading and in the units, lower case, once each. */
  markers: string[]
  openBrackets: number
}

/** One article lineage across every version. */
export interface CompareRow {
  /** The lineage key: `<label>:<article id>` of the version where the article first appears. */
  lineage: string
  /** Number and title in the last version where the lineage exists. */
  number: string
  title: string | null
  status: RowStatus
  /** One per version, in the order given. */
  cells: CompareCell[]
}

/** The N-way table: versions, rows and a summary (JSON of `draftdiff compare`, docs/compare.md). */
export interface CompareTable {
  kind: 'draftdiff-compare'
  schemaVersion: 1
  versions: VersionInfo[]
  /** The label of the version every column is compared against, or null: each column against the previous one. */
  baseline: string | null
  rows: CompareRow[]
  summary: {rows: number; status: Record<StatusKind, number>; changedCells: number}
}

/** A note on how a cell's article came from the previous column: `new`, `split: Art. 13 → 13 + 14`, `merged into Art. 68`, `deleted`; null for plain matches. */
export function cellNote(cell: CompareCell): string | null {
  const link = cell.link
  if (!link) return null
  const arrow = `Art. ${link.old.join(' + ')} → ${link.new.join(' + ')}`
  switch (link.relation) {
    case 'added':
      return 'new'
    case 'deleted':
      return 'deleted'
    case 'split':
      return `split: ${arrow}`
    case 'merged':
      return cell.present ? `merged: ${arrow}` : `merged into Art. ${link.new.join(' + ')}`
    default:
      return null
  }
}

/** Redline pieces (or plain text) cut at line ends: one list of pieces per unit line. */
export function pieceLines(cell: CompareCell): Piece[][] {
  const pieces: Piece[] = cell.redline ? cell.redline.pieces : cell.text === '' ? [] : [{type: 'equal', text: cell.text}]
  const lines: Piece[][] = [[]]
  for (const piece of pieces) {
    piece.text.split('\n').forEach((part, i) => {
      if (i > 0) lines.push([])
      if (part !== '') lines.at(-1)?.push({type: piece.type, text: part})
    })
  }
  return lines.filter((line) => line.length > 0)
}
