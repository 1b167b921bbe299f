// Fixture producers for the import tests: a draft's model written as .docx by the `docx` library,
// as HTML for LibreOffice, and the external converters (soffice, pdftotext) run with clear failures.
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {AlignmentType, Document, Footer, FootnoteReferenceRun, Header, HeadingLevel, LevelFormat, Packer, PageNumber, Paragraph, TextRun} from 'docx'
import type {Article, Draft, Paragraph as DraftParagraph, Subparagraph} from '../src/model/types.js'
import {parseDraft} from '../src/parse/draft.js'

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** A shipped draft (file or session folder) as one Markdown text. */
export function draftText(root: string, session: string): string {
  const dir = path.join(root, 'drafts', session)
  const file = path.join(dir, 'draft.md')
  return readFileSync(existsSync(file) ? file : dir, 'utf8')
}

/** The parsed model and source of a draft text. */
export function model(markdown: string): {draft: Draft; source: string} {
  return {draft: parseDraft([{path: 'draft.md', contents: markdown}]).draft, source: markdown}
}

/** Unit text on one line. */
function flat(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim()
}

/** The cover page lines of a draft's front matter, as the secretariat lays them out. */
export function coverLines(draft: Draft): string[] {
  const date = typeof draft.meta.date === 'string' ? draft.meta.date.split('-').map(Number) : null
  const when = date ? `${date[2]} ${months[(date[1] ?? 1) - 1]} ${date[0]}` : null
  return [
    String(draft.meta.symbol ?? 'DEMO/AC.1/0/0'),
    'Distr.: General',
    ...(when ? [when] : []),
    'Original: English',
    'Demonstration Committee on a Convention for the Project',
    ...(draft.meta.venue && when ? [`${draft.meta.venue}, ${when}`] : []),
    'Agenda item 3',
    'Negotiation of the draft convention',
    String(draft.meta.title ?? 'Draft'),
  ]
}

/** The title and any status marker written after "Article N." on its heading line. */
function headingRest(article: Article, source: string): string {
  const line = source.slice(article.headingRange.start.offset, article.headingRange.end.offset).split('\n')[0] ?? ''
  return line.replace(/^#+\s*Article\s+\d+(?:\s+[a-z]+)?\.?\s*/i, '').trim()
}

function sequential(numbers: string[], first: (i: number) => string): boolean {
  return numbers.every((n, i) => n === first(i))
}

/** Runs of a unit's text, footnote references as Word footnotes. */
function runs(text: string, footnotes: Map<string, number>): Array<TextRun | FootnoteReferenceRun> {
  return flat(text)
    .split(/(\[\^[^\]]+\])/)
    .filter((piece) => piece !== '')
    .map((piece) => {
      const label = /^\[\^([^\]]+)\]$/.exec(piece)?.[1]
      if (label === undefined) return new TextRun(piece)
      if (!footnotes.has(label)) footnotes.set(label, footnotes.size + 1)
      return new FootnoteReferenceRun(footnotes.get(label)!)
    })
}

/**
 * A .docx of a draft from the `docx` library: a cover page, heading styles, the title of each
 * article on the next (bold, centred) paragraph, automatic numbering in odd articles (numbers
 * typed with a tab in even ones), footnotes, a running head with the symbol and page numbers.
 */
export async function docxOf(markdown: string): Promise<Uint8Array> {
  const {draft, source} = model(markdown)
  const footnotes = new Map<string, number>()
  const children: Paragraph[] = coverLines(draft).map((line, i) => new Paragraph({children: [new TextRun({text: line, bold: i === coverLines(draft).length - 1})], alignment: i === 0 ? AlignmentType.RIGHT : AlignmentType.LEFT}))
  if (draft.preamble) {
    children.push(new Paragraph({text: 'Preamble', heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, pageBreakBefore: true}))
    const p = draft.preamble
    if (p.opening) children.push(new Paragraph({children: runs(p.opening.text, footnotes)}))
    const numbered = p.paragraphs.length > 0 && sequential(p.paragraphs.map((x) => x.number ?? ''), (i) => String(i + 1))
    for (const para of p.paragraphs) {
      if (numbered) children.push(new Paragraph({children: runs(para.text, footnotes), numbering: {reference: 'preamble', level: 0}}))
      else children.push(new Paragraph({children: runs((para.number ? `(${para.number})\t` : '') + para.text, footnotes), indent: para.number ? {} : {firstLine: 720}}))
    }
    if (p.closing) children.push(new Paragraph({children: runs(p.closing.text, footnotes)}))
  }
  let chapter: string | null = null
  for (const article of draft.articles) {
    if (article.chapter !== chapter && article.chapter !== null) {
      chapter = article.chapter
      const info = draft.chapters.find((c) => c.number === chapter)
      children.push(new Paragraph({text: `Chapter ${chapter}`, heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER}))
      if (info?.title) children.push(new Paragraph({text: info.title, heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER}))
    }
    children.push(new Paragraph({text: `Article ${article.number}`, heading: HeadingLevel.HEADING_2, alignment: AlignmentType.CENTER}))
    const rest = headingRest(article, source)
    if (rest) children.push(new Paragraph({children: [new TextRun({text: rest, bold: true})], alignment: AlignmentType.CENTER}))
    for (const marker of article.status) {
      if (marker.start >= article.headingRange.end.offset) children.push(new Paragraph(source.slice(marker.start, marker.end)))
    }
    const automatic = article.ordinal % 2 === 1 && sequential(article.paragraphs.map((x) => x.number ?? ''), (i) => String(i + 1))
    for (const paragraph of article.paragraphs) children.push(...paragraphOf(paragraph, automatic, article.ordinal, footnotes))
  }
  const notes: Record<number, {children: Paragraph[]}> = {}
  for (const [label, number] of footnotes) notes[number] = {children: [new Paragraph(flat(draft.footnotes.find((f) => f.label === label)?.text ?? ''))]}
  const doc = new Document({
    styles: {default: {document: {paragraph: {spacing: {after: 120}}}}},
    numbering: {config: [
      {reference: 'preamble', levels: [{level: 0, format: LevelFormat.DECIMAL, text: '(%1)', alignment: AlignmentType.LEFT}]},
      {reference: 'paras', levels: [
        {level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT},
        {level: 1, format: LevelFormat.LOWER_LETTER, text: '(%2)', alignment: AlignmentType.LEFT},
        {level: 2, format: LevelFormat.LOWER_ROMAN, text: '(%3)', alignment: AlignmentType.LEFT},
      ]},
    ]},
    footnotes: notes,
    sections: [{
      headers: {default: new Header({children: [new Paragraph(String(draft.meta.symbol ?? ''))]})},
      footers: {default: new Footer({children: [new Paragraph({children: [new TextRun({children: [PageNumber.CURRENT]})], alignment: AlignmentType.CENTER})]})},
      children,
    }],
  })
  return new Uint8Array(await Packer.toBuffer(doc))
}

function paragraphOf(paragraph: DraftParagraph, automatic: boolean, instance: number, footnotes: Map<string, number>): Paragraph[] {
  const out: Paragraph[] = []
  const auto = automatic && paragraph.number !== null
  if (auto) out.push(new Paragraph({children: runs(paragraph.text, footnotes), numbering: {reference: 'paras', level: 0, instance}}))
  else out.push(new Paragraph({children: runs((paragraph.number ? `${paragraph.number}.\t` : '') + paragraph.text, footnotes), indent: paragraph.number ? {} : {firstLine: 720}}))
  const subs = (list: Subparagraph[], level: 1 | 2) => {
    const autoSubs = auto && sequential(list.map((s) => s.number), (i) => (level === 1 ? String.fromCharCode(97 + i) : ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'][i] ?? ''))
    for (const sub of list) {
      if (autoSubs) out.push(new Paragraph({children: runs(sub.text, footnotes), numbering: {reference: 'paras', level, instance}}))
      else out.push(new Paragraph({children: runs(`(${sub.number})\t${sub.text}`, footnotes), indent: {left: 720 * level}}))
      subs(sub.children, 2)
    }
  }
  subs(paragraph.subparagraphs, 1)
  if (paragraph.closing) out.push(new Paragraph({children: runs(paragraph.closing.text, footnotes), indent: {left: 720}}))
  return out
}

/** Fail with the Debian package to install when a converter is missing (never a silent skip). */
export function requireTool(command: string, debianPackage: string): void {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], {encoding: 'utf8'})
  if (found.status !== 0) throw new Error(`\`${command}\` is not installed: install the Debian package ${debianPackage} (apt-get install -y ${debianPackage}); .ci/run does this`)
}

/** Convert `file` with LibreOffice into `outDir`; returns the converted file's path. */
export function soffice(file: string, target: string, outDir: string, profile: string): string {
  requireTool('soffice', 'libreoffice-writer-nogui')
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', target, '--outdir', outDir, file], {stdio: 'pipe', timeout: 120_000})
  const out = path.join(outDir, path.basename(file).replace(/\.[^.]+$/, '') + '.' + target.split(':')[0])
  if (!existsSync(out)) throw new Error(`soffice did not write ${out}`)
  return out
}

/** `pdftotext -layout` of a PDF. */
export function pdftotext(pdf: string): string {
  requireTool('pdftotext', 'poppler-utils')
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], {encoding: 'utf8', timeout: 60_000})
}

function escapeHtml(text: string): string {
  return flat(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * An HTML page of a draft for LibreOffice to convert: each numbered paragraph an `<ol start>`,
 * subparagraphs `<ol type="a">` (Word numbering once converted), titles on the next paragraph.
 */
export function htmlOf(markdown: string): string {
  const {draft, source} = model(markdown)
  const out: string[] = coverLines(draft).map((line) => `<p>${escapeHtml(line)}</p>`)
  if (draft.preamble) {
    out.push('<h1 align="center">Preamble</h1>')
    const p = draft.preamble
    for (const unit of [p.opening, ...p.paragraphs, p.closing]) {
      if (unit) out.push(`<p>${'number' in unit && unit.number ? `(${unit.number}) ` : ''}${escapeHtml(unit.text)}</p>`)
    }
  }
  let chapter: string | null = null
  for (const article of draft.articles) {
    if (article.chapter !== chapter && article.chapter !== null) {
      chapter = article.chapter
      const info = draft.chapters.find((c) => c.number === chapter)
      out.push(`<h1 align="center">Chapter ${chapter}</h1>`, ...(info?.title ? [`<h1 align="center">${escapeHtml(info.title)}</h1>`] : []))
    }
    out.push(`<h2 align="center">Article ${article.number}</h2>`)
    const rest = headingRest(article, source)
    if (rest) out.push(`<p align="center"><b>${escapeHtml(rest)}</b></p>`)
    for (const marker of article.status) if (marker.start >= article.headingRange.end.offset) out.push(`<p>${escapeHtml(source.slice(marker.start, marker.end))}</p>`)
    for (const paragraph of article.paragraphs) {
      const subs = (list: Subparagraph[], type: string): string =>
        list.length === 0 ? '' : list.map((s) => `<ol type="${type}" start="${ordinal(s.number)}"><li>${escapeHtml(s.text)}${subs(s.children, 'i')}</li></ol>`).join('')
      const closing = paragraph.closing ? `<p style="margin-left: 1cm">${escapeHtml(paragraph.closing.text)}</p>` : ''
      if (paragraph.number && /^\d+$/.test(paragraph.number)) out.push(`<ol start="${paragraph.number}"><li>${escapeHtml(paragraph.text)}${subs(paragraph.subparagraphs, 'a')}</li></ol>${closing}`)
      else out.push(`<p>${paragraph.number ? `${paragraph.number}. ` : ''}${escapeHtml(paragraph.text)}</p>${paragraph.subparagraphs.map((s) => `<p>(${s.number}) ${escapeHtml(s.text)}</p>`).join('')}${closing}`)
    }
  }
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${escapeHtml(String(draft.meta.title ?? ''))}</title></head><body>\n${out.join('\n')}\n</body></html>\n`
}

/** The position of a subparagraph label in its list: a → 1, aa → 27, iv → 4. */
function ordinal(label: string): number {
  const romans: Record<string, number> = {i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10}
  if (label in romans && label !== 'i' && label !== 'v' && label !== 'x') return romans[label]!
  return (label.charCodeAt(0) - 96) + 26 * (label.length - 1)
}
