/** The N-way comparison table as plain data (built by src/compare/table.ts, read by the compare renderers), and pure helpers over its cells. */
import type {Redline, Relation, VersionInfo} from './diff.js'

/** How a cell's article relates to the previous column's (null in the first column, or when absent from both). */
export interface CellLink {
  relation: Relation
  /** Article numbers in the previous column. */
  old: string[]
  /** Article numbers in this column. */
  new: string[]
  /** The previous column's chapter numeral (`—` outside chapters) when the article left its chapter's lineage (as `diff`'s `moved`), else null. */
  movedFrom: string | null
}

/** One version's state of one article lineage: its heading (the text is in the paragraph rows). */
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
  link: CellLink | null
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

/** One version's state of one paragraph lineage. */
export interface UnitCell {
  /** Whether the lineage has a unit in this version. */
  present: boolean
  /** Structural id, `art-21/para-2/sub-b`. */
  id: string | null
  /** The number marker as written: `2.`, `(b)`; '' for unnumbered text. */
  marker: string
  /** 0 for a paragraph, 1 for a subparagraph or closing words, 2 for a sub-subparagraph. */
  level: number
  /** The unit's own text, whitespace folded, without its marker; '' when absent. */
  text: string
  /** The step from the previous column: `new`, `deleted`, `reordered`, `moved from Art. 13`; null otherwise. */
  note: string | null
  /** `text` against the baseline cell; null for the baseline column itself (the first by default) and absent cells. */
  redline: Redline | null
  /** Footnotes referenced in `text`, in order of first reference. */
  footnotes: Array<{label: string; text: string}>
}

/** One paragraph lineage across the versions. */
export interface UnitRow {
  /** `<label>:<unit id>` of the version where the unit first appears. */
  lineage: string
  /** The labels of the versions where this row differs from the previous column (text changed, unit added or removed). */
  changedIn: string[]
  status: RowStatus
  /** The "compromise / comments" note from `--notes`, or null. */
  note: string | null
  cells: UnitCell[]
}

/** One article lineage across every version: a heading cell per version, then its paragraph rows. */
export interface CompareRow {
  /** The lineage key: `<label>:<article id>` of the version where the article first appears. */
  lineage: string
  /** Number and title in the last version where the lineage exists. */
  number: string
  title: string | null
  status: RowStatus
  /** The labels of the versions where the article or one of its paragraphs differs from the previous column (renumbering alone is no change). */
  changedIn: string[]
  /** The "compromise / comments" note on the article from `--notes`, or null. */
  note: string | null
  /** One per version, in the order given. */
  cells: CompareCell[]
  /** The paragraph lineages of the article, in the reading order of the last version holding each. */
  units: UnitRow[]
}

/** The N-way table: versions, rows and a summary (JSON of `draftdiff compare`, schemaVersion 2, docs/compare.md). */
export interface CompareTable {
  kind: 'draftdiff-compare'
  schemaVersion: 2
  versions: VersionInfo[]
  /** The label of the version every column is compared against, or null: each column against the previous one. */
  baseline: string | null
  rows: CompareRow[]
  /** Whether a `--notes` file was given (the renderers then show a "compromise / comments" column). */
  notes: boolean
  summary: {rows: number; paragraphs: number; changedParagraphs: number; status: Record<StatusKind, number>; changedCells: number}
}

/** A note on how a cell's article came from the previous column: `new`, `split: Art. 13 → 13 + 14`, `merged into Art. 68`, `deleted`, `moved from chapter II`; null for plain matches. */
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
      return link.movedFrom === null ? null : `moved from chapter ${link.movedFrom}`
  }
}
