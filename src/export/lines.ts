/** A draft as the lines of a document: headings, preamble paragraphs, paragraphs and subparagraphs, in reading order. */
import type {Article, Draft, Paragraph, Subparagraph, TextUnit} from '../model/types.js'

/** What a line of the document is, which decides its Word style. */
export type LineKind = 'preamble-heading' | 'chapter-heading' | 'article-heading' | 'status' | 'preamble' | 'paragraph' | 'subparagraph' | 'closing' | 'note'

/** One paragraph of the exported document. */
export interface DocLine {
  kind: LineKind
  /** Stable key within the draft: the unit's id, `art-12#heading`, `ch-II`. */
  key: string
  /** The line's text on one line, number marker included: `2. Each State Party …`. */
  text: string
  /** Indentation level: 0 for paragraphs, 1 for `(a)`, 2 for `(i)`. */
  level: number
  /** The article the line belongs to, or null. */
  article: string | null
}

/** Characters XML 1.0 cannot carry (C0 controls but tab and line breaks, lone surrogates, U+FFFE/U+FFFF). */
const notInXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Text as an XML document can hold it: characters XML cannot carry become U+FFFD, shown rather than dropped. */
export function xmlSafe(text: string): string {
  return text.replace(notInXml, '\uFFFD')
}

/** Whitespace (line breaks of the Markdown source) folded to single spaces; characters XML cannot carry replaced. */
export function flat(text: string): string {
  return xmlSafe(text).replace(/\s+/g, ' ').trim()
}

function marked(marker: string, text: string): string {
  return marker === '' ? flat(text) : `${marker} ${flat(text)}`
}

/** The heading line of an article: `Article 12 bis. Title [status]` (status markers written on the heading line). */
export function articleHeading(article: Article): string {
  const onHeading = article.status.filter((m) => m.start < article.headingRange.end.offset).map((m) => ` [${m.name}]`)
  return `Article ${article.number}${article.title ? `. ${flat(article.title)}` : ''}${onHeading.join('')}`
}

function unitLine(kind: LineKind, unit: TextUnit, marker: string, level: number, article: string | null): DocLine {
  return {kind, key: unit.id, text: marked(marker, unit.text), level, article}
}

function paragraphLines(paragraph: Paragraph, article: string): DocLine[] {
  const out = [unitLine('paragraph', paragraph, paragraph.number === null ? '' : `${paragraph.number}.`, 0, article)]
  const subs = (list: Subparagraph[]) => {
    for (const sub of list) {
      out.push(unitLine('subparagraph', sub, `(${sub.number})`, sub.level, article))
      subs(sub.children)
    }
  }
  subs(paragraph.subparagraphs)
  if (paragraph.closing) out.push(unitLine('closing', paragraph.closing, '', 1, article))
  return out
}

function articleLines(article: Article): DocLine[] {
  const out: DocLine[] = [{kind: 'article-heading', key: `${article.id}#heading`, text: articleHeading(article), level: 0, article: article.id}]
  article.status
    .filter((m) => m.start >= article.headingRange.end.offset)
    .forEach((m, i) => out.push({kind: 'status', key: `${article.id}#status-${i + 1}`, text: `[${m.name}]`, level: 0, article: article.id}))
  for (const paragraph of article.paragraphs) out.push(...paragraphLines(paragraph, article.id))
  return out
}

/**
 * The lines of a draft, in reading order: preamble, then each chapter heading before its first article. A footnote
 * the text refers to is a Word footnote at its reference; one nothing refers to is a line `[^label]: text` at the end.
 */
export function documentLines(draft: Draft): DocLine[] {
  const out: DocLine[] = []
  const preamble = draft.preamble
  if (preamble) {
    out.push({kind: 'preamble-heading', key: 'preamble#heading', text: 'Preamble', level: 0, article: null})
    if (preamble.opening) out.push(unitLine('preamble', preamble.opening, '', 0, null))
    for (const p of preamble.paragraphs) out.push(unitLine('preamble', p, p.number === null ? '' : `(${p.number})`, 0, null))
    if (preamble.closing) out.push(unitLine('preamble', preamble.closing, '', 0, null))
  }
  let chapter: string | null = null
  for (const article of draft.articles) {
    if (article.chapter !== null && article.chapter !== chapter) {
      chapter = article.chapter
      const title = draft.chapters.find((c) => c.number === chapter)?.title
      out.push({kind: 'chapter-heading', key: `ch-${chapter}`, text: `Chapter ${chapter}${title ? `. ${flat(title)}` : ''}`, level: 0, article: null})
    }
    out.push(...articleLines(article))
  }
  const referenced = new Set(out.flatMap((line) => [...line.text.matchAll(/\[\^([^\]\s]+)\]/g)].map((match) => match[1])))
  for (const note of draft.footnotes.filter((n) => !referenced.has(n.label))) out.push({kind: 'note', key: `fn-${note.label}`, text: `[^${note.label}]: ${flat(note.text)}`, level: 0, article: null})
  return out
}
