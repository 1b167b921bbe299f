// Reading a .docx's tracked changes with the project's own zip and XML readers (fflate + saxes):
// the paragraphs as Accept All and Reject All would leave them (a footnote reference as `[^its text]`, the
// footnote read in the same view), the footnotes themselves, and the revisions' attributes.
import {kid, kids, parseXml, wAttr, type XmlElement} from '../../src/import/xml.js'
import {readZipParts} from '../../src/import/zip.js'

/** What a view keeps: `accept` drops deletions and keeps insertions; `reject` the reverse. */
export type View = 'accept' | 'reject'

/** Footnote id → its text in the view. */
type Notes = ReadonlyMap<string, string>

function runText(element: XmlElement, view: View, out: string[], notes: Notes = new Map()): void {
  for (const child of kids(element)) {
    switch (child.local) {
      case 'ins':
        if (view === 'accept') runText(child, view, out, notes)
        break
      case 'del':
        if (view === 'reject') runText(child, view, out, notes)
        break
      case 'footnoteReference':
        out.push(`[^${notes.get(wAttr(child, 'id') ?? '') ?? '(missing footnote)'}]`)
        break
      case 't':
      case 'delText':
        out.push(child.children.filter((c): c is string => typeof c === 'string').join(''))
        break
      case 'tab':
        out.push('\t')
        break
      case 'r':
      case 'hyperlink':
      case 'smartTag':
        runText(child, view, out, notes)
        break
      default:
    }
  }
}

/** Whether a paragraph's mark disappears in the view (then its text joins the next paragraph's). */
function markGone(p: XmlElement, view: View): boolean {
  const rPr = kid(kid(p, 'pPr'), 'rPr')
  return view === 'accept' ? kid(rPr, 'del') !== null : kid(rPr, 'ins') !== null
}

/** The footnotes of word/footnotes.xml (separators left out) as the view shows them: id → paragraphs joined, trimmed. */
export function viewFootnotes(docx: Uint8Array, view: View): Map<string, string> {
  const xml = readZipParts(docx, ['word/footnotes.xml'], 'export.docx').get('word/footnotes.xml')
  const out = new Map<string, string>()
  if (!xml) return out
  for (const note of kids(parseXml(xml, 'export.docx', 'word/footnotes.xml'), 'footnote')) {
    if (wAttr(note, 'type') !== null) continue
    const paragraphs = kids(note, 'p').map((p) => {
      const parts: string[] = []
      runText(p, view, parts)
      return parts.join('')
    })
    out.set(wAttr(note, 'id') ?? '', paragraphs.join(' ').trim())
  }
  return out
}

/** The document's paragraphs as the view shows them, empty ones left out; a footnote reference reads `[^its text]`. */
export function viewParagraphs(docx: Uint8Array, view: View): string[] {
  const xml = readZipParts(docx, ['word/document.xml'], 'export.docx').get('word/document.xml') ?? ''
  const body = kid(parseXml(xml, 'export.docx', 'word/document.xml'), 'body')
  const notes = viewFootnotes(docx, view)
  const out: string[] = []
  let pending = ''
  for (const p of kids(body ?? undefined as never, 'p')) {
    const parts: string[] = []
    runText(p, view, parts, notes)
    pending += parts.join('')
    if (markGone(p, view)) continue
    out.push(pending)
    pending = ''
  }
  if (pending !== '') out.push(pending)
  return out.filter((text) => text !== '')
}

/** Every `w:ins` and `w:del` (runs and paragraph marks) of a part (the body unless told) with its author and date. */
export function revisionAttributes(docx: Uint8Array, part = 'word/document.xml'): Array<{kind: string; author: string | null; date: string | null}> {
  const xml = readZipParts(docx, [part], 'export.docx').get(part) ?? ''
  const out: Array<{kind: string; author: string | null; date: string | null}> = []
  const walk = (element: XmlElement) => {
    for (const child of kids(element)) {
      if (child.local === 'ins' || child.local === 'del') out.push({kind: child.local, author: wAttr(child, 'author'), date: wAttr(child, 'date')})
      walk(child)
    }
  }
  walk(parseXml(xml, 'export.docx', part))
  return out
}

/** The comments' texts, one string per comment. */
export function commentTexts(docx: Uint8Array): string[] {
  const xml = readZipParts(docx, ['word/comments.xml'], 'export.docx').get('word/comments.xml')
  if (!xml) return []
  return kids(parseXml(xml, 'export.docx', 'word/comments.xml'), 'comment').map((comment) => {
    const parts: string[] = []
    for (const p of kids(comment, 'p')) {
      const text: string[] = []
      runText(p, 'accept', text)
      parts.push(text.join(''))
    }
    return parts.join('\n')
  })
}
