/** The new draft as a Word document whose differences from the old are real tracked changes (w:ins, w:del) with comments. */
import {AlignmentType, CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, FootnoteReferenceRun, HeadingLevel, InsertedTextRun, Packer, Paragraph, TextRun, type ParagraphChild} from 'docx'
import {strFromU8, strToU8, unzipSync, zipSync} from 'fflate'
import type {DraftDiff, Piece} from '../model/diff.js'
import type {Draft} from '../model/types.js'
import {wordDiff} from '../diff/words.js'
import {phrasePieces} from '../model/phrases.js'
import {markReferences, noteMarks, notePieces, splitAtReferences, type NoteMarks} from './footnotes.js'
import {documentLines, xmlSafe, type DocLine} from './lines.js'
import {linePairs, mergeLines, type Row} from './merge.js'
import {redlineNotes, type LineNote} from './notes.js'
import {styledRuns, type RunStyle} from './runs.js'

/** What a redline is made of: both drafts, their comparison, and who and when the changes are attributed to. */
export interface RedlineInput {
  before: Draft
  after: Draft
  diff: DraftDiff
  /** `w:author` of every change: the session, or the proposer. */
  author: string
  /** `w:date` of every change: ISO 8601 (`2023-04-11T00:00:00Z`), from the new version, never the clock. */
  date: string
  /** The document title (core properties). */
  title: string
}

/**
 * Ids of tracked changes, footnotes and comments, one sequence for all, comments last: the format numbers each
 * kind apart, but LibreOffice left footnote texts off the page when comments had ids as low as the footnotes'.
 */
interface Revisions {
  next: number
  author: string
  date: string
}

function change(revisions: Revisions): {id: number; author: string; date: string} {
  return {id: revisions.next++, author: revisions.author, date: revisions.date}
}

const characterStyle = {bracket: 'Bracket', marker: 'StatusMarker'} as const

/** What the runs of the redline are written with: revision ids, the status marker names, the footnotes so far. */
interface Writer {
  revisions: Revisions
  markerNames: ReadonlySet<string>
  marks: NoteMarks
  /** Each footnote's paragraphs, by its id (increasing in the order of the references). */
  footnotes: Record<number, {children: Paragraph[]}>
}

function textRun(type: Piece['type'], text: string, runStyle: RunStyle, revisions: Revisions): ParagraphChild {
  const style = runStyle ? characterStyle[runStyle] : undefined
  if (type === 'equal') return new TextRun({text, style})
  if (type === 'insert') return new InsertedTextRun({text, style, ...change(revisions)})
  return new DeletedTextRun({text, style, ...change(revisions)})
}

/** A reference to a new footnote holding the redline of its text; inside the insertion or deletion of its piece. */
function referenceRun(type: Piece['type'], label: string, writer: Writer): ParagraphChild {
  const id = writer.revisions.next++
  const content = styledRuns(notePieces(label, type, writer.marks), writer.markerNames).map((run) => textRun(run.type, run.text, run.style, writer.revisions))
  writer.footnotes[id] = {children: [new Paragraph({children: [new TextRun(' '), ...content]})]}
  const run = new FootnoteReferenceRun(id)
  if (type === 'equal') return run
  return type === 'insert' ? new InsertedTextRun({children: [run], ...change(writer.revisions)}) : new DeletedTextRun({children: [run], ...change(writer.revisions)})
}

/** A row's redline, with references to footnotes each standing as one character (see footnotes.ts). */
function rowPieces(row: Row, marks: NoteMarks): Piece[] {
  // A footnote nothing refers to stays a line `[^label]: text`: its label is not a reference.
  const marked = (line: DocLine, side: 'before' | 'after') => (line.kind === 'note' ? line.text : markReferences(line.text, side, marks))
  const before = row.old ? marked(row.old, 'before') : null
  const after = row.new ? marked(row.new, 'after') : null
  if (before !== null && after !== null) return phrasePieces(wordDiff(before, after).pieces)
  return before !== null ? [{type: 'delete', text: before}] : [{type: 'insert', text: after ?? ''}]
}

function rowRuns(pieces: Piece[], writer: Writer): ParagraphChild[] {
  return styledRuns(pieces, writer.markerNames).flatMap((run) =>
    splitAtReferences(run.text, writer.marks).map((part) => ('label' in part ? referenceRun(run.type, part.label, writer) : textRun(run.type, part.text, run.style, writer.revisions)))
  )
}

function layout(line: DocLine): {heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]; indent?: {left: number}} {
  switch (line.kind) {
    case 'preamble-heading':
    case 'chapter-heading':
      return {heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER}
    case 'article-heading':
      return {heading: HeadingLevel.HEADING_2, alignment: AlignmentType.CENTER}
    default:
      return line.level > 0 ? {indent: {left: 720 * line.level}} : {}
  }
}

interface Comment {
  id: number
  lines: string[]
}

/** The tracked change on a row's paragraph mark: none for a kept row, else deleted or inserted with the row. */
type Mark = 'none' | 'insertion' | 'deletion'

function ownMark(row: Row): Mark {
  return row.old && row.new ? 'none' : row.old ? 'deletion' : 'insertion'
}

/** A row of the redline and its pieces. */
interface Cell {
  row: Row
  pieces: Piece[]
}

/**
 * Paragraph-mark revisions, one per row. Inserted rows after a kept row whose text ends in an insertion take
 * the kept row's mark instead of the last one's (the same text in Word's model): LibreOffice joins adjacent
 * insertions across a paragraph mark, and rejecting them would otherwise join the kept paragraph to the next.
 */
function paragraphMarks(cells: Cell[]): Mark[] {
  const marks = cells.map((cell) => ownMark(cell.row))
  cells.forEach((cell, k) => {
    if (!(cell.row.old && cell.row.new) || cell.pieces.at(-1)?.type !== 'insert') return
    let last = k
    while (cells[last + 1] && ownMark((cells[last + 1] as Cell).row) === 'insertion') last++
    if (last === k) return
    marks[k] = 'insertion'
    marks[last] = 'none'
  })
  return marks
}

/** A row's runs and the revision of its paragraph mark, before any comment is anchored on it. */
interface Drafted {
  line: DocLine
  children: ParagraphChild[]
  revision: {run?: Partial<Record<Mark, {id: number; author: string; date: string}>>}
}

function draftParagraph(cell: Cell, mark: Mark, writer: Writer): Drafted {
  const line = (cell.row.new ?? cell.row.old) as DocLine
  return {line, children: rowRuns(cell.pieces, writer), revision: mark === 'none' ? {} : {run: {[mark]: change(writer.revisions)}}}
}

function rowParagraph(drafted: Drafted, comment: Comment | null): Paragraph {
  const children = [...drafted.children]
  if (comment) {
    children.unshift(new CommentRangeStart(comment.id))
    children.push(new CommentRangeEnd(comment.id), new TextRun({children: [new CommentReference(comment.id)]}))
  }
  return new Paragraph({children, ...layout(drafted.line), ...drafted.revision})
}

function markerNamesOf(...drafts: Draft[]): Set<string> {
  const names = new Set<string>()
  for (const draft of drafts) {
    for (const article of draft.articles) for (const m of article.status) names.add(m.name)
    const statusMarkers = draft.meta.statusMarkers
    if (Array.isArray(statusMarkers)) for (const name of statusMarkers) if (typeof name === 'string') names.add(name.toLowerCase())
  }
  for (const name of ['agreed ad referendum', 'informally agreed', 'pending', 'under discussion', 'agreed']) names.add(name)
  return names
}

function movedNote(row: Row): string[] {
  if (!row.moved) return []
  return row.new ? ['moved here: its place among the other paragraphs changed (deleted where it was)'] : ['moved: inserted at its new place']
}

/** Footnote lines nothing refers to (`[^label]: …`) are paired by label, like the units. */
function notePairs(before: DocLine[], after: DocLine[]): Array<[string, string]> {
  const keys = new Set(after.filter((line) => line.kind === 'note').map((line) => line.key))
  return before.filter((line) => line.kind === 'note' && keys.has(line.key)).map((line) => [line.key, line.key])
}

/** The paragraphs of the redline, the comments anchored on them and the footnotes they refer to. */
function body(input: RedlineInput, revisions: Revisions): {children: Paragraph[]; comments: Comment[]; footnotes: Writer['footnotes']} {
  const [before, after] = [documentLines(input.before), documentLines(input.after)]
  const rows = mergeLines(before, after, [...linePairs(input.diff), ...notePairs(before, after)])
  const notes = new Map<string, LineNote>(redlineNotes(input.diff).map((note) => [`${note.side}:${note.key}`, note]))
  const marks = noteMarks(input.before, input.after, [...before, ...after].map((line) => line.text))
  const writer: Writer = {revisions, markerNames: markerNamesOf(input.before, input.after), marks, footnotes: {}}
  const cells = rows.map((row) => ({row, pieces: rowPieces(row, marks)}))
  const paragraphMarksOf = paragraphMarks(cells)
  const drafted = cells.map((cell, k) => draftParagraph(cell, paragraphMarksOf[k] ?? 'none', writer))
  // Comments take their ids after every tracked change and footnote.
  const all: Comment[] = []
  const children = cells.map(({row}, k) => {
    const note = row.new ? notes.get(`new:${row.new.key}`) : row.old ? notes.get(`old:${row.old.key}`) : undefined
    const lines = [...(note?.lines ?? []), ...movedNote(row)]
    const comment = lines.length > 0 ? {id: revisions.next++, lines} : null
    if (comment) all.push(comment)
    return rowParagraph(drafted[k] as Drafted, comment)
  })
  return {children, comments: all, footnotes: writer.footnotes}
}

/** The .docx of a redline; the same inputs give the same bytes (fixed timestamps inside the zip and its properties). */
export async function redlineDocx(input: RedlineInput): Promise<Uint8Array> {
  const author = xmlSafe(input.author)
  const revisions: Revisions = {next: 1, author, date: input.date}
  const {children, comments, footnotes} = body(input, revisions)
  const date = new Date(input.date)
  const doc = new Document({
    creator: author,
    lastModifiedBy: author,
    title: xmlSafe(input.title),
    styles: {
      characterStyles: [
        {id: characterStyle.bracket, name: 'Bracketed text', run: {color: '1F4E79'}},
        {id: characterStyle.marker, name: 'Status marker', run: {color: '7030A0', bold: true}}
      ]
    },
    comments: {children: comments.map((c) => ({id: c.id, author, date, children: c.lines.map((text) => new Paragraph(xmlSafe(text)))}))},
    footnotes,
    sections: [{children}]
  })
  return fixedTimes(new Uint8Array(await Packer.toBuffer(doc)), input.date)
}

/** Replace the packer's wall-clock times (core properties, zip entries) with the version's date. */
function fixedTimes(bytes: Uint8Array, date: string): Uint8Array {
  const files = unzipSync(bytes)
  const core = files['docProps/core.xml']
  if (core) {
    const stamp = new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z')
    files['docProps/core.xml'] = strToU8(strFromU8(core).replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`))
  }
  const names = Object.keys(files).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0))
  const ordered: Record<string, Uint8Array> = {}
  for (const name of names) ordered[name] = files[name] as Uint8Array
  return zipSync(ordered, {mtime: new Date('1980-01-01T00:00:00Z'), level: 6})
}
