/**
 * The N-way comparison table as a Word document (`compare --format docx`): landscape, one column per version and a
 * "compromise / comments" column, the header row repeated on every page, a shaded row per article and a row per
 * paragraph lineage, redlines as tracked-change-style formatting (insertions underlined, deletions struck, in colour).
 * Every row is there (nothing folded). Built with the `docx` package; deterministic (see docx-common.ts).
 */
import {AlignmentType, Document, PageOrientation, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, UnderlineType, WidthType, type IRunOptions} from 'docx'
import type {CompareRow, CompareTable, UnitCell, UnitRow} from '../model/compare.js'
import {articleHeading, cellRuns, footnoteLines, footnoteMark, statusText, type Run} from './compare-cells.js'
import {packDocx} from './docx-common.js'

/** Colours of the redline, as Word shows tracked changes: insertions green and underlined, deletions red and struck. */
const insertColour = '0F5130'
const deleteColour = 'B3261E'
const mutedColour = '57606A'
/** A4 landscape in twentieths of a point, 1.5 cm margins (`docx` takes the portrait size and turns it for LANDSCAPE). */
const page = {width: 16838, height: 11906, margin: 850}
const commentsWidth = 3400

/** Render the table as a .docx file (bytes). */
export async function renderCompareDocx(table: CompareTable): Promise<Uint8Array> {
  const labels = table.versions.map((v) => v.label)
  const last = labels.at(-1) ?? ''
  const usable = page.width - 2 * page.margin
  const versionWidth = Math.floor((usable - commentsWidth) / Math.max(1, labels.length))
  const widths = [...labels.map(() => versionWidth), commentsWidth]
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [...labels, 'Compromise / comments'].map((label, i) => new TableCell({width: {size: widths[i] ?? 0, type: WidthType.DXA}, shading: shade('E7EBF0'), children: [new Paragraph({children: [new TextRun({text: label, bold: true})]})]}))
  })
  const rows = [header, ...table.rows.flatMap((row) => [articleRow(row, labels, last, widths), ...row.units.map((unit) => unitRow(unit, last, widths))])]
  const title = `Compare ${labels.join(' → ')}`
  const doc = new Document({
    title,
    creator: 'draftdiff',
    styles: {default: {document: {run: {size: 18, font: 'Calibri'}}}},
    sections: [
      {
        properties: {page: {size: {width: page.height, height: page.width, orientation: PageOrientation.LANDSCAPE}, margin: {top: page.margin, bottom: page.margin, left: page.margin, right: page.margin}}},
        children: [
          new Paragraph({children: [new TextRun({text: title, bold: true, size: 28})]}),
          new Paragraph({
            children: [
              new TextRun(`Changes against ${table.baseline ?? 'the previous column'}: `),
              new TextRun({text: 'insertions underlined', ...redline('insert')}),
              new TextRun(', '),
              new TextRun({text: 'deletions struck through', ...redline('delete')}),
              new TextRun('. Status in the last column, from the last version holding the article or paragraph.')
            ]
          }),
          new Table({rows, width: {size: usable, type: WidthType.DXA}, columnWidths: widths, layout: TableLayoutType.FIXED})
        ]
      }
    ]
  })
  return packDocx(doc, table.versions.at(-1)?.meta.date)
}

function shade(fill: string) {
  return {type: ShadingType.CLEAR, color: 'auto', fill}
}

function redline(type: Run['type']): IRunOptions {
  if (type === 'insert') return {color: insertColour, underline: {type: UnderlineType.SINGLE, color: insertColour}}
  if (type === 'delete') return {color: deleteColour, strike: true}
  return {}
}

/** The article's heading across the version columns; its status and note in the last column. */
function articleRow(row: CompareRow, labels: string[], last: string, widths: number[]): TableRow {
  const heading = articleHeading(row, labels)
  const text: TextRun[] = [new TextRun({text: heading.numbers, bold: true})]
  if (heading.title) text.push(new TextRun({text: `. ${heading.title}`, bold: true}))
  if (heading.markers) text.push(new TextRun({text: ` ${heading.markers}`, color: mutedColour}))
  if (heading.details.length > 0) text.push(new TextRun({text: ` (${heading.details.join('; ')})`, color: mutedColour}))
  const span = widths.slice(0, -1).reduce((a, b) => a + b, 0)
  return new TableRow({
    cantSplit: true,
    children: [
      new TableCell({columnSpan: labels.length, width: {size: span, type: WidthType.DXA}, shading: shade('EEF2F7'), children: [new Paragraph({keepNext: true, children: text})]}),
      commentsCell(statusText(row.status, last), row.note, widths.at(-1) ?? 0, true)
    ]
  })
}

function unitRow(row: UnitRow, last: string, widths: number[]): TableRow {
  return new TableRow({children: [...row.cells.map((cell, i) => unitCell(cell, widths[i] ?? 0)), commentsCell(statusText(row.status, last), row.note, widths.at(-1) ?? 0, false)]})
}

function commentsCell(status: string, note: string | null, width: number, shaded: boolean): TableCell {
  const children = [new Paragraph({children: [new TextRun({text: status, italics: true, color: mutedColour})]}), ...(note ? [new Paragraph({children: [new TextRun(note)]})] : [])]
  return new TableCell({width: {size: width, type: WidthType.DXA}, ...(shaded ? {shading: shade('EEF2F7')} : {}), children})
}

function unitCell(cell: UnitCell, width: number): TableCell {
  const note = cell.note ? [new TextRun({text: `${cell.note} `, italics: true, color: mutedColour})] : []
  if (!cell.present) return new TableCell({width: {size: width, type: WidthType.DXA}, children: [new Paragraph({children: [...note, new TextRun({text: '—', color: mutedColour})]})]})
  const text: TextRun[] = [...note, ...(cell.marker ? [new TextRun({text: `${cell.marker} `, bold: true})] : []), ...cellRuns(cell).map(textRun)]
  const footnotes = footnoteLines(cell).map((line) => new Paragraph({children: [new TextRun({text: line, size: 15, color: mutedColour})]}))
  return new TableCell({
    width: {size: width, type: WidthType.DXA},
    children: [new Paragraph({alignment: AlignmentType.LEFT, indent: cell.level > 0 ? {left: 284 * Math.min(cell.level, 2)} : undefined, children: text}), ...footnotes]
  })
}

function textRun(run: Run): TextRun {
  if (run.type === 'footnote') return new TextRun({text: footnoteMark(run.number), superScript: true, ...redline(run.deleted ? 'delete' : run.inserted ? 'insert' : 'equal')})
  return new TextRun({text: run.text, ...redline(run.type)})
}
