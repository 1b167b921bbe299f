/**
 * The "compromise / comments" column: notes keyed by article and paragraph in one version's numbering (YAML or JSON,
 * docs/compare.md#notes), placed on the compare table's rows by lineage, so a renumbered paragraph keeps its note.
 */
import {isMap, isScalar, LineCounter, parseDocument, type Node, type Pair} from 'yaml'
import type {CompareTable} from './table.js'

/** Largest notes file read, in bytes (checked before reading). */
export const maxNotesBytes = 1024 * 1024
/** Longest single note, in characters. */
export const maxNoteLength = 10_000

/** A note as read: the article and paragraph it is keyed to, its text and where it is in the file. */
export interface Note {
  article: string
  /** `2`, `2 (b)`, `2 (b) (ii)`, `2 closing`, `¶1`; null for a note on the article itself. */
  paragraph: string | null
  text: string
  line: number
  column: number
}

/** Notes and the version whose numbering their keys use (null: the first version compared). */
export interface Notes {
  version: string | null
  notes: Note[]
}

/** Bad notes: a message, where (1-based line and column) and a rule id. */
export class NotesError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
    readonly rule: string
  ) {
    super(message)
    this.name = 'NotesError'
  }
}

/** Read notes from YAML or JSON text (JSON is YAML); throws NotesError with line and column. */
export function parseNotes(text: string): Notes {
  const lines = new LineCounter()
  const doc = parseDocument(text, {lineCounter: lines, prettyErrors: false, uniqueKeys: true})
  const where = (node: Node | null | undefined) => {
    const position = lines.linePos(node?.range?.[0] ?? 0)
    return [position.line, position.col] as const
  }
  const error = doc.errors[0]
  if (error) {
    const position = lines.linePos(error.pos[0])
    throw new NotesError(`not valid YAML or JSON: ${error.message.split('\n')[0] ?? ''}`, position.line, position.col, 'notes-syntax')
  }
  const root = doc.contents
  if (!isMap(root)) throw new NotesError('expected a mapping with `articles` (and optionally `version`)', ...where(root as Node | null), 'notes-shape')
  let version: string | null = null
  const notes: Note[] = []
  for (const pair of root.items as Array<Pair<Node, Node>>) {
    const key = scalarText(pair.key)
    if (key === 'version') {
      version = scalarText(pair.value)
      if (version === null) throw new NotesError('`version` must be a version label or session id, e.g. `version: 03-complete`', ...where(pair.value), 'notes-shape')
    } else if (key === 'articles') {
      if (!isMap(pair.value)) throw new NotesError('`articles` must map article numbers to notes, e.g. `"21": {"2": "text"}`', ...where(pair.value), 'notes-shape')
      for (const entry of pair.value.items as Array<Pair<Node, Node>>) notes.push(...articleNotes(entry, where))
    } else throw new NotesError(`unknown key \`${key ?? '?'}\`; expected \`version\` or \`articles\``, ...where(pair.key), 'notes-shape')
  }
  return {version, notes}
}

type Where = (node: Node | null | undefined) => readonly [number, number]

function articleNotes(entry: Pair<Node, Node>, where: Where): Note[] {
  const article = scalarText(entry.key)?.replace(/^article\s+/i, '').trim()
  if (!article) throw new NotesError('an article number must be text or a number, e.g. `"21"` or `"12 bis"`', ...where(entry.key), 'notes-shape')
  const text = scalarText(entry.value)
  if (text !== null) return [note(article, null, text, entry.value, where)]
  if (!isMap(entry.value)) throw new NotesError(`article ${article}: expected a note, or a mapping of paragraphs to notes`, ...where(entry.value), 'notes-shape')
  return (entry.value.items as Array<Pair<Node, Node>>).map((item) => {
    const key = scalarText(item.key)
    const value = scalarText(item.value)
    if (key === null || value === null) throw new NotesError(`article ${article}: each paragraph key (\`"2"\`, \`"2 (b)"\` or \`article\`) needs a text note`, ...where(item.value ?? item.key), 'notes-shape')
    return note(article, key === 'article' ? null : paragraphKey(key), value, item.value, where)
  })
}

function note(article: string, paragraph: string | null, text: string, node: Node | null | undefined, where: Where): Note {
  const [line, column] = where(node)
  if (text.length > maxNoteLength) throw new NotesError(`the note on article ${article} is longer than ${maxNoteLength} characters`, line, column, 'notes-too-long')
  return {article, paragraph, text: text.replace(/\s+/g, ' ').trim(), line, column}
}

function scalarText(node: unknown): string | null {
  if (!isScalar(node)) return null
  const value = node.value
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null
}

/** `2(b)(ii)` → `2 (b) (ii)`; `p1` → `¶1`. */
export function paragraphKey(key: string): string {
  return key
    .replace(/\s+/g, '')
    .replace(/\(/g, ' (')
    .replace(/closing$/, ' closing')
    .replace(/^(?:p|¶)(\d+)/, '¶$1')
    .trim()
}

/** The key of a unit id, as notes write it: `art-21/para-2/sub-b` → `2 (b)`, `art-3/p-1` → `¶1`. */
export function unitKey(id: string): string {
  return id
    .split('/')
    .slice(1)
    .map((part) => (part.startsWith('para-') ? part.slice(5) : part.startsWith('sub-') ? `(${part.slice(4)})` : part.startsWith('p-') ? `¶${part.slice(2)}` : part))
    .join(' ')
}

/** The inverse of `unitKey`'s path: `2 (b)` → `para-2/sub-b`, `¶1` → `p-1`. */
function unitPath(key: string): string {
  return key
    .split(' ')
    .map((part) => (part.startsWith('(') ? `sub-${part.slice(1, -1)}` : part.startsWith('¶') ? `p-${part.slice(1)}` : part === 'closing' ? part : `para-${part}`))
    .join('/')
}

/**
 * Put each note on its row: the article row or paragraph row that holds, in the notes' version, the article and
 * paragraph keyed. Returns the table with `notes: true`; throws NotesError for a key that names nothing there.
 */
export function applyNotes(table: CompareTable, notes: Notes): CompareTable {
  const labels = table.versions.map((v) => v.label)
  const v = notes.version === null ? 0 : labels.findIndex((label) => label === notes.version || label.startsWith(`${notes.version}-`))
  if (v < 0) throw new NotesError(`\`version: ${notes.version ?? ''}\` is not one of the versions compared (${labels.join(', ')})`, 1, 1, 'notes-unknown-version')
  const label = labels[v] ?? ''
  // Paragraph rows by their unit in the notes' version: a paragraph moved to another article keeps its note.
  const units = new Map(table.rows.flatMap((r) => r.units).flatMap((u) => (u.cells[v]?.id ? [[u.cells[v]?.id ?? '', u] as const] : [])))
  for (const n of notes.notes) {
    const row = table.rows.find((r) => r.cells[v]?.present && r.cells[v]?.number === n.article)
    if (!row) throw new NotesError(`there is no article ${n.article} in ${label}; notes are keyed by the numbers of ${label}`, n.line, n.column, 'notes-unknown-article')
    if (n.paragraph === null) {
      row.note = join(row.note, n.text)
      continue
    }
    const unit = units.get(`${row.cells[v]?.id ?? ''}/${unitPath(n.paragraph)}`)
    if (!unit) {
      const prefix = `${row.cells[v]?.id ?? ''}/`
      const keys = [...units.keys()].filter((id) => id.startsWith(prefix)).map(unitKey).sort((a, b) => a.localeCompare(b, 'en', {numeric: true}))
      const known = keys.length === 0 ? 'it has no paragraphs; key the note as `article`' : `it has ${keys.slice(0, 12).join(', ')}${keys.length > 12 ? ', …' : ''}`
      throw new NotesError(`article ${n.article} of ${label} has no paragraph ${n.paragraph}; ${known}`, n.line, n.column, 'notes-unknown-paragraph')
    }
    unit.note = join(unit.note, n.text)
  }
  return {...table, notes: true}
}

function join(before: string | null, text: string): string {
  return before === null ? text : `${before} ${text}`
}
