/** Reading a .docx into paragraphs: current text of tracked changes, automatic numbers, footnotes; comments counted. */
import type {XmlElement as Element} from './xml.js'
import {Numbering} from './numbering.js'
import {Styles} from './styles.js'
import {block, ImportError, type Block, type ImportNote, type ReadDocument, type Revision} from './types.js'
import {descendants, isOn, kid, kids, parseXml, textOf, wAttr} from './xml.js'
import {readZipParts, wordParts} from './zip.js'

interface Context {
  numbering: Numbering
  styles: Styles
  /** Word footnote id → the number used in Markdown. */
  footnoteIds: Map<string, string>
  blocks: Block[]
  notes: ImportNote[]
  revisions: Revision[]
  paragraphs: number
}

interface Inline {
  text: string
  allBold: boolean
  where: string
}

/** Read a Word document's bytes into paragraphs and footnotes. */
export function readDocx(bytes: Uint8Array, file: string): ReadDocument {
  const parts = readZipParts(bytes, wordParts, file)
  const documentXml = parts.get('word/document.xml')
  if (documentXml === undefined) throw new ImportError(`${file}: no word/document.xml inside; this zip is not a Word document (save it as .docx)`)
  const optional = (name: string) => {
    const text = parts.get(name)
    return text === undefined ? null : parseXml(text, file, name)
  }
  const root = parseXml(documentXml, file, 'word/document.xml')
  const body = kid(root, 'body')
  if (!body) throw new ImportError(`${file}: word/document.xml has no body`)
  const context: Context = {
    numbering: new Numbering(optional('word/numbering.xml')),
    styles: new Styles(optional('word/styles.xml')),
    footnoteIds: new Map(),
    blocks: [],
    notes: [],
    revisions: [],
    paragraphs: 0,
  }
  readBlocks(body, context)
  const comments = optional('word/comments.xml')
  return {
    blocks: context.blocks,
    footnotes: readFootnotes(optional('word/footnotes.xml'), context.footnoteIds),
    notes: context.notes,
    revisions: context.revisions,
    comments: comments ? kids(comments, 'comment').length : 0,
  }
}

function readBlocks(parent: Element, context: Context): void {
  for (const element of kids(parent)) {
    switch (element.local) {
      case 'p':
        readParagraph(element, context)
        break
      case 'tbl': {
        const where = `paragraph ${context.paragraphs + 1}`
        context.notes.push({rule: 'table-flattened', where, message: 'a table: its cells were imported as paragraphs, row by row; check where they belong'})
        for (const row of kids(element, 'tr')) for (const cell of kids(row, 'tc')) readBlocks(cell, context)
        break
      }
      case 'sdt':
        readBlocks(kid(element, 'sdtContent') ?? element, context)
        break
      case 'customXml':
      case 'ins':
      case 'moveTo':
        readBlocks(element, context)
        break
      default:
    }
  }
}

function readParagraph(p: Element, context: Context): void {
  context.paragraphs++
  const where = `paragraph ${context.paragraphs}`
  const pPr = kid(p, 'pPr')
  const style = context.styles.get(wAttr(kid(pPr, 'pStyle'), 'val'))
  const inline: Inline = {text: '', allBold: true, where}
  readInline(p, context, inline, style.bold)
  const text = inline.text.replace(/[ \u00A0]+/g, ' ').trim()
  if (text === '') return
  const numPr = kid(pPr, 'numPr')
  const numId = numPr ? wAttr(kid(numPr, 'numId'), 'val') : style.numId
  const ilvl = numPr ? Number(wAttr(kid(numPr, 'ilvl'), 'val') ?? 0) : style.ilvl
  let label: string | null = null
  if (numId !== null && numId !== '0') {
    label = context.numbering.next(numId, ilvl)
    if (label === null) context.notes.push({rule: 'unknown-numbering', where, message: `automatic number from list ${numId}, level ${ilvl}, which numbering.xml does not define: imported without its number`})
    else if (label === '') context.notes.push({rule: 'bullet', where, message: 'a bulleted item: imported as an unnumbered paragraph'})
  }
  const jc = wAttr(kid(pPr, 'jc'), 'val')
  const ind = kid(pPr, 'ind')
  const left = Number(wAttr(ind, 'left') ?? wAttr(ind, 'start') ?? 0)
  context.blocks.push(
    block(label ? `${label} ${text}` : text, where, {
      level: label ? ilvl : null,
      heading: style.heading || kid(pPr, 'outlineLvl') !== null,
      centred: jc === null ? style.centred : jc === 'center',
      bold: inline.allBold,
      indented: left > 0,
    }),
  )
}

/** Append the current text of `parent`'s runs; tracked deletions are recorded and left out. */
function readInline(parent: Element, context: Context, out: Inline, styleBold: boolean): void {
  for (const element of kids(parent)) {
    switch (element.local) {
      case 'r':
        readRun(element, context, out, styleBold)
        break
      case 'ins':
      case 'moveTo':
        context.revisions.push(revision(element, element.local === 'ins' ? 'insertion' : 'move-to', out.where))
        readInline(element, context, out, styleBold)
        break
      case 'del':
      case 'moveFrom':
        context.revisions.push(revision(element, element.local === 'del' ? 'deletion' : 'move-from', out.where))
        break
      case 'hyperlink':
      case 'smartTag':
      case 'fldSimple':
      case 'customXml':
        readInline(element, context, out, styleBold)
        break
      case 'sdt':
        readInline(kid(element, 'sdtContent') ?? element, context, out, styleBold)
        break
      default:
    }
  }
}

function readRun(run: Element, context: Context, out: Inline, styleBold: boolean): void {
  const rPr = kid(run, 'rPr')
  const bold = kid(rPr, 'b') ? isOn(kid(rPr, 'b')) : styleBold
  for (const element of kids(run)) {
    let piece = ''
    switch (element.local) {
      case 't':
        piece = textOf(element)
        break
      case 'tab':
        piece = '\t'
        break
      case 'br':
      case 'cr':
        piece = ' '
        break
      case 'noBreakHyphen':
        piece = '-'
        break
      case 'footnoteReference': {
        const id = wAttr(element, 'id') ?? ''
        if (!context.footnoteIds.has(id)) context.footnoteIds.set(id, String(context.footnoteIds.size + 1))
        piece = `[^${context.footnoteIds.get(id)}]`
        break
      }
      case 'endnoteReference':
        context.notes.push({rule: 'endnote-left-out', where: out.where, message: 'an endnote reference: endnotes are not imported; add the note as a footnote'})
        break
      case 'drawing':
      case 'pict':
      case 'object':
        context.notes.push({rule: 'drawing-left-out', where: out.where, message: 'an image, text box or embedded object was left out; copy any text it holds by hand'})
        break
      default:
    }
    if (piece.trim() !== '' && !bold) out.allBold = false
    out.text += piece
  }
}

function revision(element: Element, kind: Revision['kind'], where: string): Revision {
  const text = [...descendants(element)].filter((e) => e.local === 't' || e.local === 'delText').map((e) => textOf(e)).join('')
  return {kind, author: wAttr(element, 'author') ?? '', date: wAttr(element, 'date') ?? '', text, where}
}

function readFootnotes(root: Element | null, ids: Map<string, string>): Map<string, string> {
  const out = new Map<string, string>()
  if (!root) return out
  for (const note of kids(root, 'footnote')) {
    const number = ids.get(wAttr(note, 'id') ?? '')
    if (number === undefined) continue
    const texts = kids(note, 'p').map((p) => [...descendants(p)].filter((e) => e.local === 't').map((e) => textOf(e)).join(''))
    out.set(number, texts.join(' ').replace(/\s+/g, ' ').trim())
  }
  return out
}
