/** Rewriting a draft file in canonical form: headings, markers, indentation and whitespace, never words or numbers. */
import type {Article, Draft, Paragraph, Subparagraph, TextUnit} from '../model/types.js'
import {parseDraft} from '../parse/draft.js'
import {reduceLinks} from '../parse/inline.js'
import {LineIndex} from '../parse/lines.js'
import {outline, type Section} from '../parse/outline.js'
import {normaliseSource} from '../parse/source.js'

/** Options for `formatDraft`. */
export interface Options {
  /** Extra status markers, as for `parseDraft`. */
  statusMarkers?: string[]
  /** Stop reading at the line that starts with this text, as for `parseDraft`; what follows is kept as it is. */
  until?: string
}

interface Item {
  start: number
  end: number
  render: string
}

/** The canonical form of one draft file's text (see docs/draft-format.md). */
export function formatDraft(text: string, path = 'draft.md', options: Options = {}): string {
  const source = normaliseSource(text)
  if (source.trim() === '') return text
  const {draft} = parseDraft([{path, contents: source}], options)
  const lines = new LineIndex(source, path)
  const shape = outline(lines, {until: options.until})
  const out: string[] = []
  if (shape.frontMatter) out.push(source.slice(shape.frontMatter.start, shape.frontMatter.end).replace(/[ \t]+$/gm, ''))
  let articleIndex = 0
  for (const section of shape.sections) {
    const items: Item[] = []
    if (section.kind === 'preamble') items.push(...preambleItems(draft))
    if (section.kind === 'article') {
      const article = draft.articles[articleIndex++]
      if (article) items.push(...articleItems(article, source))
    }
    const head = heading(section, source)
    if (head) out.push(head)
    // Units of a repeated `# Preamble` belong to the section they are in, not to every preamble heading.
    const own = items.filter((item) => item.start >= section.bodyStart && item.start < section.bodyEnd)
    out.push(...withGaps(source, section.bodyStart, section.bodyEnd, own))
  }
  // Text the parser left out (a second language version, or after `until`) is kept as it is.
  if (shape.cutoff) out.push(...verbatim(source.slice(shape.cutoff.start)))
  return out.filter((block) => block.trim() !== '').join('\n\n') + '\n'
}

function heading(section: Section, source: string): string | null {
  if (section.kind === 'loose') return null
  if (section.kind === 'preamble') return '# Preamble'
  const title = section.heading.titleStart === null ? '' : `. ${source.slice(section.heading.titleStart, section.heading.titleEnd ?? section.heading.titleStart).trim()}`
  if (section.kind === 'chapter') return `# Chapter ${section.info.numeral}${title}`
  if (section.kind === 'division') return `# ${section.info.level === 'section' ? 'Section' : 'Title'} ${section.info.number}${title}`
  const number = section.info.suffix ? `${section.info.base} ${section.info.suffix}` : String(section.info.base)
  return `## Article ${number}${title}`
}

/** Rendered items in source order, with any other text between them (comments, footnotes) kept verbatim. */
function withGaps(source: string, start: number, end: number, items: Item[]): string[] {
  const sorted = items.filter((item) => item.end > item.start || item.render !== '').sort((a, b) => a.start - b.start)
  const out: string[] = []
  let position = start
  for (const item of sorted) {
    out.push(...verbatim(source.slice(position, Math.max(position, item.start))))
    if (item.render !== '') out.push(item.render)
    position = Math.max(position, item.end)
  }
  out.push(...verbatim(source.slice(position, end)))
  return out
}

/** Text outside the model, block by block, with trailing spaces removed. */
function verbatim(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((block) => block.replace(/[ \t]+$/gm, '').replace(/^\n+|\n+$/g, ''))
    .filter((block) => block.trim() !== '')
}

function preambleItems(draft: Draft): Item[] {
  const preamble = draft.preamble
  if (!preamble) return []
  const items: Item[] = []
  if (preamble.opening) items.push(unitItem(preamble.opening, '', 0))
  for (const paragraph of preamble.paragraphs) items.push(unitItem(paragraph, paragraph.number === null ? '' : `(${paragraph.number}) `, 0))
  if (preamble.closing) items.push(unitItem(preamble.closing, '', 0))
  return items
}

function articleItems(article: Article, source: string): Item[] {
  const items: Item[] = []
  for (const marker of article.status) {
    if (marker.start >= article.headingRange.end.offset) items.push({start: marker.start, end: marker.end, render: source.slice(marker.start, marker.end)})
  }
  for (const paragraph of article.paragraphs) items.push(...paragraphItems(paragraph))
  return items
}

function paragraphItems(paragraph: Paragraph): Item[] {
  const marker = paragraph.number === null ? '' : `${paragraph.number}. `
  const indent = marker.length
  const items: Item[] = []
  if (paragraph.text !== '' || paragraph.number !== null) items.push(unitItem(paragraph, marker, 0))
  const addSubs = (subs: Subparagraph[], depth: number) => {
    for (const sub of subs) {
      items.push(unitItem(sub, `(${sub.number}) `, indent + depth * 3))
      addSubs(sub.children, depth + 1)
    }
  }
  addSubs(paragraph.subparagraphs, 0)
  if (paragraph.closing) items.push(unitItem(paragraph.closing, '', indent))
  return items
}

/** A unit as `indent + marker + text`, its later lines aligned under the text. */
function unitItem(unit: TextUnit, marker: string, indent: number): Item {
  const pad = ' '.repeat(indent + marker.length)
  // Links and images keep only their text: a draft cites, it does not link.
  const body = reduceLinks(unit.text)
    .split('\n')
    .map((line, index) => (index === 0 ? line.trimEnd() : pad + line.trim()))
    .join('\n')
  return {start: unit.range.start.offset, end: unit.textOffset + unit.text.length, render: (' '.repeat(indent) + marker + body).trimEnd()}
}
