/** Splitting a file at its heading lines, cheaply and line by line, before any Markdown parsing. */
import {atxHeading, classifyHeading, isTitleLike, looksLikeHeading, plainHeading, type HeadingKind, type HeadingLine} from './headings.js'
import {findCutoff, type Cutoff} from './cutoff.js'
import type {LineIndex} from './lines.js'

/** How a heading was written, so `fmt` can rewrite it and `check` can point at it. */
export interface HeadingSource {
  /** Offsets of the heading line(s), including a title on the next line. */
  start: number
  end: number
  /** Markdown level of the first line, 0 for a plain line. */
  level: number
  /** Offsets of the title text, when there is a title. */
  titleStart: number | null
  titleEnd: number | null
}

/** One stretch of a file under a heading (or before the first one). */
export type Section =
  | {kind: 'loose'; bodyStart: number; bodyEnd: number}
  | {kind: 'preamble'; heading: HeadingSource; bodyStart: number; bodyEnd: number}
  | {kind: 'chapter'; heading: HeadingSource; info: Extract<HeadingKind, {kind: 'chapter'}>; bodyStart: number; bodyEnd: number}
  | {kind: 'division'; heading: HeadingSource; info: Extract<HeadingKind, {kind: 'division'}>; bodyStart: number; bodyEnd: number}
  | {kind: 'article'; heading: HeadingSource; info: Extract<HeadingKind, {kind: 'article'}>; bodyStart: number; bodyEnd: number}

/** The shape of a file: front matter, sections, headings that do not parse, and where reading stopped. */
export interface Outline {
  frontMatter: {start: number; end: number; value: string} | null
  sections: Section[]
  /** Headings that look like chapter or article headings but do not parse, and unknown headings. */
  malformed: Array<{start: number; end: number; text: string}>
  /** Where reading stopped before the end of the file (`until`, a second language version), or null. */
  cutoff: (Cutoff & {start: number}) | null
}

/** Options for `outline`. */
export interface OutlineOptions {
  /** Stop reading at the first line (after the first) that starts with this text, ignoring case and `#` marks. */
  until?: string
}

/** A run-in preamble: `Preamble The States Parties …` on one line. */
const runInPreamble = /^(preamble)[ \t]+(?=\p{Lu})/iu

/** Split a normalised file into front matter and sections (loose text, preamble, chapters, divisions, articles). */
export function outline(lines: LineIndex, options: OutlineOptions = {}): Outline {
  const front = frontMatterOf(lines)
  const result: Outline = {frontMatter: front?.frontMatter ?? null, sections: [], malformed: [], cutoff: null}
  let index = front?.next ?? 0
  let current: Section = {kind: 'loose', bodyStart: lines.lineStart(index), bodyEnd: lines.lineStart(index)}
  let fence: string | null = null
  let previousBlank = true
  const cutoff = findCutoff(lines, index, options.until)
  const lastLine = cutoff ? cutoff.line : lines.lineCount
  if (cutoff) result.cutoff = {...cutoff, start: lines.lineStart(cutoff.line)}
  for (; index < lastLine; index++) {
    const line = lines.line(index)
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line)
    if (fence !== null) {
      if (fenceMatch && fenceMatch[1]?.[0] === fence[0] && (fenceMatch[1]?.length ?? 0) >= fence.length) fence = null
      continue
    }
    if (fenceMatch) {
      fence = fenceMatch[1] ?? null
      previousBlank = false
      continue
    }
    const atx = atxHeading(line)
    const kind = atx ? classifyHeading(atx.text) : previousBlank ? plainHeading(line) : null
    const runIn = !atx && previousBlank ? runInPreamble.exec(line) : null
    if (runIn) {
      current.bodyEnd = lines.lineStart(index)
      result.sections.push(current)
      const start = lines.lineStart(index)
      const heading: HeadingSource = {start, end: start + (runIn[1] ?? '').length, level: 0, titleStart: null, titleEnd: null}
      current = {kind: 'preamble', heading, bodyStart: start + runIn[0].length, bodyEnd: start + runIn[0].length}
      previousBlank = false
      continue
    }
    if (!kind) {
      // Headings before the first preamble, chapter or article name the document: not malformed.
      const titleOfDocument = result.sections.length === 0
      if (atx && atx.text !== '' && titleOfDocument) {
        previousBlank = true
        continue
      }
      const malformed = malformedHeading(lines, index, atx, previousBlank)
      if (malformed) result.malformed.push(malformed)
      previousBlank = line.trim() === ''
      continue
    }
    current.bodyEnd = lines.lineStart(index)
    result.sections.push(current)
    const {heading, lastLine: headingEnd} = headingSource(lines, index, atx?.level ?? 0, kind)
    index = headingEnd
    current = sectionOf(kind, heading, lines.lineStart(index + 1))
    previousBlank = true
  }
  current.bodyEnd = cutoff ? lines.lineStart(cutoff.line) : lines.text.length
  result.sections.push(current)
  return result
}

/** Front matter between a first line `---` and the next `---` or `...`, and the line after it; null when there is none. */
function frontMatterOf(lines: LineIndex): {frontMatter: NonNullable<Outline['frontMatter']>; next: number} | null {
  if (lines.line(0) !== '---') return null
  for (let i = 1; i < lines.lineCount; i++) {
    if (lines.line(i) === '---' || lines.line(i) === '...') {
      return {frontMatter: {start: 0, end: lines.lineEnd(i), value: lines.text.slice(lines.lineStart(1), lines.lineStart(i))}, next: i + 1}
    }
  }
  return null
}

/** Line `index` as a malformed heading: an ATX heading of no known kind, or a short heading-like line after a blank; null otherwise. */
function malformedHeading(lines: LineIndex, index: number, atx: HeadingLine | null, previousBlank: boolean): Outline['malformed'][number] | null {
  const line = lines.line(index)
  if (atx && atx.text !== '') return {start: lines.lineStart(index), end: lines.lineEnd(index), text: atx.text}
  if (previousBlank && looksLikeHeading(line) && line.trim().split(/\s+/).length <= 6 && !/[.;:,]$/.test(line.trim()))
    return {start: lines.lineStart(index), end: lines.lineEnd(index), text: line.trim()}
  return null
}

/**
 * Where the heading at line `index` is written, with its title (on the same line, or on the next
 * for a bare `Article 12`, which then becomes `kind.title`), and its last line.
 */
function headingSource(lines: LineIndex, index: number, level: number, kind: HeadingKind): {heading: HeadingSource; lastLine: number} {
  const heading: HeadingSource = {start: lines.lineStart(index), end: lines.lineEnd(index), level, titleStart: null, titleEnd: null}
  if (kind.kind === 'preamble') return {heading, lastLine: index}
  if (kind.title !== null) {
    const at = lines.text.lastIndexOf(kind.title, heading.end)
    heading.titleStart = at
    heading.titleEnd = at + kind.title.length
    return {heading, lastLine: index}
  }
  const title = titleLine(lines, index + 1)
  if (!title) return {heading, lastLine: index}
  kind.title = title.text
  heading.titleStart = title.start
  heading.titleEnd = title.end
  heading.end = lines.lineEnd(title.line)
  return {heading, lastLine: title.line}
}

/** The section a heading of `kind` opens, its body starting at `bodyStart`. */
function sectionOf(kind: HeadingKind, heading: HeadingSource, bodyStart: number): Section {
  return kind.kind === 'preamble'
    ? {kind: 'preamble', heading, bodyStart, bodyEnd: bodyStart}
    : kind.kind === 'chapter'
      ? {kind: 'chapter', heading, info: kind, bodyStart, bodyEnd: bodyStart}
      : kind.kind === 'division'
        ? {kind: 'division', heading, info: kind, bodyStart, bodyEnd: bodyStart}
        : {kind: 'article', heading, info: kind, bodyStart, bodyEnd: bodyStart}
}

/** A title on the line after a bare `Article 12`: a plain title-like line, or a heading that is not itself a chapter or article. */
function titleLine(lines: LineIndex, from: number): {line: number; start: number; end: number; text: string} | null {
  let index = from
  while (index < lines.lineCount && lines.line(index).trim() === '') index++
  if (index >= lines.lineCount) return null
  const line = lines.line(index)
  const atx = atxHeading(line)
  const text = atx ? atx.text : line.trim()
  if (text === '' || classifyHeading(text)) return null
  if (!atx && (index > from || !isTitleLike(text))) return null
  if (atx && !isTitleLike(text.replace(/\s*\[[a-z ]+\]\s*$/i, ''))) return null
  const start = lines.text.indexOf(text, lines.lineStart(index))
  return {line: index, start, end: start + text.length, text}
}
