/** The new draft as a Word document whose differences from the old are real tracked changes (w:ins, w:del) with comments. */
import {AlignmentType, CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, HeadingLevel, InsertedTextRun, Packer, Paragraph, TextRun, type ParagraphChild} from 'docx'
import {strFromU8, strToU8, unzipSync, zipSync} from 'fflate'
import type {DraftDiff} from '../model/diff.js'
import type {Draft} from '../model/types.js'
import {wordDiff} from '../diff/words.js'
import {documentLines, xmlSafe, type DocLine} from './lines.js'
import {linePairs, mergeLines, type Row} from './merge.js'
import {redlineNotes, type LineNote} from './notes.js'
import {styledRuns} from './runs.js'

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

interface Revisions {
  next: number
  author: string
  date: string
}

function change(revisions: Revisions): {id: number; author: string; date: string} {
  return {id: revisions.next++, author: revisions.author, date: revisions.date}
}

const characterStyle = {bracket: 'Bracket', marker: 'StatusMarker'} as const

function rowRuns(row: Row, markerNames: ReadonlySet<string>, revisions: Revisions): ParagraphChild[] {
  const pieces = row.old && row.new ? wordDiff(row.old.text, row.new.text).pieces : row.old ? [{type: 'delete' as const, text: row.old.text}] : [{type: 'insert' as const, text: row.new?.text ?? ''}]
  return styledRuns(pieces, markerNames).map((run) => {
    const style = run.style ? characterStyle[run.style] : undefined
    if (run.type === 'equal') return new TextRun({text: run.text, style})
    if (run.type === 'insert') return new InsertedTextRun({text: run.text, style, ...change(revisions)})
    return new DeletedTextRun({text: run.text, style, ...change(revisions)})
  })
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

/**
 * Paragraph-mark revisions, one per row. Inserted rows after a kept row whose text ends in an insertion take
 * the kept row's mark instead of the last one's (the same text in Word's model): LibreOffice joins adjacent
 * insertions across a paragraph mark, and rejecting them would otherwise join the kept paragraph to the next.
 */
export function paragraphMarks(rows: Row[]): Mark[] {
  const marks = rows.map(ownMark)
  rows.forEach((row, k) => {
    if (!(row.old && row.new) || !endsInInsertion(row)) return
    let last = k
    while (rows[last + 1] && ownMark(rows[last + 1] as Row) === 'insertion') last++
    if (last === k) return
    marks[k] = 'insertion'
    marks[last] = 'none'
  })
  return marks
}

function endsInInsertion(row: Row): boolean {
  if (!row.old || !row.new) return false
  return wordDiff(row.old.text, row.new.text).pieces.at(-1)?.type === 'insert'
}

function rowParagraph(row: Row, mark: Mark, markerNames: ReadonlySet<string>, revisions: Revisions, comments: Comment[]): Paragraph {
  const line = (row.new ?? row.old) as DocLine
  const children = rowRuns(row, markerNames, revisions)
  for (const comment of comments) {
    children.unshift(new CommentRangeStart(comment.id))
    children.push(new CommentRangeEnd(comment.id), new TextRun({children: [new CommentReference(comment.id)]}))
  }
  const revision = mark === 'none' ? {} : {run: {[mark]: change(revisions)}}
  return new Paragraph({children, ...layout(line), ...revision})
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

/** The paragraphs of the redline and the comments anchored on them. */
function body(input: RedlineInput, revisions: Revisions): {children: Paragraph[]; comments: Array<{id: number; lines: string[]}>} {
  const rows = mergeLines(documentLines(input.before), documentLines(input.after), linePairs(input.diff))
  const notes = new Map<string, LineNote>(redlineNotes(input.diff).map((note) => [`${note.side}:${note.key}`, note]))
  const markerNames = markerNamesOf(input.before, input.after)
  const all: Comment[] = []
  const marks = paragraphMarks(rows)
  const children = rows.map((row, k) => {
    const note = row.new ? notes.get(`new:${row.new.key}`) : row.old ? notes.get(`old:${row.old.key}`) : undefined
    const lines = [...(note?.lines ?? []), ...movedNote(row)]
    const comments = lines.length > 0 ? [{id: all.length, lines}] : []
    all.push(...comments)
    return rowParagraph(row, marks[k] ?? 'none', markerNames, revisions, comments)
  })
  return {children, comments: all}
}

/** The .docx of a redline; the same inputs give the same bytes (fixed timestamps inside the zip and its properties). */
export async function redlineDocx(input: RedlineInput): Promise<Uint8Array> {
  const author = xmlSafe(input.author)
  const revisions: Revisions = {next: 1, author, date: input.date}
  const {children, comments} = body(input, revisions)
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
