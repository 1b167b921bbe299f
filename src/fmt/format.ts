/** Rewriting a draft file in canonical form: headings, markers, indentation and whitespace, never words or numbers. */
import type {Article, Draft, Paragraph, TextUnit} from '../model/types.js'
import {parseDraft} from '../parse/draft.js'
import {reduceLinks} from '../parse/inline.js'
import {LineIndex} from '../parse/lines.js'
import {outline, type Section} from '../parse/outline.js'
import {normaliseSource} from '../parse/source.js'
import {paragraphUnits, preambleUnits} from '../parse/walk.js'

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
  return preambleUnits(draft).map((m) => unitItem(m.unit, spaced(m.marker), 0))
}

function articleItems(article: Article, source: string): Item[] {
  const items: Item[] = []
  for (const marker of article.status) {
    if (marker.start >= article.headingRange.end.offset) items.push({start: marker.start, end: marker.end, render: source.slice(marker.start, marker.end)})
  }
  for (const paragraph of article.paragraphs) items.push(...paragraphItems(paragraph))
  return items
}

/** A paragraph's items: subparagraphs indented under its text, 3 more columns a level; closing words under its text. */
function paragraphItems(paragraph: Paragraph): Item[] {
  const [own, ...rest] = paragraphUnits(paragraph)
  const marker = spaced(own?.marker ?? '')
  const indent = marker.length
  const items: Item[] = []
  if (paragraph.text !== '' || paragraph.number !== null) items.push(unitItem(paragraph, marker, 0))
  for (const m of rest) items.push(unitItem(m.unit, spaced(m.marker), indent + (m.level - 1) * 3))
  return items
}

/** A marker as written before text: `2. `, `(b) `; nothing for none. */
function spaced(marker: string): string {
  return marker === '' ? '' : `${marker} `
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
